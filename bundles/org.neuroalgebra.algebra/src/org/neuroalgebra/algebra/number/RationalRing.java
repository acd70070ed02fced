// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

import java.util.Arrays;

/** The rational numbers as a {@link Ring}. */
final class RationalRing implements Ring<Rational> {

    @Override
    public Rational zero() {
        return Rational.ZERO;
    }

    @Override
    public Rational one() {
        return Rational.ONE;
    }

    @Override
    public Rational add(Rational a, Rational b) {
        return a.add(b);
    }

    @Override
    public Rational sub(Rational a, Rational b) {
        return a.sub(b);
    }

    @Override
    public Rational mul(Rational a, Rational b) {
        return a.mul(b);
    }

    @Override
    public Rational neg(Rational a) {
        return a.neg();
    }

    @Override
    public boolean isZero(Rational a) {
        return a.isZero();
    }

    @Override
    public Rational fromRational(Rational value) {
        return value;
    }

    @Override
    public Rational[] zeros(int length) {
        Rational[] a = new Rational[length];
        Arrays.fill(a, Rational.ZERO);
        return a;
    }

    @Override
    public String toString() {
        return "Q"; //$NON-NLS-1$
    }
}
