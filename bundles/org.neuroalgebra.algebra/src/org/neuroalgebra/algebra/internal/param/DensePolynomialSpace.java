// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.poly.Monomials;

/**
 * Dense polynomials of degree at most D in n variables with coefficients in
 * any ring, as plain arrays, for forward propagation through networks. The
 * space itself holds only the monomial bookkeeping and is shared by all rings.
 * <p>
 * The working order is the reverse of the affine basis order of
 * {@link Monomials#upTo}: increasing degree, so a polynomial of degree at most
 * a is the prefix of length C(n + a, a) and grows by appending. Working index
 * w of a monomial is N − 1 − (its index in {@code Monomials.upTo(n, D)}),
 * N = C(n + D, D); so the coefficient of the i-th element of either the
 * affine or the homogeneous degree-D basis sits at w = N − 1 − i.
 */
public final class DensePolynomialSpace {

    private final int variableCount;
    private final Monomials basis;
    private final int[][] exponents;
    private final int[] degreeOffsets;
    private final int[] prefixSizes;

    /**
     * @param variableCount
     *            n
     * @param maxDegree
     *            D
     */
    public DensePolynomialSpace(int variableCount, int maxDegree) {
        this.variableCount = variableCount;
        this.basis = Monomials.upTo(variableCount, maxDegree);
        int n = basis.size();
        this.exponents = new int[n][];
        for (int w = 0; w < n; w++) {
            exponents[w] = basis.get(n - 1 - w).exponents();
        }
        this.degreeOffsets = new int[maxDegree + 1];
        this.prefixSizes = new int[maxDegree + 1];
        for (int d = 0; d <= maxDegree; d++) {
            degreeOffsets[d] = basis.offsetOfDegree(d);
            // the monomials of degree ≤ d are those after the ones of higher degree
            prefixSizes[d] = n - degreeOffsets[d];
        }
    }

    /** @return N, the number of monomials of degree ≤ D */
    public int size() {
        return exponents.length;
    }

    /**
     * @param degree
     *            a degree at most D
     * @return the array length of a polynomial of that degree
     */
    public int size(int degree) {
        return prefixSizes[degree];
    }

    /**
     * @param <T>
     *            the ring's element type
     * @param ring
     *            the coefficient ring
     * @param variable
     *            0-based variable index
     * @return the polynomial x_variable (degree 1)
     */
    public <T> T[] variable(Ring<T> ring, int variable) {
        T[] p = ring.zeros(size(1));
        // the working order lists degree-1 monomials as x_n, ..., x_1
        p[size(1) - 1 - variable] = ring.one();
        return p;
    }

    /**
     * Adds factor · source to target in place.
     *
     * @param <T>
     *            the ring's element type
     * @param ring
     *            the coefficient ring
     * @param target
     *            an array at least as long as source
     * @param factor
     *            the scalar
     * @param source
     *            a polynomial
     */
    public static <T> void addScaled(Ring<T> ring, T[] target, T factor, T[] source) {
        if (ring.isZero(factor)) {
            return;
        }
        for (int i = 0; i < source.length; i++) {
            if (!ring.isZero(source[i])) {
                target[i] = ring.mulAdd(target[i], factor, source[i]);
            }
        }
    }

    /**
     * @param <T>
     *            the ring's element type
     * @param ring
     *            the coefficient ring
     * @param a
     *            a polynomial of degree at most degreeA (array of length size(degreeA))
     * @param degreeA
     *            its degree bound
     * @param b
     *            a polynomial of degree at most degreeB
     * @param degreeB
     *            its degree bound
     * @return a · b, of degree at most degreeA + degreeB ≤ D
     * @throws CancellationException
     *             when the thread is interrupted: with symbolic coefficients one product can take
     *             minutes, and an interrupt is how a computation past its time limit is told to
     *             stop (the flag stays set for the caller)
     */
    public <T> T[] multiply(Ring<T> ring, T[] a, int degreeA, T[] b, int degreeB) {
        T[] product = ring.zeros(size(degreeA + degreeB));
        int[] e = new int[variableCount];
        int n = exponents.length;
        Thread thread = Thread.currentThread();
        for (int i = 0; i < a.length; i++) {
            if (ring.isZero(a[i])) {
                continue;
            }
            int[] ei = exponents[i];
            for (int j = 0; j < b.length; j++) {
                if (ring.isZero(b[j])) {
                    continue;
                }
                if (thread.isInterrupted()) {
                    throw new CancellationException("interrupted while expanding a product of polynomials"); //$NON-NLS-1$
                }
                int[] ej = exponents[j];
                int degree = 0;
                for (int k = 0; k < variableCount; k++) {
                    e[k] = ei[k] + ej[k];
                    degree += e[k];
                }
                int w = n - 1 - degreeOffsets[degree] - basis.rankInDegree(e);
                product[w] = ring.mulAdd(product[w], a[i], b[j]);
            }
        }
        return product;
    }
}
