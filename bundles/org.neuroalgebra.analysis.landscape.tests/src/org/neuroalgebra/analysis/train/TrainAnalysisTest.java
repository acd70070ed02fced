// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;

/**
 * Training the talk's cubic network σ = x³, widths (2, 2, 1), towards x1³ − x1·x2² =
 * x1(x1 − x2)(x1 + x2). Over R, M is the set of binary cubics e·l1³ + f·l2³: those with one real
 * root (and the perfect cubes). A cubic with three real roots lies outside the closure, so the
 * infimum of the loss is reached on the discriminant hypersurface, at a cubic with a double root
 * l1²·l2, which M does not contain: training approaches it with diverging parameters (l2 → −l1,
 * e, f → ∞; e·l1³ + f·l2³ → a multiple of l1²·l').
 */
class TrainAnalysisTest {

    private static final double[][] INPUTS = { { 1, 0 }, { 0, 1 }, { 1, 1 }, { 2, 1 }, { 1, 2 }, { 2, -1 }, { -1, 2 },
            { 1, 3 } };

    private static final String CUBIC = """
            architecture cubic_mlp {
              input 2
              dense 2 bias=false
              activation x^3
              dense 1 bias=false
            }
            # the target x1^3 - x1*x2^2 at INPUTS
            dataset outside {
              point (1, 0) -> 1
              point (0, 1) -> 0
              point (1, 1) -> 0
              point (2, 1) -> 6
              point (1, 2) -> -3
              point (2, -1) -> 6
              point (-1, 2) -> 3
              point (1, 3) -> -8
            }
            analysis train_outside {
              train of cubic_mlp data outside runs=20 steps=10000 seed 5
            }
            """;

    @Test
    void runsApproachTheUnattainedInfimumWithDivergingParameters() throws Exception {
        TrainAnalysisResult result = (TrainAnalysisResult) new TrainAnalysis()
                .run(ModelText.request(CUBIC, "train_outside"), ProgressMonitor.NULL); //$NON-NLS-1$
        assertEquals(4, result.genericRank());
        double infimum = infimumOverDoubleRootCubics();
        List<TrainingRun> diverging = result.runs().stream()
                .filter(run -> run.endStratumLabel().equals("boundary-or-diverging")).toList(); //$NON-NLS-1$
        System.out.printf("infimum over the double-root cubics %.6f; %d of %d runs diverge%n", infimum, //$NON-NLS-1$
                diverging.size(), result.runs().size());
        assertFalse(diverging.isEmpty(), "some runs must approach the boundary"); //$NON-NLS-1$
        for (TrainingRun run : result.runs()) {
            // No run can beat the infimum over the closure of M.
            assertTrue(run.finalLoss() >= infimum * (1 - 1e-9), run.toString());
        }
        for (TrainingRun run : diverging) {
            double[] norm = run.normCurve();
            assertTrue(norm[norm.length - 1] > norm[norm.length / 2], "the parameter norm still grows"); //$NON-NLS-1$
        }
        // The global infimum is not attained: every run that gets within 1% of it is diverging
        // (others diverge towards local infima on the boundary, near losses 77 and 98).
        List<TrainingRun> nearInfimum = result.runs().stream().filter(run -> run.finalLoss() < 1.01 * infimum).toList();
        assertTrue(nearInfimum.size() >= result.runs().size() / 2, "most runs find the infimum"); //$NON-NLS-1$
        assertTrue(diverging.containsAll(nearInfimum));
        JsonObject json = result.toJson();
        assertEquals(20, json.getAsJsonArray("runs").size()); //$NON-NLS-1$
        assertEquals(diverging.size(), json.getAsJsonObject("strata").get("boundary-or-diverging").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The minimum of the loss over cubics (x cos α + y sin α)²(c x + d y): for fixed α the cubic is
     * linear in (c, d), so the inner minimum is a 2 × 2 least-squares problem; α is scanned.
     */
    private static double infimumOverDoubleRootCubics() {
        double best = Double.POSITIVE_INFINITY;
        int steps = 200_000;
        for (int s = 0; s < steps; s++) {
            double alpha = Math.PI * s / steps;
            double[][] rows = new double[INPUTS.length][2];
            double[] targets = new double[INPUTS.length];
            for (int k = 0; k < INPUTS.length; k++) {
                double x = INPUTS[k][0];
                double y = INPUTS[k][1];
                double square = Math.pow(x * Math.cos(alpha) + y * Math.sin(alpha), 2);
                rows[k] = new double[] { square * x, square * y };
                targets[k] = x * x * x - x * y * y;
            }
            best = Math.min(best, leastSquaresResidual(rows, targets));
        }
        return best;
    }

    private static double leastSquaresResidual(double[][] rows, double[] targets) {
        double a11 = 0, a12 = 0, a22 = 0, b1 = 0, b2 = 0;
        for (int k = 0; k < rows.length; k++) {
            a11 += rows[k][0] * rows[k][0];
            a12 += rows[k][0] * rows[k][1];
            a22 += rows[k][1] * rows[k][1];
            b1 += rows[k][0] * targets[k];
            b2 += rows[k][1] * targets[k];
        }
        double det = a11 * a22 - a12 * a12;
        double c = (b1 * a22 - b2 * a12) / det;
        double d = (a11 * b2 - a12 * b1) / det;
        double sum = 0;
        for (int k = 0; k < rows.length; k++) {
            double r = rows[k][0] * c + rows[k][1] * d - targets[k];
            sum += r * r;
        }
        return sum;
    }
}
