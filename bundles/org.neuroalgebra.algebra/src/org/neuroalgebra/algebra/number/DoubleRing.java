// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

import java.util.Arrays;

/** The floating-point numbers as a {@link Ring}. */
final class DoubleRing implements Ring<Double> {

    private static final Double ZERO = 0.0;
    private static final Double ONE = 1.0;

    @Override
    public Double zero() {
        return ZERO;
    }

    @Override
    public Double one() {
        return ONE;
    }

    @Override
    public Double add(Double a, Double b) {
        return a + b;
    }

    @Override
    public Double sub(Double a, Double b) {
        return a - b;
    }

    @Override
    public Double mul(Double a, Double b) {
        return a * b;
    }

    @Override
    public Double neg(Double a) {
        return -a;
    }

    @Override
    public boolean isZero(Double a) {
        return a == 0.0;
    }

    @Override
    public Double fromRational(Rational value) {
        return value.doubleValue();
    }

    @Override
    public Double[] zeros(int length) {
        Double[] a = new Double[length];
        Arrays.fill(a, ZERO);
        return a;
    }

    @Override
    public String toString() {
        return "double"; //$NON-NLS-1$
    }
}
