// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code bias of} surfaces in 3-space (docs/MATHEMATICS.md §7.2): the Voronoi mass of the apex of a
 * cone against a quadrature, and of the boundary circle of a hemisphere against its closed form;
 * sample by sample the stratum and the distance against the geometry.
 */
class SurfaceBiasTest {

    private static final String MODEL = """
            variety nappe {
              coordinates x y z
              equation 3*x^2 + 3*y^2 = z^2
              inequality z >= 0
            }
            variety hemisphere {
              coordinates x y z
              equation x^2 + y^2 + z^2 = 1
              inequality z >= 0
            }
            analysis apex {
              bias of nappe samples=400 seed 31
            }
            analysis apex_gaussian {
              bias of nappe samples=400 distribution=gaussian seed 43
            }
            analysis rim {
              bias of hemisphere samples=200 seed 37
            }
            """;

    private static final double SQRT3 = Math.sqrt(3);

    private final BiasAnalysis analysis = new BiasAnalysis(ModelText.solvers());

    /**
     * The upper nappe of x² + y² = tan²α z², α = 30°. In the half-plane through the axis and u
     * (r = √(u_x² + u_y²)) the nearest point of the nappe is the foot of u on the generator
     * (sin α, cos α) when t = r sin α + z cos α > 0 (squared distance |u|² − t²); every other
     * generator makes a larger angle with u. When t ≤ 0, i.e. r ≤ −√3 z, no point of the nappe is
     * nearer than the apex (squared distance |u|²). So the apex's Voronoi cell is the solid cone of
     * half-angle 60° about −z, and its mass in [−1, 1]³ is (1/8)∫₀¹ A(√3 s) ds with A(ρ) the area
     * of the disc of radius ρ inside the square [−1, 1]², computed by Simpson's rule in
     * {@link #apexMass()}. (For a standard Gaussian u the mass would be the solid-angle fraction
     * (1 − sin α)/2 = 1/4.)
     */
    @Test
    void theApexOfAConeAttractsItsQuadratureMass() throws Exception {
        JsonObject json = analysis.run(ModelText.request(MODEL, "apex"), ProgressMonitor.NULL).toJson(); //$NON-NLS-1$
        double exact = apexMass();
        ProportionInterval apex = PlaneCurveBiasTest.interval(json, "singular"); //$NON-NLS-1$
        assertTrue(apex.contains(exact), apex + " vs " + exact); //$NON-NLS-1$
        assertEquals(0, PlaneCurveBiasTest.interval(json, "boundary").successes()); //$NON-NLS-1$
        assertEquals(400, apex.successes() + PlaneCurveBiasTest.interval(json, "smooth").successes()); //$NON-NLS-1$
        for (JsonElement element : json.getAsJsonArray("samples")) { //$NON-NLS-1$
            JsonObject sample = element.getAsJsonObject();
            double[] u = u(sample);
            double r = Math.hypot(u[0], u[1]);
            double t = r / 2 + u[2] * SQRT3 / 2;
            double norm2 = r * r + u[2] * u[2];
            double distance = sample.get("distance").getAsDouble(); //$NON-NLS-1$
            if (t < -1e-9) {
                assertEquals("singular", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(norm2, distance, 1e-9);
            } else if (t > 1e-9) {
                assertEquals("smooth", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(norm2 - t * t, distance, 1e-9);
            }
        }
        assertEquals("u uniform in [-1, 1]^3 (coordinates x, y, z)", json.get("distribution").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * For standard Gaussian data the apex's cell, the solid cone of half-angle 60° about −z, has
     * the solid-angle fraction 2π(1 − cos 60°)/4π = (1 − sin 30°)/2 = 1/4 as its mass.
     */
    @Test
    void forGaussianDataTheApexAttractsItsSolidAngle() throws Exception {
        JsonObject json = analysis.run(ModelText.request(MODEL, "apex_gaussian"), ProgressMonitor.NULL).toJson(); //$NON-NLS-1$
        ProportionInterval apex = PlaneCurveBiasTest.interval(json, "singular"); //$NON-NLS-1$
        assertTrue(apex.contains(0.25), apex.toString());
        assertEquals("u Gaussian N(0, I_3) (coordinates x, y, z)", json.get("distribution").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        for (JsonElement element : json.getAsJsonArray("samples")) { //$NON-NLS-1$
            JsonObject sample = element.getAsJsonObject();
            double[] u = u(sample);
            double t = Math.hypot(u[0], u[1]) / 2 + u[2] * SQRT3 / 2;
            if (Math.abs(t) > 1e-9) {
                assertEquals(t < 0 ? "singular" : "smooth", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    /**
     * The upper unit hemisphere: for u_z > 0 the nearest point is u/|u| (smooth, squared distance
     * (|u| − 1)²); for u_z < 0 maximizing u·p over the hemisphere puts p on the rim z = 0 at
     * (u_x, u_y, 0)/r (boundary, squared distance (r − 1)² + u_z²). The rim's mass in the cube
     * is exactly 1/2.
     */
    @Test
    void theRimOfAHemisphereAttractsTheLowerHalf() throws Exception {
        JsonObject json = analysis.run(ModelText.request(MODEL, "rim"), ProgressMonitor.NULL).toJson(); //$NON-NLS-1$
        assertTrue(PlaneCurveBiasTest.interval(json, "boundary").contains(0.5), PlaneCurveBiasTest.interval(json, "boundary").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, PlaneCurveBiasTest.interval(json, "singular").successes()); //$NON-NLS-1$
        for (JsonElement element : json.getAsJsonArray("samples")) { //$NON-NLS-1$
            JsonObject sample = element.getAsJsonObject();
            double[] u = u(sample);
            double r = Math.hypot(u[0], u[1]);
            double distance = sample.get("distance").getAsDouble(); //$NON-NLS-1$
            if (u[2] < 0) {
                assertEquals("boundary", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals("on the boundary where z >= 0 active", sample.get("detail").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals((r - 1) * (r - 1) + u[2] * u[2], distance, 1e-9);
            } else {
                double norm = Math.sqrt(r * r + u[2] * u[2]);
                assertEquals("smooth", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals((norm - 1) * (norm - 1), distance, 1e-9);
            }
        }
    }

    /**
     * The slice x = 0 through the apex: the data with |x| ≤ 0.2, projected onto the plane (y, z).
     * A datum of the apex's cell has t ≤ 0, i.e. z ≤ −r/√3 ≤ −|y|/√3 since r ≥ |y|; the section
     * 3y² = z², z ≥ 0 (two rays) is drawn, and the apex on it.
     */
    @Test
    void theSliceThroughTheApexShowsItsCell() throws Exception {
        AnalysisResult result = analysis.run(ModelText.request(MODEL, "apex"), ProgressMonitor.NULL); //$NON-NLS-1$
        ResultChart slice = result.charts().stream().filter(c -> c.key().equals("voronoiSlice")).findFirst() //$NON-NLS-1$
                .orElseThrow();
        assertEquals("Voronoi regions in the slice x = 0 (data with |x − 0| ≤ 0.2)", slice.title()); //$NON-NLS-1$
        assertEquals("y", slice.x().title()); //$NON-NLS-1$
        PictureLayer apex = layer(slice, "data nearest to singular"); //$NON-NLS-1$
        PictureLayer smooth = layer(slice, "data nearest to smooth"); //$NON-NLS-1$
        assertTrue(apex.x().length > 0 && smooth.x().length > 0);
        for (int k = 0; k < apex.x().length; k++) {
            assertTrue(apex.y()[k] <= -Math.abs(apex.x()[k]) / SQRT3, apex.x()[k] + ", " + apex.y()[k]);
        }
        PictureLayer section = layer(slice, "M: nappe ∩ {x = 0}"); //$NON-NLS-1$
        for (int k = 0; k < section.x().length; k++) {
            if (Double.isFinite(section.x()[k])) {
                assertEquals(3 * section.x()[k] * section.x()[k], section.y()[k] * section.y()[k], 1e-6);
                assertTrue(section.y()[k] >= -1e-9);
            }
        }
        PictureLayer singular = layer(slice, "singular points"); //$NON-NLS-1$
        assertEquals(1, singular.x().length);
    }

    private static PictureLayer layer(ResultChart chart, String prefix) {
        return chart.layers().stream().filter(l -> l.name().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + prefix)); //$NON-NLS-1$
    }

    /** Simpson's rule on [0, 1/√3], [1/√3, √2/√3], [√2/√3, 1], where A is smooth. */
    static double apexMass() {
        double[] breaks = { 0, 1 / SQRT3, Math.sqrt(2) / SQRT3, 1 };
        double integral = 0;
        int intervals = 2000;
        for (int piece = 0; piece < 3; piece++) {
            double a = breaks[piece];
            double h = (breaks[piece + 1] - a) / intervals;
            double sum = discInSquare(SQRT3 * a) + discInSquare(SQRT3 * breaks[piece + 1]);
            for (int k = 1; k < intervals; k++) {
                sum += (k % 2 == 1 ? 4 : 2) * discInSquare(SQRT3 * (a + k * h));
            }
            integral += sum * h / 3;
        }
        return integral / 8;
    }

    /**
     * The area of {x² + y² ≤ ρ²} ∩ [−1, 1]²: πρ² up to ρ = 1; then πρ² minus four circular
     * segments beyond the sides, each ρ² arccos(1/ρ) − √(ρ² − 1); the whole square, 4, from √2 on.
     */
    static double discInSquare(double rho) {
        if (rho <= 1) {
            return Math.PI * rho * rho;
        }
        if (rho >= Math.sqrt(2)) {
            return 4;
        }
        return Math.PI * rho * rho - 4 * (rho * rho * Math.acos(1 / rho) - Math.sqrt(rho * rho - 1));
    }

    /**
     * The quadrature itself: for the 45° cone the disc of radius s stays in the square, mass π/24;
     * for 30° the value of an independent adaptive quadrature (QUADPACK) of the same integral.
     */
    @Test
    void quadratureReproducesTheClosedFormOfTheRightCone() {
        double simpson = 0;
        int intervals = 200;
        double h = 1.0 / intervals;
        for (int k = 0; k <= intervals; k++) {
            double weight = k == 0 || k == intervals ? 1 : k % 2 == 1 ? 4 : 2;
            simpson += weight * discInSquare(k * h);
        }
        assertEquals(Math.PI / 24, simpson * h / 3 / 8, 1e-12);
        assertEquals(0.2791070235592, apexMass(), 1e-9);
    }

    private static double[] u(JsonObject sample) {
        JsonArray u = sample.getAsJsonArray("u"); //$NON-NLS-1$
        return new double[] { u.get(0).getAsDouble(), u.get(1).getAsDouble(), u.get(2).getAsDouble() };
    }
}
