// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigDecimal;

import org.neuroalgebra.algebra.number.Rational;

/**
 * The squared distance of the ED problem written in the chart y of a {@link LinearSpanChart}
 * (c = c₀ + E y): a form Q_y and a data point u_y with ‖c − u‖²_Q = ‖y − u_y‖²_{Q_y} + const on
 * the span. Only Q_y u_y is determined (when Q_y is singular u_y is any solution of the normal
 * equations); the critical points depend on nothing else.
 *
 * @param metric
 *            Q_y on the chart
 * @param data
 *            u_y
 */
record ChartMetric(Metric metric, double[] data) {

    /**
     * The MSE loss Σ_k ‖f(a_k) − b_k‖² = ‖A c − B‖² (docs/MATHEMATICS.md §5) on the span:
     * ‖(AE) y − (B − A c₀)‖², so Q_y = (AE)ᵀ(AE) and Q_y u_y = (AE)ᵀ(B − A c₀).
     *
     * @param chart
     *            the chart
     * @param a
     *            A, one row per (sample, output)
     * @param targets
     *            B, in the same order
     * @param description
     *            how Q was obtained
     * @return Q_y and u_y
     */
    static ChartMetric fromData(LinearSpanChart chart, Rational[][] a, double[] targets, String description) {
        int r = chart.dimension();
        Rational[] offset = chart.offset();
        Rational[][] ae = new Rational[a.length][r];
        Rational[] residual = new Rational[a.length];
        for (int k = 0; k < a.length; k++) {
            residual[k] = Rational.of(new BigDecimal(targets[k]));
            for (int i = 0; i < offset.length; i++) {
                if (!a[k][i].isZero()) {
                    residual[k] = residual[k].sub(a[k][i].mul(offset[i]));
                }
            }
            for (int j = 0; j < r; j++) {
                Rational sum = Rational.ZERO;
                for (int i = 0; i < offset.length; i++) {
                    if (!a[k][i].isZero() && !chart.entry(i, j).isZero()) {
                        sum = sum.add(a[k][i].mul(chart.entry(i, j)));
                    }
                }
                ae[k][j] = sum;
            }
        }
        Rational[][] q = RationalMatrices.gram(ae);
        Rational[] rhs = transposeTimes(ae, residual);
        return new ChartMetric(Metric.of(q, description), toDouble(RationalMatrices.solve(q, rhs)));
    }

    /**
     * A form on the ambient space pulled back: Q_y = EᵀQE, Q_y u_y = EᵀQ(u − c₀).
     *
     * @param chart
     *            the chart
     * @param ambient
     *            Q on R^n
     * @param u
     *            the data point in R^n
     * @return Q_y and u_y
     */
    static ChartMetric pullBack(LinearSpanChart chart, Metric ambient, double[] u) {
        int n = chart.ambientDimension();
        int r = chart.dimension();
        Rational[] offset = chart.offset();
        Rational[] difference = new Rational[n];
        for (int i = 0; i < n; i++) {
            difference[i] = Rational.of(new BigDecimal(u[i])).sub(offset[i]);
        }
        // QE (n × r) and Q(u − c₀)
        Rational[][] qe = new Rational[n][r];
        Rational[] qu = new Rational[n];
        for (int i = 0; i < n; i++) {
            qu[i] = Rational.ZERO;
            for (int j = 0; j < r; j++) {
                qe[i][j] = Rational.ZERO;
            }
            for (int k = 0; k < n; k++) {
                Rational entry = ambient.entry(i, k);
                if (entry.isZero()) {
                    continue;
                }
                qu[i] = qu[i].add(entry.mul(difference[k]));
                for (int j = 0; j < r; j++) {
                    if (!chart.entry(k, j).isZero()) {
                        qe[i][j] = qe[i][j].add(entry.mul(chart.entry(k, j)));
                    }
                }
            }
        }
        Rational[][] e = new Rational[n][r];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < r; j++) {
                e[i][j] = chart.entry(i, j);
            }
        }
        Rational[][] q = new Rational[r][];
        for (int j = 0; j < r; j++) {
            q[j] = transposeTimes(e, column(qe, j));
        }
        String description = ambient.description() + ", restricted to the span (EᵀQE)"; //$NON-NLS-1$
        return new ChartMetric(Metric.of(q, description), toDouble(RationalMatrices.solve(q, transposeTimes(e, qu))));
    }

    /** @return Mᵀv */
    private static Rational[] transposeTimes(Rational[][] m, Rational[] v) {
        int columns = m.length == 0 ? 0 : m[0].length;
        Rational[] result = new Rational[columns];
        for (int j = 0; j < columns; j++) {
            Rational sum = Rational.ZERO;
            for (int k = 0; k < m.length; k++) {
                if (!m[k][j].isZero()) {
                    sum = sum.add(m[k][j].mul(v[k]));
                }
            }
            result[j] = sum;
        }
        return result;
    }

    private static Rational[] column(Rational[][] m, int j) {
        Rational[] result = new Rational[m.length];
        for (int i = 0; i < m.length; i++) {
            result[i] = m[i][j];
        }
        return result;
    }

    private static double[] toDouble(Rational[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i].doubleValue();
        }
        return result;
    }

    @Override
    public double[] data() {
        return data.clone();
    }
}
