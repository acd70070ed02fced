// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import java.util.Arrays;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * Polynomials in a fixed number of variables as a ring: evaluating a parametrization at
 * polynomial parameters yields its coefficients as exact polynomials, the equations of
 * membership and fibre systems.
 */
public final class PolynomialRing implements Ring<Polynomial> {

    private final int variables;

    /**
     * @param variables
     *            the number of variables of every element
     */
    public PolynomialRing(int variables) {
        this.variables = variables;
    }

    /** @return the variables x_1, ..., x_n as polynomials */
    public Polynomial[] symbols() {
        Polynomial[] x = new Polynomial[variables];
        for (int i = 0; i < variables; i++) {
            x[i] = Polynomial.variable(variables, i);
        }
        return x;
    }

    @Override
    public Polynomial zero() {
        return Polynomial.zero(variables);
    }

    @Override
    public Polynomial one() {
        return Polynomial.constant(variables, Rational.ONE);
    }

    @Override
    public Polynomial add(Polynomial a, Polynomial b) {
        return a.add(b);
    }

    @Override
    public Polynomial sub(Polynomial a, Polynomial b) {
        return a.sub(b);
    }

    @Override
    public Polynomial mul(Polynomial a, Polynomial b) {
        return a.mul(b);
    }

    @Override
    public Polynomial neg(Polynomial a) {
        return a.neg();
    }

    @Override
    public boolean isZero(Polynomial a) {
        return a.isZero();
    }

    @Override
    public Polynomial fromRational(Rational value) {
        return Polynomial.constant(variables, value);
    }

    @Override
    public Polynomial[] zeros(int length) {
        Polynomial[] a = new Polynomial[length];
        Arrays.fill(a, zero());
        return a;
    }
}
