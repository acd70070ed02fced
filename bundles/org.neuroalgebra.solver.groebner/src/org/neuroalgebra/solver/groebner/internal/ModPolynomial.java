// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.Arrays;

/**
 * An immutable polynomial over Z/p: packed monomials (see
 * {@link MonomialLayout}) in decreasing graded reverse lexicographic order
 * and their non-zero coefficients in [1, p). The arrays are shared, never
 * modified.
 */
public final class ModPolynomial {

    private final long[] monomials;
    private final int[] coefficients;

    /**
     * @param monomials
     *            distinct packed monomials in decreasing order
     * @param coefficients
     *            the matching non-zero residues
     */
    ModPolynomial(long[] monomials, int[] coefficients) {
        this.monomials = monomials;
        this.coefficients = coefficients;
    }

    /**
     * Collects terms given in any order, adding the coefficients of equal
     * monomials and dropping zeros.
     *
     * @param layout
     *            the monomial layout
     * @param prime
     *            the prime
     * @param monomials
     *            packed monomials, possibly repeated
     * @param coefficients
     *            residues in [0, p)
     * @return the polynomial
     */
    public static ModPolynomial of(MonomialLayout layout, long prime, long[] monomials, long[] coefficients) {
        int n = monomials.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = layout.orderKey(monomials[i]) ^ Long.MIN_VALUE;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[b], keys[a]));
        long[] m = new long[n];
        int[] c = new int[n];
        int size = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (size > 0 && m[size - 1] == monomials[i]) {
                c[size - 1] = (int) ((c[size - 1] + coefficients[i]) % prime);
                if (c[size - 1] == 0) {
                    size--;
                }
            } else if (coefficients[i] % prime != 0) {
                m[size] = monomials[i];
                c[size] = (int) (coefficients[i] % prime);
                size++;
            }
        }
        return new ModPolynomial(Arrays.copyOf(m, size), Arrays.copyOf(c, size));
    }

    /** @return the number of terms */
    public int size() {
        return monomials.length;
    }

    /** @return true for the zero polynomial */
    public boolean isZero() {
        return monomials.length == 0;
    }

    /** @return the leading (largest) monomial; undefined for zero */
    public long leadingMonomial() {
        return monomials[0];
    }

    /** @return the packed monomial of term i (0 is the leading term) */
    public long monomial(int i) {
        return monomials[i];
    }

    /** @return the coefficient of term i */
    public int coefficient(int i) {
        return coefficients[i];
    }

    int[] coefficients() {
        return coefficients;
    }

    /**
     * @param prime
     *            the prime
     * @return this polynomial divided by its leading coefficient
     */
    public ModPolynomial monic(long prime) {
        if (isZero() || coefficients[0] == 1) {
            return this;
        }
        long inverse = Residues.inverse(coefficients[0], prime);
        int[] c = new int[coefficients.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (int) (coefficients[i] * inverse % prime);
        }
        return new ModPolynomial(monomials, c);
    }

    /** @return the polynomial without its leading term */
    public ModPolynomial tail() {
        return new ModPolynomial(Arrays.copyOfRange(monomials, 1, monomials.length),
                Arrays.copyOfRange(coefficients, 1, coefficients.length));
    }

    /**
     * @param monomial
     *            a packed monomial
     * @param coefficient
     *            a residue
     * @return the polynomial with one more term, which must be larger than
     *         every term of this one
     */
    public ModPolynomial withLeadingTerm(long monomial, int coefficient) {
        long[] m = new long[monomials.length + 1];
        int[] c = new int[m.length];
        m[0] = monomial;
        c[0] = coefficient;
        System.arraycopy(monomials, 0, m, 1, monomials.length);
        System.arraycopy(coefficients, 0, c, 1, coefficients.length);
        return new ModPolynomial(m, c);
    }
}
