// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;

/**
 * Training the linear CNN with kernels (2, 2), stride 1, on a signal of length 3: f = ⟨w1 * w2, x⟩,
 * the end-to-end filter being the product (a + bt)(d + et), M = the quadratics with real roots
 * (dim 3, docs/MATHEMATICS.md §1.3).
 */
class TrainCnnTest {

    private static final String MODEL = """
            architecture linear_cnn {
              input 3
              conv kernel=2 stride=1 bias=false
              conv kernel=2 stride=1 bias=false
            }
            # (1 - t)(2 + t) = 2 - t - t^2: x1*2 - x2 - x3, roots 1 and -2, a point of M
            dataset inside {
              point (1, 0, 0) -> 2
              point (0, 1, 0) -> -1
              point (0, 0, 1) -> -1
              point (1, 1, 1) -> 0
              point (1, -1, 2) -> 1
            }
            # (1 + t)·2 = 2 + 2t + 0t^2: a product only when one filter ends in a zero
            dataset degree_one {
              point (1, 0, 0) -> 2
              point (0, 1, 0) -> 2
              point (0, 0, 1) -> 0
              point (1, 1, 1) -> 4
              point (1, -1, 2) -> 0
            }
            # 1 + t^2 = x1 + x3 has no real root
            dataset complex_roots {
              point (1, 0, 0) -> 1
              point (0, 1, 0) -> 0
              point (0, 0, 1) -> 1
            }
            analysis fit_complex {
              train of linear_cnn data complex_roots runs=4 steps=1500 optimizer=gd rate=0.02 seed 3
            }
            analysis fit_inside {
              train of linear_cnn data inside runs=4 steps=1500 optimizer=gd rate=0.02 seed 3
            }
            analysis fit_degree_one {
              train of linear_cnn data degree_one runs=4 steps=1500 optimizer=gd rate=0.02 seed 3
            }
            """;

    @Test
    void aTargetInsideMIsReachedAtASmoothPoint() throws Exception {
        TrainAnalysisResult result = train("fit_inside"); //$NON-NLS-1$
        assertEquals(3, result.genericRank());
        for (TrainingRun run : result.runs()) {
            assertTrue(run.finalLoss() < 1e-8, "run " + run.index() + ": loss " + run.finalLoss()); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("smooth", run.endStratumLabel(), "run " + run.index()); //$NON-NLS-1$ //$NON-NLS-2$
            // the end filters are the factors (1 − t), (2 + t) up to scaling and order
            double[] w = run.theta();
            double product = w[0] * w[2];
            assertEquals(2, product, 1e-4);
        }
    }

    /** Every minimizer has w1[2]·w2[2] = 0: training ends with one filter shortened. */
    @Test
    void aDegreeOneTargetEndsWithAShortenedFilter() throws Exception {
        TrainAnalysisResult result = train("fit_degree_one"); //$NON-NLS-1$
        for (TrainingRun run : result.runs()) {
            assertTrue(run.finalLoss() < 1e-8, "run " + run.index() + ": loss " + run.finalLoss()); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals("sparse-subnetwork", run.endStratumLabel(), "run " + run.index()); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> zero = run.endPoint().zeroNeurons();
            assertTrue(zero.equals(List.of("w1[2]")) || zero.equals(List.of("w2[2]")), zero.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        JsonObject json = result.toJson();
        assertEquals(4, json.getAsJsonObject("strata").get("sparse-subnetwork").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        String sparse = json.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("sparse").get(0) //$NON-NLS-1$ //$NON-NLS-2$
                .getAsString();
        assertTrue(sparse.contains("a filter of length 1"), sparse); //$NON-NLS-1$
    }

    /**
     * With Q = identity the loss is the squared Euclidean distance from u = 1 + t² (coefficients
     * (1, 0, 1)) to M. u has no real root, so the nearest points lie on the boundary, the double
     * roots d(t + r)² = (dr², 2dr, d) and their limits: the loss (dr² − 1)² + 4d²r² + (d − 1)² is
     * at least 1, attained only at r = 0, d = 1 (f = t²) and, by the symmetry t ↔ 1/t, at f = 1.
     * Both are sparse: each filter keeps one entry, the same end in both ([w1[1], w2[1]] leaves
     * t·t, [w1[2], w2[2]] leaves 1·1), and there the Jacobian rank drops to 2.
     */
    @Test
    void aTargetWithComplexRootsEndsAtTheSparseDoubleRoots() throws Exception {
        TrainAnalysisResult result = train("fit_complex"); //$NON-NLS-1$
        for (TrainingRun run : result.runs()) {
            assertEquals(1, run.finalLoss(), 1e-8);
            assertEquals(2, run.endPoint().jacobianRank(), "run " + run.index()); //$NON-NLS-1$
            assertEquals("sparse-subnetwork", run.endStratumLabel(), "run " + run.index()); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> zero = run.endPoint().zeroNeurons();
            assertTrue(zero.equals(List.of("w1[1]", "w2[1]")) || zero.equals(List.of("w1[2]", "w2[2]")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    zero.toString());
        }
    }

    private static TrainAnalysisResult train(String analysis) throws Exception {
        TrainAnalysisResult result = (TrainAnalysisResult) new TrainAnalysis()
                .run(ModelText.request(MODEL, analysis), ProgressMonitor.NULL);
        result.summary().forEach(System.out::println);
        return result;
    }
}
