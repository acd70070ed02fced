// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.analysis.singular.Stratum;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code bias of} a plane curve written in the DSL, with and without inequalities: the masses of
 * {@link VoronoiMassEstimatorTest}, derived there by hand, now reached through the implicit
 * equation instead of a Java parametrization.
 */
class PlaneCurveBiasTest {

    private static final String MODEL = """
            variety half_circle {
              coordinates x y
              equation x^2 + y^2 - 1 = 0
              inequality y >= 0
            }
            variety cusp {
              coordinates x y
              equation y^2 = x^3
            }
            variety node {
              coordinates x y
              equation y^2 = x^2*(x + 1)
            }
            analysis half {
              bias of half_circle samples=600 box="-2 2 -1 3" seed 17
            }
            analysis cusp_bias {
              bias of cusp samples=600 seed 23
            }
            analysis node_bias {
              bias of node samples=400 seed 29
            }
            """;

    private final BiasAnalysis analysis = new BiasAnalysis(ModelText.solvers());

    /**
     * Upper half circle in [−2, 2] × [−1, 3]: the end points attract the lower half-plane, mass 1/4;
     * above, the nearest point is u/|u| at squared distance (|u| − 1)²; below, the nearer end
     * (sign x, 0) at (|x| − 1)² + y².
     */
    @Test
    void halfCircleEndPointsAttractAQuarter() throws Exception {
        JsonObject json = analysis.run(ModelText.request(MODEL, "half"), ProgressMonitor.NULL).toJson(); //$NON-NLS-1$
        assertTrue(interval(json, "boundary").contains(0.25), interval(json, "boundary").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, interval(json, "singular").successes()); //$NON-NLS-1$
        for (JsonElement element : json.getAsJsonArray("samples")) { //$NON-NLS-1$
            JsonObject sample = element.getAsJsonObject();
            double x = sample.getAsJsonArray("u").get(0).getAsDouble(); //$NON-NLS-1$
            double y = sample.getAsJsonArray("u").get(1).getAsDouble(); //$NON-NLS-1$
            double distance = sample.get("distance").getAsDouble(); //$NON-NLS-1$
            if (y < 0) {
                assertEquals("boundary", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals("end point (" + (x > 0 ? "1" : "-1") + ", 0) where y >= 0 is active", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        sample.get("detail").getAsString()); //$NON-NLS-1$
                assertEquals((Math.abs(x) - 1) * (Math.abs(x) - 1) + y * y, distance, 1e-9);
            } else {
                assertEquals("smooth", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals((Math.hypot(x, y) - 1) * (Math.hypot(x, y) - 1), distance, 1e-9);
            }
        }
        assertEquals("u uniform in [-2, 2] × [-1, 3] (coordinates x, y)", json.get("distribution").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The cusp y² = x³ from its equation: the singular mass is the quadrature of
     * {@link VoronoiMassEstimatorTest#cuspMass}, and sample by sample the stratum agrees with the
     * parametrized arc (t², t³) on the same data (the same seed draws the same points), but for
     * at most 1% of the samples, where the two searches may disagree along the cell's edge.
     */
    @Test
    void cuspFromItsEquationMatchesTheParametrizedCusp() throws Exception {
        AnalysisRequest request = ModelText.request(MODEL, "cusp_bias"); //$NON-NLS-1$
        JsonObject json = analysis.run(request, ProgressMonitor.NULL).toJson();
        double exact = VoronoiMassEstimatorTest.cuspMass(-1, 1, -1, 1);
        assertTrue(interval(json, "singular").contains(exact), interval(json, "singular") + " vs " + exact); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(0, interval(json, "boundary").successes()); //$NON-NLS-1$
        CurveArc arc = new CurveArc(t -> new double[] { t * t, t * t * t }, -3, 3, false, List.of(0.0));
        VoronoiMassEstimator.Estimate parametrized = VoronoiMassEstimator.estimate(arc, Box.cube(2, 1), 600,
                request.seed(), ProportionInterval.Z_99, ProgressMonitor.NULL);
        int disagreements = 0;
        for (int k = 0; k < 600; k++) {
            JsonObject sample = json.getAsJsonArray("samples").get(k).getAsJsonObject(); //$NON-NLS-1$
            assertEquals(parametrized.samples().get(k)[0], sample.getAsJsonArray("u").get(0).getAsDouble()); //$NON-NLS-1$
            Stratum stratum = parametrized.minimizers().get(k).stratum();
            if (!stratum.label().equals(sample.get("stratum").getAsString())) { //$NON-NLS-1$
                disagreements++;
            }
            assertEquals(parametrized.minimizers().get(k).distance(), sample.get("distance").getAsDouble(), 1e-6); //$NON-NLS-1$
        }
        assertTrue(disagreements <= 6, disagreements + " disagreements"); //$NON-NLS-1$
    }

    /** The node y² = x²(x + 1): both branches are smooth through it, so it attracts no mass. */
    @Test
    void nodeAttractsNoMass() throws Exception {
        JsonObject json = analysis.run(ModelText.request(MODEL, "node_bias"), ProgressMonitor.NULL).toJson(); //$NON-NLS-1$
        assertEquals(0, interval(json, "singular").successes()); //$NON-NLS-1$
        assertEquals(400, interval(json, "smooth").successes()); //$NON-NLS-1$
    }

    /** The Whitney umbrella x² = y²z is singular along the whole z-axis: no isolated singular points. */
    @Test
    void surfaceWithASingularLineIsRefused() throws Exception {
        String model = "variety umbrella {\n  coordinates x y z\n  equation x^2 = y^2*z\n}\nanalysis b {\n  bias of umbrella\n}\n"; //$NON-NLS-1$
        AnalysisException e = assertThrows(AnalysisException.class,
                () -> analysis.run(ModelText.request(model, "b"), ProgressMonitor.NULL)); //$NON-NLS-1$
        assertEquals("variety 'umbrella': its singular locus has dimension 1; the bias of a hypersurface is estimated " //$NON-NLS-1$
                + "when its singular points are isolated", e.getMessage()); //$NON-NLS-1$
    }

    /** @return the Wilson interval of one stratum in a bias result's JSON */
    static ProportionInterval interval(JsonObject json, String kind) {
        for (JsonElement element : json.getAsJsonArray("strata")) { //$NON-NLS-1$
            JsonObject stratum = element.getAsJsonObject();
            if (stratum.get("kind").getAsString().equals(kind)) { //$NON-NLS-1$
                return new ProportionInterval(stratum.get("count").getAsInt(), json.getAsJsonArray("samples").size(), //$NON-NLS-1$ //$NON-NLS-2$
                        stratum.get("mass").getAsDouble(), stratum.get("low").getAsDouble(), //$NON-NLS-1$ //$NON-NLS-2$
                        stratum.get("high").getAsDouble()); //$NON-NLS-1$
            }
        }
        throw new AssertionError("no stratum " + kind); //$NON-NLS-1$
    }
}
