// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The monomial basis of a space of polynomials in n variables: all monomials
 * of degree exactly D (homogeneous) or of degree at most D (affine). These are
 * the coordinates of the Veronese map v_D and of the ambient spaces V of
 * neuromanifolds (docs/MATHEMATICS.md §2).
 * <p>
 * <b>Order</b>: decreasing graded lexicographic order (see {@link Monomial}):
 * higher degree first; within one degree, a larger exponent of x1 first, then
 * of x2, and so on. For n = 2, D = 2 the affine basis is
 * {@code x1^2, x1*x2, x2^2, x1, x2, 1} and the homogeneous one
 * {@code x1^2, x1*x2, x2^2}. Polynomials print their terms in the same order.
 * <p>
 * Indices are computed by a closed formula, never by search, and
 * {@link #count} uses binomials, so a size can be checked before anything is
 * enumerated.
 */
public final class Monomials extends AbstractList<Monomial> {

    private final int variableCount;
    private final int degree;
    private final boolean homogeneous;
    private final int size;
    /**
     * pascal[a][j] = C(a, j) for a ≤ n + D and j ≤ D, saturated at
     * Long.MAX_VALUE; every binomial used below has a − k ≤ D, so it is found
     * at pascal[a][min(k, a − k)].
     */
    private final long[][] pascal;

    private Monomials(int variableCount, int degree, boolean homogeneous) {
        if (variableCount < 1 || degree < 0) {
            throw new IllegalArgumentException("need n >= 1 variables and degree >= 0"); //$NON-NLS-1$
        }
        this.variableCount = variableCount;
        this.degree = degree;
        this.homogeneous = homogeneous;
        this.size = count(variableCount, degree, homogeneous).intValueExact();
        this.pascal = pascal(variableCount + degree, degree);
    }

    private static long[][] pascal(int rows, int columns) {
        long[][] table = new long[rows + 1][columns + 1];
        for (int a = 0; a <= rows; a++) {
            table[a][0] = 1;
            for (int k = 1; k <= Math.min(a, columns); k++) {
                long sum = table[a - 1][k - 1] + table[a - 1][k];
                table[a][k] = sum < 0 ? Long.MAX_VALUE : sum;
            }
        }
        return table;
    }

    private int choose(int a, int k) {
        return k < 0 || k > a ? 0 : Math.toIntExact(pascal[a][Math.min(k, a - k)]);
    }

    /**
     * @param variableCount
     *            n ≥ 1
     * @param degree
     *            D ≥ 0
     * @return the monomials of degree exactly D
     * @throws ArithmeticException
     *             if there are more than {@link Integer#MAX_VALUE}
     */
    public static Monomials homogeneous(int variableCount, int degree) {
        return new Monomials(variableCount, degree, true);
    }

    /**
     * @param variableCount
     *            n ≥ 1
     * @param degree
     *            D ≥ 0
     * @return the monomials of degree at most D
     * @throws ArithmeticException
     *             if there are more than {@link Integer#MAX_VALUE}
     */
    public static Monomials upTo(int variableCount, int degree) {
        return new Monomials(variableCount, degree, false);
    }

    /**
     * Counts without enumerating: C(n + D − 1, D) monomials of degree exactly
     * D, C(n + D, D) of degree at most D.
     *
     * @param variableCount
     *            n ≥ 1
     * @param degree
     *            D ≥ 0
     * @param homogeneous
     *            whether only degree D counts
     * @return the number of monomials
     */
    public static BigInteger count(int variableCount, int degree, boolean homogeneous) {
        int top = homogeneous ? variableCount + degree - 1 : variableCount + degree;
        return binomial(top, degree);
    }

    /**
     * @param n
     *            n ≥ 0
     * @param k
     *            any k
     * @return the binomial coefficient C(n, k), 0 outside 0 ≤ k ≤ n
     */
    public static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        int kk = Math.min(k, n - k);
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= kk; i++) {
            // exact at every step: the product of i consecutive integers is divisible by i!
            result = result.multiply(BigInteger.valueOf(n - kk + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    /** @return n */
    public int variableCount() {
        return variableCount;
    }

    /** @return D */
    public int degree() {
        return degree;
    }

    /** @return true for degree exactly D, false for degree at most D */
    public boolean isHomogeneous() {
        return homogeneous;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Monomial get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int d = degree;
        int rest = index;
        int block = blockSize(d);
        while (rest >= block) {
            rest -= block;
            block = blockSize(--d);
        }
        return unrank(d, rest);
    }

    /**
     * @param monomial
     *            a monomial in n variables
     * @return its index in this basis, or -1 if it is not a basis element
     */
    @Override
    public int indexOf(Object monomial) {
        if (!(monomial instanceof Monomial m) || m.variableCount() != variableCount) {
            return -1;
        }
        int d = m.degree();
        if (d > degree || homogeneous && d != degree) {
            return -1;
        }
        return offsetOfDegree(d) + rankInDegree(m.exponents());
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /**
     * The position of an exponent vector among all exponent vectors of the
     * same total degree in decreasing lexicographic order. It counts the
     * vectors that are larger: those that agree on the first i entries and are
     * larger in entry i, which by the hockey-stick identity number
     * C(R − e_i + n − i − 2, n − i − 1) with R the degree left at entry i.
     *
     * @param exponents
     *            an exponent vector in n variables of degree at most D
     * @return the 0-based rank within its degree
     */
    public int rankInDegree(int[] exponents) {
        int n = variableCount;
        int left = 0;
        for (int e : exponents) {
            left += e;
        }
        int rank = 0;
        for (int i = 0; i < n - 1; i++) {
            int slack = left - exponents[i];
            if (slack > 0) {
                rank += choose(slack + n - i - 2, n - i - 1);
            }
            left -= exponents[i];
        }
        return rank;
    }

    private int blockSize(int d) {
        return choose(variableCount + d - 1, variableCount - 1);
    }

    /**
     * @param d
     *            a degree at most D
     * @return the index of the first monomial of degree d in the affine basis
     *         of degree at most D (for the homogeneous basis only d = D is
     *         valid, at index 0)
     */
    public int offsetOfDegree(int d) {
        int above = 0;
        for (int e = degree; e > d; e--) {
            above += blockSize(e);
        }
        return above;
    }

    private Monomial unrank(int d, int rank) {
        int[] e = new int[variableCount];
        int left = d;
        int rest = rank;
        for (int i = 0; i < variableCount - 1; i++) {
            // try exponents from the largest down; each choice e covers
            // C(left − e + n − i − 2, n − i − 2) vectors of the remaining entries
            int ei = left;
            while (true) {
                int covered = choose(left - ei + variableCount - i - 2, variableCount - i - 2);
                if (rest < covered) {
                    break;
                }
                rest -= covered;
                ei--;
            }
            e[i] = ei;
            left -= ei;
        }
        e[variableCount - 1] = left;
        return Monomial.of(e);
    }

    /**
     * @param variableNames
     *            one name per variable
     * @return the name of every basis monomial, e.g. {@code x1^2}, {@code x1*x2}
     */
    public List<String> names(List<String> variableNames) {
        List<String> names = new ArrayList<>(size);
        for (Monomial m : this) {
            names.add(m.toString(variableNames));
        }
        return names;
    }
}
