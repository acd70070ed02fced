// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import java.math.BigInteger;

/**
 * An exact complex dyadic number {@code (re + i im) · 2^exponent}. Every
 * double is one, and sums and products stay exact, so a polynomial with
 * integer coefficients evaluates exactly at a floating-point point.
 */
final class ExactComplex {

    static final ExactComplex ZERO = new ExactComplex(BigInteger.ZERO, BigInteger.ZERO, 0);

    private final BigInteger re;
    private final BigInteger im;
    private final int exponent;

    private ExactComplex(BigInteger re, BigInteger im, int exponent) {
        this.re = re;
        this.im = im;
        this.exponent = exponent;
    }

    static ExactComplex integer(BigInteger value) {
        return new ExactComplex(value, BigInteger.ZERO, 0);
    }

    /** @return re + i im exactly (both finite) */
    static ExactComplex of(double re, double im) {
        if (re == 0 && im == 0) {
            return ZERO;
        }
        int e = Math.min(exponentOf(re), exponentOf(im));
        return new ExactComplex(mantissa(re, e), mantissa(im, e), e);
    }

    /** @return the exponent of the last bit of a finite double (0 for zero) */
    private static int exponentOf(double x) {
        if (x == 0) {
            return Integer.MAX_VALUE;
        }
        int e = Math.getExponent(x);
        return (e < Double.MIN_EXPONENT ? Double.MIN_EXPONENT : e) - 52;
    }

    /** @return x / 2^e, an integer because e is at most the exponent of x's last bit */
    private static BigInteger mantissa(double x, int e) {
        if (x == 0) {
            return BigInteger.ZERO;
        }
        int own = exponentOf(x);
        long bits = (long) Math.scalb(Math.abs(x), -own);
        BigInteger m = BigInteger.valueOf(bits).shiftLeft(own - e);
        return x < 0 ? m.negate() : m;
    }

    ExactComplex mul(ExactComplex o) {
        return new ExactComplex(re.multiply(o.re).subtract(im.multiply(o.im)),
                re.multiply(o.im).add(im.multiply(o.re)), exponent + o.exponent);
    }

    ExactComplex add(ExactComplex o) {
        if (exponent <= o.exponent) {
            int shift = o.exponent - exponent;
            return new ExactComplex(re.add(o.re.shiftLeft(shift)), im.add(o.im.shiftLeft(shift)), exponent);
        }
        return o.add(this);
    }

    /** @return an outward-rounded enclosure of this / d (d > 0) */
    Interval divide(BigInteger d) {
        double[] r = Interval.quotient(re, exponent, d);
        double[] i = Interval.quotient(im, exponent, d);
        return new Interval(r[0], r[1], i[0], i[1]);
    }
}
