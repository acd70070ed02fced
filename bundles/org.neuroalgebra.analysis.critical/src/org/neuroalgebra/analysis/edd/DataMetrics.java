// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;

/**
 * The metric a dataset induces on the coefficient space of a network (docs/MATHEMATICS.md §5): the MSE loss
 * Σ_k ‖f(a_k) − b_k‖² equals ‖c_f − U‖²_Q + const with Q = AᵀA, where the rows of A are the
 * ambient monomial basis evaluated at the inputs a_k, once per output (coefficient vectors are
 * output-major, so Q is block diagonal with one copy of the moment matrix per output). The
 * inputs are taken exactly (the binary value of each double), so Q is exact.
 * <p>
 * rank Q ≤ |S| · d_L: with fewer samples than monomials Q is only positive semidefinite, with
 * kernel dimension k = dim V − rank Q, and the critical set may have positive-dimensional parts
 * (the zero-loss set (u + ker Q) ∩ M when k ≥ dim V − dim M).
 */
public final class DataMetrics {

    private DataMetrics() {
    }

    /**
     * @param mlp
     *            the network, whose monomial basis spans V
     * @param inputs
     *            the inputs a_k, each of length d_0
     * @return Q = AᵀA on V
     */
    public static Metric of(MlpParametrization mlp, double[][] inputs) {
        Monomials basis = mlp.basis();
        int[] widths = mlp.widths();
        int outputs = widths[widths.length - 1];
        int size = basis.size();
        Rational[][] a = new Rational[inputs.length * outputs][size * outputs];
        for (int k = 0; k < inputs.length; k++) {
            if (inputs[k].length != widths[0]) {
                throw new IllegalArgumentException("input " + (k + 1) + " has " + inputs[k].length //$NON-NLS-1$ //$NON-NLS-2$
                        + " coordinates, the network has " + widths[0] + " inputs"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Rational[] veronese = veronese(basis, exact(inputs[k]));
            for (int o = 0; o < outputs; o++) {
                Rational[] row = a[k * outputs + o];
                Arrays.fill(row, Rational.ZERO);
                System.arraycopy(veronese, 0, row, o * size, size);
            }
        }
        return Metric.of(RationalMatrices.gram(a), "data-induced A^T A (" + inputs.length + " inputs)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param count
     *            |S|
     * @param dimension
     *            d_0
     * @param seed
     *            the seed
     * @return Gaussian inputs rounded to multiples of 1/16 (exact in binary)
     */
    public static double[][] randomInputs(int count, int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] inputs = new double[count][dimension];
        for (double[] input : inputs) {
            for (int i = 0; i < dimension; i++) {
                input[i] = Math.round(16 * random.nextGaussian()) / 16.0;
            }
        }
        return inputs;
    }

    private static Rational[] exact(double[] values) {
        Rational[] result = new Rational[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = Rational.of(new BigDecimal(values[i]));
        }
        return result;
    }

    private static Rational[] veronese(Monomials basis, Rational[] x) {
        Rational[] v = new Rational[basis.size()];
        for (int i = 0; i < v.length; i++) {
            Monomial monomial = basis.get(i);
            Rational value = Rational.ONE;
            for (int j = 0; j < x.length; j++) {
                for (int e = 0; e < monomial.exponent(j); e++) {
                    value = value.mul(x[j]);
                }
            }
            v[i] = value;
        }
        return v;
    }
}
