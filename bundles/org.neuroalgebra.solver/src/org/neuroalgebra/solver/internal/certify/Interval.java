// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import java.math.BigInteger;

import org.neuroalgebra.algebra.number.Rational;

/**
 * A complex rectangle {@code [reLo, reHi] + i [imLo, imHi]} with arithmetic that
 * rounds outward: every bound computed in round-to-nearest is moved one ulp
 * away, which covers its rounding error of at most half an ulp. A NaN bound
 * never compares as inside anything, so a NaN anywhere fails a test instead
 * of passing it.
 */
public final class Interval {

    static final Interval ZERO = new Interval(0, 0, 0, 0);

    final double reLo;
    final double reHi;
    final double imLo;
    final double imHi;

    Interval(double reLo, double reHi, double imLo, double imHi) {
        this.reLo = reLo;
        this.reHi = reHi;
        this.imLo = imLo;
        this.imHi = imHi;
    }

    /** @return the exact point re + i im */
    static Interval point(double re, double im) {
        return new Interval(re, re, im, im);
    }

    /** @return the exact rectangle (re ± r) + i (im ± r), widened outward */
    static Interval around(double re, double im, double r) {
        return new Interval(Math.nextDown(re - r), Math.nextUp(re + r), Math.nextDown(im - r), Math.nextUp(im + r));
    }

    /** @return an enclosure of an exact rational number */
    static Interval of(Rational value) {
        double[] bounds = quotient(value.numerator(), 0, value.denominator());
        return new Interval(bounds[0], bounds[1], 0, 0);
    }

    /**
     * Encloses {@code m · 2^e / d} (d > 0) by two doubles: a quotient with at
     * least 64 significant bits is rounded to nearest, an error below one ulp
     * in total, then widened by one ulp each way.
     */
    static double[] quotient(BigInteger m, int e, BigInteger d) {
        if (m.signum() == 0) {
            return new double[] { 0, 0 };
        }
        int shift = Math.max(0, 66 + d.bitLength() - m.bitLength());
        BigInteger q = m.shiftLeft(shift).divide(d);
        double approx = Math.scalb(q.doubleValue(), e - shift);
        if (Double.isInfinite(approx) || Double.isNaN(approx)) {
            return new double[] { Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY };
        }
        // Near the subnormal range scalb itself rounds; two ulps of margin cover it and the truncation.
        double lo = Math.nextDown(Math.nextDown(approx));
        double hi = Math.nextUp(Math.nextUp(approx));
        if (approx == 0) {
            return m.signum() > 0 ? new double[] { 0, Double.MIN_VALUE } : new double[] { -Double.MIN_VALUE, 0 };
        }
        return new double[] { lo, hi };
    }

    static double down(double x) {
        return Math.nextDown(x);
    }

    static double up(double x) {
        return Math.nextUp(x);
    }

    Interval add(Interval o) {
        return new Interval(down(reLo + o.reLo), up(reHi + o.reHi), down(imLo + o.imLo), up(imHi + o.imHi));
    }

    Interval sub(Interval o) {
        return new Interval(down(reLo - o.reHi), up(reHi - o.reLo), down(imLo - o.imHi), up(imHi - o.imLo));
    }

    Interval mul(Interval o) {
        double[] ac = realMul(reLo, reHi, o.reLo, o.reHi);
        double[] bd = realMul(imLo, imHi, o.imLo, o.imHi);
        double[] ad = realMul(reLo, reHi, o.imLo, o.imHi);
        double[] bc = realMul(imLo, imHi, o.reLo, o.reHi);
        return new Interval(down(ac[0] - bd[1]), up(ac[1] - bd[0]), down(ad[0] + bc[0]), up(ad[1] + bc[1]));
    }

    /** Product of real intervals, each bound already rounded outward. */
    static double[] realMul(double a, double b, double c, double d) {
        if (a == b && c == d) {
            double p = a * c;
            return isExactZero(a, c) ? new double[] { 0, 0 } : new double[] { down(p), up(p) };
        }
        double p1 = a * c;
        double p2 = a * d;
        double p3 = b * c;
        double p4 = b * d;
        double lo = Math.min(Math.min(p1, p2), Math.min(p3, p4));
        double hi = Math.max(Math.max(p1, p2), Math.max(p3, p4));
        if (Double.isNaN(p1) || Double.isNaN(p2) || Double.isNaN(p3) || Double.isNaN(p4)) {
            return new double[] { Double.NaN, Double.NaN };
        }
        return new double[] { down(lo), up(hi) };
    }

    private static boolean isExactZero(double a, double c) {
        return a == 0 || c == 0;
    }

    /** @return an upper bound of max(|re|, |im|) over the rectangle */
    double magnitude() {
        return Math.max(Math.max(Math.abs(reLo), Math.abs(reHi)), Math.max(Math.abs(imLo), Math.abs(imHi)));
    }

    /** @return true when both parts lie strictly inside (-r, r) */
    boolean strictlyInside(double r) {
        return -r < reLo && reHi < r && -r < imLo && imHi < r;
    }

    /** @return true when the rectangle meets the real axis */
    boolean meetsRealAxis() {
        return imLo <= 0 && 0 <= imHi;
    }

    boolean isFinite() {
        return Double.isFinite(reLo) && Double.isFinite(reHi) && Double.isFinite(imLo) && Double.isFinite(imHi);
    }

    @Override
    public String toString() {
        return "[" + reLo + ", " + reHi + "] + i[" + imLo + ", " + imHi + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
