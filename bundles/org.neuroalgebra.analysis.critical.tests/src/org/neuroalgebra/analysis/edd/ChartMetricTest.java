// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.analysis.internal.OutputMonomials;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.NalgFactory;

/**
 * The span chart and the data-induced metric in it for lightning self-attention d = t = a = 2,
 * out = 1 (docs/MATHEMATICS.md §6): the span has dimension 6 and its chart reproduces every point of M; the
 * MSE loss computed by the network itself, v X Xᵀ Kᵀ Q X, equals ‖y − u_y‖²_{Q_y} plus a constant;
 * and Q_y = Σ_X G ⊗ s sᵀ has rank 2 per sample, so k = 4, 2, 0 for |S| = 1, 2, 3.
 */
class ChartMetricTest {

    private static AttentionParametrization pair() throws Exception {
        return AttentionParametrization.create(2, 2, 2, 1, BigInteger.valueOf(1000));
    }

    private static Architecture architecture() {
        Architecture architecture = NalgFactory.eINSTANCE.createArchitecture();
        AttentionLayer layer = NalgFactory.eINSTANCE.createAttentionLayer();
        layer.setD(2);
        layer.setT(2);
        layer.setA(2);
        layer.setOut(1);
        architecture.getLayers().add(layer);
        return architecture;
    }

    private static double[][] inputs(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] x = new double[count][4];
        for (double[] row : x) {
            for (int i = 0; i < 4; i++) {
                row[i] = random.nextInt(-8, 9) / 4.0;
            }
        }
        return x;
    }

    @Test
    void chartOfTheSpanReproducesPointsOfM() throws Exception {
        AttentionParametrization pair = pair();
        LinearSpanChart chart = LinearSpanChart.of(pair, 3);
        assertEquals(6, chart.dimension());
        assertTrue(chart.linear());
        SplittableRandom random = new SplittableRandom(9);
        Rational[] theta = new Rational[pair.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = Rational.of(random.nextInt(-50, 51), random.nextInt(1, 9));
        }
        Rational[] c = pair.evaluate(theta);
        assertArrayEquals(c, chart.point(chart.coordinates(c)));
    }

    private static void assertArrayEquals(Rational[] expected, Rational[] actual) {
        assertEquals(java.util.List.of(expected), java.util.List.of(actual));
    }

    @Test
    void eachSampleAddsRankTwo() throws Exception {
        AttentionParametrization pair = pair();
        LinearSpanChart chart = LinearSpanChart.of(pair, 3);
        OutputMonomials layout = OutputMonomials.of(pair, architecture());
        for (int size = 1; size <= 3; size++) {
            double[][] x = DataMetrics.randomInputs(size, 4, 10 + size);
            ChartMetric metric = ChartMetric.fromData(chart, layout.rows(x), new double[2 * size], "test");
            assertEquals(6 - 2 * size, metric.metric().kernelDimension(), size + " samples");
        }
    }

    /** The loss by a forward pass of the network minus ‖y − u_y‖²_{Q_y} is the same at every θ. */
    @Test
    void lossOfTheNetworkIsTheChartDistancePlusAConstant() throws Exception {
        AttentionParametrization pair = pair();
        LinearSpanChart chart = LinearSpanChart.of(pair, 3);
        double[][] x = inputs(2, 5);
        double[] b = { 0.5, -1.25, 2, 0.75 };
        ChartMetric metric = ChartMetric.fromData(chart, OutputMonomials.of(pair, architecture()).rows(x), b, "test");
        double[][] q = metric.metric().toDouble();
        double[] u = metric.data();
        SplittableRandom random = new SplittableRandom(17);
        double constant = Double.NaN;
        for (int trial = 0; trial < 4; trial++) {
            double[] theta = new double[pair.parameterCount()];
            Rational[] exact = new Rational[theta.length];
            for (int i = 0; i < theta.length; i++) {
                exact[i] = Rational.of(random.nextInt(-6, 7), 4);
                theta[i] = exact[i].doubleValue();
            }
            Rational[] y = chart.coordinates(pair.evaluate(exact));
            double distance = 0;
            for (int i = 0; i < 6; i++) {
                for (int j = 0; j < 6; j++) {
                    distance += (y[i].doubleValue() - u[i]) * q[i][j] * (y[j].doubleValue() - u[j]);
                }
            }
            double loss = 0;
            for (int k = 0; k < x.length; k++) {
                double[] f = forward(theta, x[k]);
                loss += Math.pow(f[0] - b[2 * k], 2) + Math.pow(f[1] - b[2 * k + 1], 2);
            }
            if (trial == 0) {
                constant = loss - distance;
            } else {
                assertEquals(constant, loss - distance, 1e-8 * Math.max(1, loss));
            }
        }
    }

    /** v X Xᵀ Kᵀ Q X for θ = (v, K, Q) row by row and X = [[x0, x1], [x2, x3]]. */
    private static double[] forward(double[] theta, double[] input) {
        double[][] x = { { input[0], input[1] }, { input[2], input[3] } };
        double[][] k = { { theta[2], theta[3] }, { theta[4], theta[5] } };
        double[][] qm = { { theta[6], theta[7] }, { theta[8], theta[9] } };
        double[][] a = multiply(transpose(k), qm);
        double[][] g = multiply(x, transpose(x));
        double[][] product = multiply(multiply(g, a), x);
        double[] f = new double[2];
        for (int j = 0; j < 2; j++) {
            f[j] = theta[0] * product[0][j] + theta[1] * product[1][j];
        }
        return f;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                c[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j];
            }
        }
        return c;
    }

    private static double[][] transpose(double[][] a) {
        return new double[][] { { a[0][0], a[1][0] }, { a[0][1], a[1][1] } };
    }
}
