// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

/**
 * Packs a monomial in n variables into one {@code long}: the total degree in
 * the most significant field (at least 8 bits), then the exponent of the last
 * variable, ..., the exponent of the first variable in the least significant
 * field, n fields of w bits.
 * <p>
 * Why this layout: the top bit of every field (its "guard" bit) stays clear,
 * so multiplication is one addition with one test of the guard bits for
 * overflow, divisibility is one subtraction on guard bits, and graded reverse
 * lexicographic order is an unsigned comparison after flipping the exponent
 * fields: a higher degree wins, then the smaller exponent of the last
 * variable, and so on.
 */
public final class MonomialLayout {

    /** The largest number of variables that still leaves 4 bits per exponent. */
    public static final int MAX_VARIABLES = 14;

    private static final int MIN_DEGREE_BITS = 8;

    private final int variableCount;
    private final int width;
    private final long fieldMask;
    private final long exponentGuards;
    private final long guardBits;
    private final long exponentMask;
    private final int maxExponent;
    private final int maxDegree;

    /**
     * @param variableCount
     *            the number of variables, 1 to {@link #MAX_VARIABLES}
     */
    public MonomialLayout(int variableCount) {
        if (variableCount < 1 || variableCount > MAX_VARIABLES) {
            throw new IllegalArgumentException("the Gröbner engine packs monomials into 64 bits and supports 1 to " //$NON-NLS-1$
                    + MAX_VARIABLES + " variables (including one per saturation), not " + variableCount); //$NON-NLS-1$
        }
        this.variableCount = variableCount;
        this.width = Math.min(16, (64 - MIN_DEGREE_BITS) / variableCount);
        this.fieldMask = (1L << width) - 1;
        long guards = 0;
        for (int i = 0; i < variableCount; i++) {
            guards |= 1L << (i * width + width - 1);
        }
        this.exponentGuards = guards;
        this.guardBits = guards | Long.MIN_VALUE;
        this.exponentMask = (1L << (variableCount * width)) - 1;
        this.maxExponent = (1 << (width - 1)) - 1;
        this.maxDegree = (int) Math.min(Integer.MAX_VALUE, (1L << (63 - variableCount * width)) - 1);
    }

    /** @return the number of variables */
    public int variableCount() {
        return variableCount;
    }

    /** @return the largest exponent of one variable a monomial may have */
    public int maxExponent() {
        return maxExponent;
    }

    /** @return the largest total degree a monomial may have */
    public int maxDegree() {
        return maxDegree;
    }

    /**
     * @param exponents
     *            the exponent of each variable
     * @return the packed monomial
     * @throws ArithmeticException
     *             if an exponent exceeds {@link #maxExponent()} or the degree
     *             {@link #maxDegree()}
     */
    public long pack(int[] exponents) {
        long degree = 0;
        long m = 0;
        for (int i = 0; i < variableCount; i++) {
            if (exponents[i] < 0) {
                throw new IllegalArgumentException("negative exponent"); //$NON-NLS-1$
            }
            if (exponents[i] > maxExponent) {
                throw overflow();
            }
            degree += exponents[i];
            m |= ((long) exponents[i]) << (i * width);
        }
        if (degree > maxDegree) {
            throw overflow();
        }
        return m | (degree << (variableCount * width));
    }

    private ArithmeticException overflow() {
        return new ArithmeticException("a monomial exceeds the packed range: with " + variableCount //$NON-NLS-1$
                + " variables, exponents up to " + maxExponent + " and degrees up to " + maxDegree); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param variable
     *            0-based variable index
     * @return the packed monomial x_variable
     */
    public long variable(int variable) {
        return (1L << (variable * width)) | (1L << (variableCount * width));
    }

    /**
     * @param m
     *            a packed monomial
     * @return its exponent vector
     */
    public int[] unpack(long m) {
        int[] e = new int[variableCount];
        for (int i = 0; i < variableCount; i++) {
            e[i] = exponent(m, i);
        }
        return e;
    }

    /** @return the exponent of a variable in m */
    public int exponent(long m, int variable) {
        return (int) ((m >>> (variable * width)) & fieldMask);
    }

    /** @return the total degree of m */
    public int degree(long m) {
        return (int) (m >>> (variableCount * width));
    }

    /**
     * @return a · b
     * @throws ArithmeticException
     *             if an exponent or the degree of the product leaves the
     *             packed range
     */
    public long multiply(long a, long b) {
        // fields below their guard bits cannot carry into the next field
        long product = a + b;
        if ((product & guardBits) != 0) {
            throw overflow();
        }
        return product;
    }

    /** @return true when a divides b */
    public boolean divides(long a, long b) {
        return (((b | guardBits) - a) & guardBits) == guardBits;
    }

    /** @return b / a, provided that a divides b */
    public long quotient(long b, long a) {
        return b - a;
    }

    /** @return the least common multiple of a and b */
    public long lcm(long a, long b) {
        long aAtLeastB = ((a | exponentGuards) - b) & exponentGuards;
        long mask = (aAtLeastB >>> (width - 1)) * fieldMask;
        long max = ((a & mask) | (b & ~mask)) & exponentMask;
        long degree = 0;
        for (int i = 0; i < variableCount; i++) {
            degree += exponent(max, i);
        }
        if (degree > maxDegree) {
            throw overflow();
        }
        return max | (degree << (variableCount * width));
    }

    /** @return true when a and b have no variable in common */
    public boolean coprime(long a, long b) {
        for (int i = 0; i < variableCount; i++) {
            if (exponent(a, i) != 0 && exponent(b, i) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares in graded reverse lexicographic order.
     *
     * @return negative, zero or positive as a is smaller than, equal to or
     *         larger than b
     */
    public int compare(long a, long b) {
        return Long.compareUnsigned(a ^ exponentMask, b ^ exponentMask);
    }

    /**
     * @return a key whose unsigned order is the graded reverse lexicographic
     *         order of the monomials
     */
    public long orderKey(long m) {
        return m ^ exponentMask;
    }
}
