// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The bias of a linear CNN with kernels (2, 2), stride 1, no bias, on a signal of length 3. Its one
 * output is c₁x₁ + c₂x₂ + c₃x₃ with (c₁, c₂, c₃) = (p₁q₁, p₁q₂ + p₂q₁, p₂q₂) for filters p = w1,
 * q = w2: the coefficients of the product (p₁t + p₂)(q₁t + q₂). So M = the quadratics c₁t² + c₂t +
 * c₃ with real roots, {Δ = c₂² − 4c₁c₃ ≥ 0}, a closed full-dimensional set (every (0, c₂, c₃) is
 * reached with p = (0, 1)). Its complement is the interior of the cone K = {Δ ≤ 0}, the definite
 * binary quadratics, whose boundary Δ = 0 is the two nappes {±ρ(s², 2st, t²)} of perfect squares,
 * where the filters are proportional and the Jacobian drops to rank 2.
 * <ul>
 * <li>Δ(u) > 0: u ∈ M is its own nearest point, a smooth one (distinct roots);</li>
 * <li>Δ(u) < 0: the nearest point lies on the cone Δ = 0, the boundary of M, at the squared
 * distance ‖u‖² − max_φ ⟨u, v(φ)⟩² / ‖v(φ)‖², v(φ) = (cos²φ, 2 sin φ cos φ, sin²φ).</li>
 * </ul>
 * For u uniform in [−1, 1]³ the boundary mass is P(c₂² < 4c₁c₃): c₁c₃ > 0 with probability 1/2, and
 * then, with a = |c₁|, c = |c₃| uniform in [0, 1]², |c₂| < 2√(ac) with probability
 * E min(1, 2√(ac)) = ∫₀^{1/4} (4/3)√a da + ∫_{1/4}^1 (1 − 1/(4a) + 1/(6a)) da = 1/9 + 3/4 − (ln 2)/6.
 * Hence P = 31/72 − (ln 2)/12 ≈ 0.3728.
 */
class CnnBiasTest {

    private static final String MODEL = """
            architecture quadratic_cnn {
              input 3
              conv kernel=2 stride=1 bias=false
              conv kernel=2 stride=1 bias=false
            }
            analysis cube {
              bias of quadratic_cnn samples=150 seed 7
            }
            """;

    /** Samples this close to Δ = 0 or to c₁ = 0, c₃ = 0 (shortened filters) are not compared one by one. */
    private static final double MARGIN = 0.02;

    private static final double BOUNDARY_MASS = 31.0 / 72 - Math.log(2) / 12;

    @Test
    void closedFormAgreesWithQuadrature() {
        // Midpoint rule over (c₁, c₃) ∈ [−1, 1]² of the length of {c₂ ∈ [−1, 1] : c₂² < 4c₁c₃}, over 8.
        int n = 2000;
        double h = 2.0 / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double a = -1 + (i + 0.5) * h;
            for (int j = 0; j < n; j++) {
                double c = -1 + (j + 0.5) * h;
                sum += a * c > 0 ? 2 * Math.min(1, 2 * Math.sqrt(a * c)) : 0;
            }
        }
        assertEquals(BOUNDARY_MASS, sum * h * h / 8, 1e-4);
    }

    @Test
    void definiteQuadraticsAreNearestToTheConeOfPerfectSquares() throws Exception {
        JsonObject json = new BiasAnalysis().run(ModelText.request(MODEL, "cube"), ProgressMonitor.NULL).toJson(); //$NON-NLS-1$
        assertEquals("u uniform in [-1, 1]^3 (coefficients)", json.get("distribution").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject boundary = stratum(json, "boundary"); //$NON-NLS-1$
        assertTrue(boundary.get("low").getAsDouble() <= BOUNDARY_MASS //$NON-NLS-1$
                && BOUNDARY_MASS <= boundary.get("high").getAsDouble(), boundary + " vs " + BOUNDARY_MASS); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject smooth = stratum(json, "smooth"); //$NON-NLS-1$
        assertTrue(smooth.get("low").getAsDouble() <= 1 - BOUNDARY_MASS //$NON-NLS-1$
                && 1 - BOUNDARY_MASS <= smooth.get("high").getAsDouble(), smooth.toString()); //$NON-NLS-1$
        // Singular and sparse ends need u within rounding of the cone or a filter entry below 1e-3.
        assertEquals(0, stratum(json, "singular").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, stratum(json, "sparse-subnetwork").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        int samples = json.getAsJsonArray("samples").size(); //$NON-NLS-1$
        int compared = 0;
        for (JsonElement element : json.getAsJsonArray("samples")) { //$NON-NLS-1$
            JsonObject sample = element.getAsJsonObject();
            double[] u = new double[3];
            for (int i = 0; i < 3; i++) {
                u[i] = sample.getAsJsonArray("u").get(i).getAsDouble(); //$NON-NLS-1$
            }
            double discriminant = u[1] * u[1] - 4 * u[0] * u[2];
            if (Math.abs(discriminant) < MARGIN || Math.abs(u[0]) < MARGIN || Math.abs(u[2]) < MARGIN) {
                continue;
            }
            compared++;
            double distance = sample.get("distance").getAsDouble(); //$NON-NLS-1$
            if (discriminant > 0) {
                assertEquals("smooth", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(0, distance, 1e-8, sample.toString());
            } else {
                assertEquals("boundary", sample.get("stratum").getAsString(), sample.toString()); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(distanceToCone(u), distance, 1e-7, sample.toString());
            }
        }
        assertTrue(compared > 0.8 * samples, compared + " of " + samples + " compared"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** ‖u‖² − max_φ ⟨u, v(φ)⟩²/‖v(φ)‖² on a grid of φ ∈ [0, π), refined by golden section. */
    static double distanceToCone(double[] u) {
        int grid = 4000;
        double step = Math.PI / grid;
        int best = 0;
        for (int i = 1; i < grid; i++) {
            best = projection(u, i * step) > projection(u, best * step) ? i : best;
        }
        double low = (best - 1) * step;
        double high = (best + 1) * step;
        double golden = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 100; i++) {
            double left = high - golden * (high - low);
            double right = low + golden * (high - low);
            if (projection(u, left) > projection(u, right)) {
                high = right;
            } else {
                low = left;
            }
        }
        return u[0] * u[0] + u[1] * u[1] + u[2] * u[2] - projection(u, (low + high) / 2);
    }

    private static double projection(double[] u, double phi) {
        double s = Math.cos(phi);
        double t = Math.sin(phi);
        double[] v = { s * s, 2 * s * t, t * t };
        double inner = u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
        return inner * inner / (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    private static JsonObject stratum(JsonObject json, String kind) {
        for (JsonElement element : json.getAsJsonArray("strata")) { //$NON-NLS-1$
            if (element.getAsJsonObject().get("kind").getAsString().equals(kind)) { //$NON-NLS-1$
                return element.getAsJsonObject();
            }
        }
        throw new AssertionError("no stratum " + kind); //$NON-NLS-1$
    }
}
