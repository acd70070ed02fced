// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code singular} analysis: sparse strata with hand-derived dimensions, and singular loci. */
class SingularAnalysisTest {

    private static final String MODEL = """
            architecture rank_one {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }
            architecture square_mlp {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }
            architecture cubic_mlp {
              input 2
              dense 2 bias=false
              activation x^3
              dense 1 bias=false
            }
            variety rank_one_matrices {
              coordinates a b c d
              equation a*d - b*c = 0
            }
            variety circle {
              coordinates x y
              equation x^2 + y^2 = 1
            }
            variety cusp {
              coordinates x y
              equation y^2 = x^3
            }
            analysis zero_matrix {
              singular of rank_one point="0,0,0,0" seed 3
            }
            analysis square_strata {
              singular of square_mlp seed 3
            }
            analysis cubic_strata {
              singular of cubic_mlp point="1,2,2,4,1,1" seed 3
            }
            analysis determinant {
              singular of rank_one_matrices seed 3
            }
            analysis circle_locus {
              singular of circle
            }
            analysis cusp_locus {
              singular of cusp
            }
            variety half_circle {
              coordinates x y
              equation x^2 + y^2 - 1 = 0
              inequality y >= 0
            }
            variety right_cusp {
              coordinates x y
              equation y^2 = x^3
              inequality x <= 1
              inequality y > -1
            }
            analysis half_circle_strata {
              singular of half_circle
            }
            analysis right_cusp_strata {
              singular of right_cusp
            }
            """;

    private final SingularAnalysis analysis = new SingularAnalysis(ModelText.solvers());

    /**
     * (2, 1, 2) linear: M = rank ≤ 1 matrices, dim 2 + 2 − 1 = 3; removing the one hidden neuron
     * leaves the zero matrix, dim 0, and θ = 0 lies on that stratum.
     */
    @Test
    void rankOneNetworkHasTheZeroMatrixAsItsSparseStratum() throws Exception {
        JsonObject json = run("zero_matrix"); //$NON-NLS-1$
        assertEquals(3, json.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(List.of(List.of(), List.of("h1[1]")), zeroSets(json)); //$NON-NLS-1$
        assertEquals(List.of(3, 0), dimensions(json));
        JsonObject point = json.getAsJsonObject("point"); //$NON-NLS-1$
        assertEquals("sparse-subnetwork", point.get("stratum").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, point.get("jacobianRank").getAsInt()); //$NON-NLS-1$
        assertFalse(json.get("certified").getAsBoolean(), "a point's stratum is numerical"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * σ = x², (2, 2, 1): e(ax + by)² + f(cx + dy)² fills the 3 binary quadrics; without one neuron
     * the rank-1 quadrics e(ax + by)² (a cone of dim 2: 3 parameters, 1 scaling); without both, 0.
     * σ = x³: two cubes fill the 4 binary cubics; one cube e(ax + by)³ is the cone over the twisted
     * cubic (dim 2); a point with parallel neurons (c, d) = 2(a, b) is a rank-1 cubic reached with
     * both neurons non-zero: singular, Jacobian rank 2 < 4.
     */
    @Test
    void strataOfTheSquareAndCubicNetworks() throws Exception {
        JsonObject square = run("square_strata"); //$NON-NLS-1$
        assertEquals(List.of(List.of(), List.of("h1[1]"), List.of("h1[2]"), List.of("h1[1]", "h1[2]")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                zeroSets(square));
        assertEquals(List.of(3, 2, 2, 0), dimensions(square));
        assertFalse(square.get("certified").getAsBoolean(), "modular ranks at a random point are not a proof"); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject cubic = run("cubic_strata"); //$NON-NLS-1$
        assertEquals(List.of(4, 2, 2, 0), dimensions(cubic));
        JsonObject point = cubic.getAsJsonObject("point"); //$NON-NLS-1$
        assertEquals("singular", point.get("stratum").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, point.get("jacobianRank").getAsInt()); //$NON-NLS-1$
    }

    /**
     * Sing(ad − bc) = V(ad − bc, d, −c, −b, a) = {0}: one point. The circle is smooth (x = y = 0 is
     * not on it). The cusp: V(y² − x³, −3x², 2y) is the origin, with multiplicity 2 (the ideal
     * (x², y)).
     */
    @Test
    void singularLociOfHypersurfaces() throws Exception {
        JsonObject determinant = run("determinant").getAsJsonObject("singularLocus"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, determinant.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(1, determinant.get("distinctPoints").getAsLong()); //$NON-NLS-1$
        assertEquals(-1, run("circle_locus").getAsJsonObject("singularLocus").get("dimension").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject cusp = run("cusp_locus").getAsJsonObject("singularLocus"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, cusp.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(1, cusp.get("distinctPoints").getAsLong()); //$NON-NLS-1$
        assertEquals(2, cusp.get("degree").getAsLong()); //$NON-NLS-1$
    }

    /**
     * The upper half circle: smooth (no singular point), its boundary is {x² + y² = 1, y = 0} =
     * {(±1, 0)}, both with y ≥ 0. The cusp cut by x ≤ 1 and y > −1: singular at the origin; x = 1
     * meets the curve at (1, ±1), both in the closure of y > −1; y = −1 meets it at (1, −1) only:
     * a corner where both inequalities are active, listed once.
     */
    @Test
    void planeCurvesListTheirRealSingularAndEndPoints() throws Exception {
        JsonObject half = run("half_circle_strata"); //$NON-NLS-1$
        assertEquals(List.of(), descriptions(half, "singularPoints")); //$NON-NLS-1$
        assertEquals(List.of("end point (-1, 0) where y >= 0 is active", "end point (1, 0) where y >= 0 is active"), //$NON-NLS-1$ //$NON-NLS-2$
                descriptions(half, "boundaryPoints").stream().sorted().toList()); //$NON-NLS-1$
        assertFalse(half.get("certified").getAsBoolean(), "points located numerically"); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject cusp = run("right_cusp_strata"); //$NON-NLS-1$
        assertEquals(List.of("singular point (0, 0)"), descriptions(cusp, "singularPoints")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("end point (1, -1) where x <= 1 and y > -1 are active", //$NON-NLS-1$
                "end point (1, 1) where x <= 1 is active"), //$NON-NLS-1$
                descriptions(cusp, "boundaryPoints").stream().sorted().toList()); //$NON-NLS-1$
        assertEquals(2, cusp.getAsJsonObject("singularLocus").get("degree").getAsLong()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static List<String> descriptions(JsonObject json, String key) {
        return json.getAsJsonArray(key).asList().stream()
                .map(p -> p.getAsJsonObject().get("description").getAsString()).toList(); //$NON-NLS-1$
    }

    private JsonObject run(String name) throws Exception {
        return analysis.run(ModelText.request(MODEL, name), ProgressMonitor.NULL).toJson();
    }

    private static List<List<String>> zeroSets(JsonObject json) {
        JsonArray strata = json.getAsJsonArray("strata"); //$NON-NLS-1$
        return strata.asList().stream().map(s -> s.getAsJsonObject().getAsJsonArray("zeroNeurons").asList().stream() //$NON-NLS-1$
                .map(e -> e.getAsString()).toList()).toList();
    }

    private static List<Integer> dimensions(JsonObject json) {
        return json.getAsJsonArray("strata").asList().stream() //$NON-NLS-1$
                .map(s -> s.getAsJsonObject().get("dimension").getAsInt()).toList(); //$NON-NLS-1$
    }
}
