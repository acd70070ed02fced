// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.data.Network;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.data.TeacherNetwork;
import org.neuroalgebra.analysis.testing.ModelText;

/**
 * The {@code loss} analysis for CNNs and lightning self-attention: the loss ‖A c_θ − B‖² must be
 * the MSE of a forward pass of the network written out in the test, and differ from ‖c_θ − U‖²_Q
 * by one constant (docs/MATHEMATICS.md §5).
 */
class LossOfEveryArchitectureTest {

    private static final String MODEL = """
            architecture polynomial_cnn {
              input 5
              conv kernel=2 stride=1 bias=true
              activation x^2
              conv kernel=2 stride=2 bias=false
            }
            architecture linear_cnn {
              input 4
              conv kernel=3 stride=1 bias=false
              conv kernel=2 stride=1 bias=false
            }
            architecture lightning {
              attention d=2 t=2 a=1
            }
            dataset signals {
              point (1, 0, -1, 2, 1/2) -> (1, -2)
              point (0, 1, 1, -1, 3) -> (0, 1/4)
              point (2, -1, 0, 1, 1) -> (3, 1)
              point (-1, -1, 2, 0, 1) -> (-2, 5)
            }
            dataset clean {
              random 12 inputs in [-1, 1]^4 seed 2
              targets from linear_cnn seed 6
            }
            dataset tokens {
              point (1, 0, -1, 2) -> (1, -2, 0, 3)
              point (0, 1, 1, -1) -> (1/2, 1, -1, 0)
              point (2, -1, 1/2, 1) -> (-3, 1, 2, 1)
            }
            analysis cnn_loss {
              loss of polynomial_cnn data signals checks=6 seed 8
            }
            analysis clean_loss {
              loss of linear_cnn data clean seed 8
            }
            analysis attention_loss {
              loss of lightning data tokens checks=8 seed 9
            }
            """;

    /**
     * Layer 1: z_j = w1[1] x_j + w1[2] x_{j+1} + b1, j = 1..4, squared; layer 2 with stride 2:
     * y_1 = w2[1] h_1 + w2[2] h_2, y_2 = w2[1] h_3 + w2[2] h_4.
     */
    @Test
    void cnnLossIsTheSquaredErrorOfAForwardPass() throws Exception {
        AnalysisRequest request = ModelText.request(MODEL, "cnn_loss"); //$NON-NLS-1$
        LossAnalysisResult result = (LossAnalysisResult) new LossAnalysis().run(request, ProgressMonitor.NULL);
        Network network = RequestInputs.network(request);
        assertEquals(5, network.inputs());
        assertEquals(2, network.outputs());
        SplittableRandom random = new SplittableRandom(1);
        for (int trial = 0; trial < 5; trial++) {
            double[] theta = gaussian(random, 5);
            double direct = 0;
            for (int k = 0; k < result.samples().size(); k++) {
                double[] x = result.samples().inputs()[k];
                double[] h = new double[4];
                for (int j = 0; j < 4; j++) {
                    double z = theta[0] * x[j] + theta[1] * x[j + 1] + theta[2];
                    h[j] = z * z;
                }
                double[] y = { theta[3] * h[0] + theta[4] * h[1], theta[3] * h[2] + theta[4] * h[3] };
                for (int o = 0; o < 2; o++) {
                    direct += Math.pow(y[o] - result.samples().outputs()[k][o], 2);
                }
            }
            double viaCoefficients = result.geometry().loss(network.parametrization().evaluate(theta));
            assertEquals(direct, viaCoefficients, 1e-10 * Math.max(1, direct));
        }
        assertTrue(result.check().relativeSpread() < 1e-10, result.summary().toString());
        // 4 samples, 2 outputs sharing the 21 monomials of degree ≤ 2 in 5 variables: rank Q = 4.
        assertEquals(4, result.rankQ());
    }

    /** Targets from the architecture itself (no noise): U is the teacher's c_θ and the offset is 0. */
    @Test
    void targetsFromACnnTeacherAreFittedExactly() throws Exception {
        AnalysisRequest request = ModelText.request(MODEL, "clean_loss"); //$NON-NLS-1$
        LossAnalysisResult result = (LossAnalysisResult) new LossAnalysis().run(request, ProgressMonitor.NULL);
        // One output, linear forms in 4 variables: 12 generic samples give rank Q = 4 = dim V.
        assertEquals(4, result.rankQ());
        double[] teacher = new TeacherNetwork(RequestInputs.network(request), new SplittableRandom(6)).coefficients();
        double[] target = result.geometry().target();
        for (int i = 0; i < teacher.length; i++) {
            assertEquals(teacher[i], target[i], 1e-10);
        }
        assertEquals(0, result.check().offset(), 1e-10);
    }

    /**
     * f(X) = V X Xᵀ Kᵀ Q X for X ∈ R^{2×2}, read from the input row by row (x_{1,1}, x_{1,2},
     * x_{2,1}, x_{2,2}), θ = (V, K, Q) row by row, the 2 × 2 output row by row.
     */
    @Test
    void attentionLossIsTheSquaredErrorOfAForwardPassPlusAConstantDistance() throws Exception {
        AnalysisRequest request = ModelText.request(MODEL, "attention_loss"); //$NON-NLS-1$
        LossAnalysisResult result = (LossAnalysisResult) new LossAnalysis().run(request, ProgressMonitor.NULL);
        Network network = RequestInputs.network(request);
        SplittableRandom random = new SplittableRandom(2);
        for (int trial = 0; trial < 5; trial++) {
            double[] theta = gaussian(random, 8);
            double[][] v = { { theta[0], theta[1] }, { theta[2], theta[3] } };
            double[][] k = { { theta[4], theta[5] } };
            double[][] q = { { theta[6], theta[7] } };
            double direct = 0;
            for (int s = 0; s < result.samples().size(); s++) {
                double[] flat = result.samples().inputs()[s];
                double[][] x = { { flat[0], flat[1] }, { flat[2], flat[3] } };
                double[][] y = times(times(times(v, x), transpose(x)), times(times(transpose(k), q), x));
                double[] b = result.samples().outputs()[s];
                direct += Math.pow(y[0][0] - b[0], 2) + Math.pow(y[0][1] - b[1], 2) + Math.pow(y[1][0] - b[2], 2)
                        + Math.pow(y[1][1] - b[3], 2);
            }
            double viaCoefficients = result.geometry().loss(network.parametrization().evaluate(theta));
            assertEquals(direct, viaCoefficients, 1e-10 * Math.max(1, direct));
        }
        // 3 samples × 4 outputs against 4 × 20 cubic coefficients: Q = AᵀA has rank 3 (one A per output).
        assertEquals(3, result.rankQ());
        assertTrue(result.check().relativeSpread() < 1e-10, result.summary().toString());
        // |S| < dim V per output: the targets are interpolated, so the constant is 0.
        assertEquals(0, result.check().offset(), 1e-9);
    }

    private static double[] gaussian(SplittableRandom random, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextGaussian();
        }
        return values;
    }

    private static double[][] times(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int l = 0; l < b.length; l++) {
                    c[i][j] += a[i][l] * b[l][j];
                }
            }
        }
        return c;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
