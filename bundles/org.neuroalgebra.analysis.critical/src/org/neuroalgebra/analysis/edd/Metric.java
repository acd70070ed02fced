// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;

/**
 * A symmetric positive semidefinite form {@code ‖v‖²_Q = vᵀ Q v} on R^n with
 * exact rational entries (docs/MATHEMATICS.md §5–6), so that the critical equations have
 * rational coefficients and can be cross-checked exactly. Random metrics are
 * built from Gaussian matrices rounded to multiples of 1/16.
 */
public final class Metric {

    private final Rational[][] q;
    private final String description;
    private final List<Rational[]> kernel;

    private Metric(Rational[][] q, String description) {
        this.q = q;
        this.description = description;
        this.kernel = RationalMatrices.nullSpace(q, q.length);
    }

    /**
     * @param q
     *            a symmetric n × n matrix (the caller vouches that it is
     *            positive semidefinite)
     * @param description
     *            how it was obtained
     * @return the metric
     */
    public static Metric of(Rational[][] q, String description) {
        int n = q.length;
        Rational[][] copy = new Rational[n][];
        for (int i = 0; i < n; i++) {
            if (q[i].length != n) {
                throw new IllegalArgumentException("Q must be square"); //$NON-NLS-1$
            }
            copy[i] = q[i].clone();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (!copy[i][j].equals(copy[j][i])) {
                    throw new IllegalArgumentException("Q must be symmetric: Q[" + i + "][" + j + "] != Q[" + j + "][" + i + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                }
            }
        }
        return new Metric(copy, description);
    }

    /** @param n the dimension @return the Euclidean (Frobenius) form */
    public static Metric identity(int n) {
        Rational[] ones = new Rational[n];
        java.util.Arrays.fill(ones, Rational.ONE);
        return diagonal(ones, "identity"); //$NON-NLS-1$
    }

    /**
     * @param weights
     *            the diagonal, positive (or zero for a degenerate form)
     * @return the diagonal form
     */
    public static Metric diagonal(Rational... weights) {
        return diagonal(weights, "diagonal"); //$NON-NLS-1$
    }

    private static Metric diagonal(Rational[] weights, String description) {
        int n = weights.length;
        Rational[][] q = zero(n);
        for (int i = 0; i < n; i++) {
            if (weights[i].signum() < 0) {
                throw new IllegalArgumentException("diagonal weights must be >= 0"); //$NON-NLS-1$
            }
            q[i][i] = weights[i];
        }
        return new Metric(q, description);
    }

    /**
     * The Bombieri–Weyl form on binary forms of degree D in the coordinates
     * {@code c_i}, the coefficient of {@code x^{D−i} y^i}: weight
     * {@code 1/C(D, i)}.
     *
     * @param degree
     *            D ≥ 1
     * @return the form on R^{D+1}
     */
    public static Metric bombieriWeyl(int degree) {
        return bombieriWeyl(Monomials.homogeneous(2, degree), 1);
    }

