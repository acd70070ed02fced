// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code singular of} surfaces in 3-space: the singular locus counted exactly, its real points
 * located, certified when they are ordinary double points, and typed by the Hessian rank
 * (docs/MATHEMATICS.md §7.1); and of varieties given by several equations.
 */
class HypersurfaceSingularTest {

    private static final String MODEL = """
            variety nappe {
              coordinates x y z
              equation 3*x^2 + 3*y^2 = z^2
              inequality z >= 0
            }
            variety a2 {
              coordinates x y z
              equation x^2 + y^2 = z^3
            }
            variety d4 {
              coordinates x y z
              equation x^2*y - y^3 + z^2 = 0
            }
            variety umbrella {
              coordinates x y z
              equation x^2 = y^2*z
            }
            variety sphere {
              coordinates x y z w
              equation x^2 + y^2 + z^2 + w^2 = 1
            }
            variety two_lines {
              coordinates x y z
              equation x^2 + y^2 = z^2
              equation y = 0
            }
            variety circle {
              coordinates x y z
              equation x^2 + y^2 + z^2 = 1
              equation z = 0
            }
            analysis two_lines_locus {
              singular of two_lines
            }
            analysis circle_locus {
              singular of circle
            }
            analysis nappe_strata {
              singular of nappe
            }
            analysis a2_strata {
              singular of a2
            }
            analysis d4_strata {
              singular of d4
            }
            analysis umbrella_strata {
              singular of umbrella
            }
            analysis sphere_strata {
              singular of sphere
            }
            """;

    private final SingularAnalysis analysis = new SingularAnalysis(ModelText.solvers());

    /**
     * F = 3x² + 3y² − z²: ∇F = (6x, 6y, −2z) vanishes only at 0, so Sing = V(x, y, z), one point
     * of degree 1; the Hessian diag(6, 6, −2) has rank 3: an ordinary double point A₁, a regular
     * zero of ∇F that Krawczyk's test certifies. The boundary z = 0 meets the cone in
     * 3x² + 3y² = 0, the two complex lines x = ±iy (dimension 1, degree 2), whose only real point
     * is the apex.
     */
    @Test
    void theConeHasAnOrdinaryDoublePointAtItsApex() throws Exception {
        JsonObject json = run("nappe_strata"); //$NON-NLS-1$
        JsonObject locus = json.getAsJsonObject("singularLocus"); //$NON-NLS-1$
        assertEquals(0, locus.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(1, locus.get("degree").getAsLong()); //$NON-NLS-1$
        JsonArray points = json.getAsJsonArray("singularPoints"); //$NON-NLS-1$
        assertEquals(1, points.size(), points.toString());
        JsonObject apex = points.get(0).getAsJsonObject();
        assertArrayEquals(new double[3], coordinates(apex), 1e-12);
        assertEquals("A_1 (ordinary double point)", apex.get("type").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, apex.get("hessianRank").getAsInt()); //$NON-NLS-1$
        assertTrue(apex.get("certified").getAsBoolean(), apex.toString()); //$NON-NLS-1$
        assertEquals("singular point (0, 0, 0): A_1 (ordinary double point), Hessian rank 3, certified (Krawczyk)", //$NON-NLS-1$
                apex.get("description").getAsString()); //$NON-NLS-1$
        JsonArray boundary = json.getAsJsonArray("boundaryStrata"); //$NON-NLS-1$
        assertEquals(1, boundary.size());
        JsonObject plane = boundary.get(0).getAsJsonObject();
        assertEquals("z >= 0", plane.getAsJsonArray("active").get(0).getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, plane.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(2, plane.get("degree").getAsLong()); //$NON-NLS-1$
        assertFalse(json.get("certified").getAsBoolean(), "the counts are modular"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * x² + y² − z³: ∇F = (2x, 2y, −3z²) gives the ideal (x, y, z²) (F then lies in it): one point of
     * degree 2, its Tjurina number. The Hessian diag(2, 2, 0) has corank 1, so the point is A_k
     * with k = τ = 2; a degenerate zero of ∇F, which Krawczyk's test cannot certify.
     */
    @Test
    void aCuspidalSurfaceIsA2() throws Exception {
        JsonObject point = run("a2_strata").getAsJsonArray("singularPoints").get(0).getAsJsonObject(); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("A_2", point.get("type").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, point.get("hessianRank").getAsInt()); //$NON-NLS-1$
        assertFalse(point.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertArrayEquals(new double[3], coordinates(point), 1e-6);
    }

    /**
     * x²y − y³ + z² (D₄): ∇F = (2xy, x² − 3y², 2z) vanishes only at 0, with Tjurina number 4
     * (μ(D₄) = 4, quasi-homogeneous); the Hessian diag(0, 0, 2) has corank 2: not of type A.
     */
    @Test
    void d4IsNotOfTypeA() throws Exception {
        JsonObject json = run("d4_strata"); //$NON-NLS-1$
        assertEquals(4, json.getAsJsonObject("singularLocus").get("degree").getAsLong()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject point = json.getAsJsonArray("singularPoints").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals("corank 2 (not of type A)", point.get("type").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The Whitney umbrella x² − y²z: ∇F = (2x, −2yz, −y²) vanishes on x = y = 0, the whole z-axis
     * (dimension 1), so no isolated points are listed. The 3-sphere in 4 coordinates is smooth:
     * x = y = z = w = 0 is not on it.
     */
    @Test
    void theUmbrellaIsSingularAlongALineAndTheSphereNowhere() throws Exception {
        JsonObject umbrella = run("umbrella_strata"); //$NON-NLS-1$
        assertEquals(1, umbrella.getAsJsonObject("singularLocus").get("dimension").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, umbrella.getAsJsonArray("singularPoints").size()); //$NON-NLS-1$
        JsonObject sphere = run("sphere_strata"); //$NON-NLS-1$
        assertEquals(-1, sphere.getAsJsonObject("singularLocus").get("dimension").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), sphere.getAsJsonArray("singularPoints").asList()); //$NON-NLS-1$
    }

    /**
     * Several equations, by the Jacobian criterion. The cone cut by y = 0 is the pair of lines
     * x = ±z: codimension 2, Jacobian rows (2x, 2y, −2z) and (0, 1, 0), 2 × 2 minors 2x, 0, 2z, so
     * the locus is V(x² + y² − z², y, x, z), the origin with degree 1. The unit sphere cut by z = 0
     * is a smooth circle: the minors 2x, 2y vanish only at x = y = 0, which is not on it.
     */
    @Test
    void varietiesOfSeveralEquationsUseTheJacobianCriterion() throws Exception {
        JsonObject lines = run("two_lines_locus").getAsJsonObject("singularLocus"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, lines.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(1, lines.get("degree").getAsLong()); //$NON-NLS-1$
        assertEquals(1, lines.get("distinctPoints").getAsLong()); //$NON-NLS-1$
        JsonObject circle = run("circle_locus").getAsJsonObject("singularLocus"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(-1, circle.get("dimension").getAsInt()); //$NON-NLS-1$
    }

    private static double[] coordinates(JsonObject point) {
        return point.getAsJsonArray("point").asList().stream().mapToDouble(v -> v.getAsDouble()).toArray(); //$NON-NLS-1$
    }

    private JsonObject run(String name) throws Exception {
        return analysis.run(ModelText.request(MODEL, name), ProgressMonitor.NULL).toJson();
    }
}
