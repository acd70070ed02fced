// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable monomial x₁^e₁ ⋯ xₙ^eₙ, given by its exponent vector.
 * <p>
 * Monomials are ordered <b>graded lexicographically</b>: first by total
 * degree, then by the first exponent, then the second, and so on; a larger
 * value comes later in {@link #compareTo}. So x₁² &gt; x₁x₂ &gt; x₂² &gt; x₁
 * &gt; x₂ &gt; 1. Polynomials list their terms and {@link Monomials} lists its
 * coordinates in <em>decreasing</em> order of this comparison (leading term
 * first), the usual way of writing polynomials.
 */
public final class Monomial implements Comparable<Monomial> {

    private final int[] exponents;
    private final int degree;

    private Monomial(int[] exponents, int degree) {
        this.exponents = exponents;
        this.degree = degree;
    }

    /**
     * @param exponents
     *            non-negative exponents, one per variable (copied)
     * @return the monomial
     */
    public static Monomial of(int... exponents) {
        int degree = 0;
        for (int e : exponents) {
            if (e < 0) {
                throw new IllegalArgumentException("negative exponent in " + Arrays.toString(exponents)); //$NON-NLS-1$
            }
            degree = Math.addExact(degree, e);
        }
        return new Monomial(exponents.clone(), degree);
    }

    /**
     * @param variableCount
     *            the number of variables
     * @return the monomial 1
     */
    public static Monomial one(int variableCount) {
        return new Monomial(new int[variableCount], 0);
    }

    /**
     * @param variableCount
     *            the number of variables
     * @param variable
     *            the 0-based index of the variable
     * @return the monomial x_variable
     */
    public static Monomial variable(int variableCount, int variable) {
        int[] e = new int[variableCount];
        e[variable] = 1;
        return new Monomial(e, 1);
    }

    /** @return the number of variables */
    public int variableCount() {
        return exponents.length;
    }

    /**
     * @param variable
     *            0-based variable index
     * @return its exponent
     */
    public int exponent(int variable) {
        return exponents[variable];
    }

    /** @return a copy of the exponent vector */
    public int[] exponents() {
        return exponents.clone();
    }

    /** @return the total degree */
    public int degree() {
        return degree;
    }

    /**
     * @param other
     *            a monomial in the same variables
     * @return the product
     */
    public Monomial mul(Monomial other) {
        checkSameVariables(other);
        int[] e = new int[exponents.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.addExact(exponents[i], other.exponents[i]);
        }
        return new Monomial(e, Math.addExact(degree, other.degree));
    }

    private void checkSameVariables(Monomial other) {
        if (other.exponents.length != exponents.length) {
            throw new IllegalArgumentException("monomials in " + exponents.length + " and " //$NON-NLS-1$ //$NON-NLS-2$
                    + other.exponents.length + " variables"); //$NON-NLS-1$
        }
    }

    /**
     * Writes the monomial as a product of powers, e.g. {@code x1^2*x2}; the
     * monomial 1 is written {@code 1}.
     *
     * @param variableNames
     *            one name per variable
     * @return the text
     */
    public String toString(List<String> variableNames) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < exponents.length; i++) {
            if (exponents[i] == 0) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('*');
            }
            sb.append(variableNames.get(i));
            if (exponents[i] > 1) {
                sb.append('^').append(exponents[i]);
            }
        }
        return sb.isEmpty() ? "1" : sb.toString(); //$NON-NLS-1$
    }

    /** @return the monomial in the variables x1, x2, ... */
    @Override
    public String toString() {
        return toString(Polynomial.defaultVariableNames(exponents.length));
    }

    @Override
    public int compareTo(Monomial other) {
        checkSameVariables(other);
        if (degree != other.degree) {
            return Integer.compare(degree, other.degree);
        }
        return Arrays.compare(exponents, other.exponents);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Monomial other && Arrays.equals(exponents, other.exponents);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(exponents);
    }
}
