// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;

/** Exact substitution of values for the trailing variables (the parameters) of a polynomial. */
public final class Substitution {

    private Substitution() {
    }

    /**
     * @param f
     *            a polynomial in variableCount + values.length variables
     * @param variableCount
     *            the number of leading variables that stay
     * @param values
     *            exact values of the trailing variables
     * @return f with the values substituted, in variableCount variables
     */
    public static Polynomial substituteTrailing(Polynomial f, int variableCount, Rational[] values) {
        if (f.variableCount() != variableCount + values.length) {
            throw new IllegalArgumentException("the polynomial has " + f.variableCount() + " variables, expected " //$NON-NLS-1$ //$NON-NLS-2$
                    + (variableCount + values.length));
        }
        Map<Monomial, Rational> coefficients = new HashMap<>();
        for (Polynomial.Term term : f.terms()) {
            int[] e = term.exponents();
            Rational c = term.coefficient();
            for (int p = 0; p < values.length; p++) {
                if (e[variableCount + p] > 0) {
                    c = c.mul(values[p].pow(e[variableCount + p]));
                }
            }
            coefficients.merge(Monomial.of(Arrays.copyOf(e, variableCount)), c, Rational::add);
        }
        return Polynomial.of(variableCount, coefficients);
    }
}