    /**
     * The Bombieri–Weyl form in a monomial basis (docs/MATHEMATICS.md §6.7): the coefficient of
     * x^α in a form of degree D has weight {@code 1/multinomial(D; α) = α!/D!}, the inner product
     * for which {@code ‖(ℓ·x)^D‖ = ‖ℓ‖^D}. A basis of all monomials of degree at most D (networks
     * with biases) is homogenized with an extra variable x₀, {@code x^α ↦ x₀^{D−|α|} x^α}, and gets
     * the weights {@code 1/multinomial(D; D − |α|, α)} of forms of degree D in one more variable.
     * Several outputs: the orthogonal sum, the same weights for each output's block of
     * coordinates.
     *
     * @param basis
     *            the monomials of one output, in the order of the coordinates
     * @param outputs
     *            the number of outputs, ≥ 1
     * @return the form on R^{|basis| · outputs}
     */
    public static Metric bombieriWeyl(Monomials basis, int outputs) {
        int degree = basis.degree();
        BigInteger factorial = factorial(degree);
        Rational[] weights = new Rational[basis.size() * outputs];
        for (int v = 0; v < basis.size(); v++) {
            Monomial monomial = basis.get(v);
            // α! (D − |α|)!: the extra factor is 0! = 1 for a form
            BigInteger denominator = factorial(degree - monomial.degree());
            for (int exponent : monomial.exponents()) {
                denominator = denominator.multiply(factorial(exponent));
            }
            Rational weight = Rational.of(denominator, factorial);
            for (int k = 0; k < outputs; k++) {
                weights[k * basis.size() + v] = weight;
            }
        }
        String space = basis.isHomogeneous()
                ? "forms of degree " + degree + " in " + basis.variableCount() + " variables" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : "polynomials of degree <= " + degree + " in " + basis.variableCount() //$NON-NLS-1$ //$NON-NLS-2$
                        + " variables, homogenized with x0"; //$NON-NLS-1$
        return diagonal(weights, "Bombieri-Weyl (" + space + (outputs > 1 ? ", " + outputs + " outputs" : "") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    private static BigInteger factorial(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    /**
     * A generic positive definite form {@code BᵀB + I/10}, B an n × n
     * Gaussian matrix rounded to multiples of 1/16.
     *
     * @param n
     *            the dimension
     * @param seed
     *            the seed
     * @return the form
     */
    public static Metric randomPositiveDefinite(int n, long seed) {
        Rational[][] q = RationalMatrices.gram(gaussian(n, n, new SplittableRandom(seed)));
        for (int i = 0; i < n; i++) {
            q[i][i] = q[i][i].add(Rational.of(1, 10));
        }
        return new Metric(q, "random positive definite (seed " + seed + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * A generic positive semidefinite form {@code BᵀB} with a kernel of the
     * given dimension, B an (n − k) × n Gaussian matrix rounded to multiples
     * of 1/16.
     *
     * @param n
     *            the dimension
     * @param kernelDimension
     *            k, 0 ≤ k &lt; n
     * @param seed
     *            the seed
     * @return the form
     */
    public static Metric degenerate(int n, int kernelDimension, long seed) {
        if (kernelDimension < 0 || kernelDimension >= n) {
            throw new IllegalArgumentException("kernel dimension must be in [0, " + (n - 1) + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Rational[][] q = RationalMatrices.gram(gaussian(n - kernelDimension, n, new SplittableRandom(seed)));
        return new Metric(q, "random positive semidefinite with kernel dimension " + kernelDimension + " (seed " //$NON-NLS-1$ //$NON-NLS-2$
                + seed + ")"); //$NON-NLS-1$
    }

    /**
     * The form induced by a dataset: {@code Q = AᵀA} where row k of A is the
     * Veronese vector of input k (docs/MATHEMATICS.md §5).
     *
     * @param a
     *            the |S| × n data matrix
     * @return the form
     */
    public static Metric fromData(Rational[][] a) {
        return new Metric(RationalMatrices.gram(a), "data-induced AᵀA (" + a.length + " samples)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return n */
    public int dimension() {
        return q.length;
    }

    /**
     * @param i
     *            row
     * @param j
     *            column
     * @return Q[i][j]
     */
    public Rational entry(int i, int j) {
        return q[i][j];
    }

    /** @return Q in floating point */
    public double[][] toDouble() {
        double[][] result = new double[q.length][q.length];
        for (int i = 0; i < q.length; i++) {
            for (int j = 0; j < q.length; j++) {
                result[i][j] = q[i][j].doubleValue();
            }
        }
        return result;
    }

    /** @return an exact basis of ker Q (k vectors of length n) */
    public List<Rational[]> kernel() {
        return kernel.stream().map(Rational[]::clone).toList();
    }

    /** @return k = dim ker Q */
    public int kernelDimension() {
        return kernel.size();
    }

    /** @return how the form was obtained */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }

    private static Rational[][] zero(int n) {
        Rational[][] q = new Rational[n][n];
        for (Rational[] row : q) {
            java.util.Arrays.fill(row, Rational.ZERO);
        }
        return q;
    }

    private static Rational[][] gaussian(int rows, int columns, SplittableRandom random) {
        Rational[][] b = new Rational[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                b[i][j] = Rational.of(Math.round(16 * random.nextGaussian()), 16);
            }
        }
        return b;
    }
}
