// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.math.BigDecimal;
import java.math.MathContext;

import org.neuroalgebra.algebra.number.Rational;

/**
 * Double-double arithmetic: a real number is an unevaluated sum hi + lo of two
 * doubles with |lo| ≤ ulp(hi)/2, about 106 significant bits (32 digits). Built
 * on the error-free transformations two-sum (Knuth) and two-product (with
 * {@link Math#fma}), following Hida–Li–Bailey's QD library.
 * <p>
 * Nothing is allocated: a real is two consecutive doubles of an array, a
 * complex is four ({@code re.hi, re.lo, im.hi, im.lo}); every operation reads
 * its inputs before it writes its output, so outputs may alias inputs. Vectors
 * of complex numbers use 4 doubles per entry, matrices are row-major.
 */
final class DoubleDouble {

    private static final MathContext CONVERSION = new MathContext(40);

    private DoubleDouble() {
    }

    /** out[o..o+1] = a + b (accurate: both error terms are kept). */
    static void add(double ah, double al, double bh, double bl, double[] out, int o) {
        double s = ah + bh;
        double bb = s - ah;
        double e = (ah - (s - bb)) + (bh - bb);
        double t = al + bl;
        double tb = t - al;
        double f = (al - (t - tb)) + (bl - tb);
        e += t;
        double hi = s + e;
        e -= hi - s;
        e += f;
        double h2 = hi + e;
        out[o] = h2;
        out[o + 1] = e - (h2 - hi);
    }

    /** out[o..o+1] = a · b. */
    static void mul(double ah, double al, double bh, double bl, double[] out, int o) {
        double p = ah * bh;
        double e = Math.fma(ah, bh, -p) + (ah * bl + al * bh);
        double hi = p + e;
        out[o] = hi;
        out[o + 1] = e - (hi - p);
    }

    /** out[o..o+1] = a / b, by long division with three quotient digits; out serves as scratch. */
    static void div(double ah, double al, double bh, double bl, double[] out, int o) {
        double q1 = ah / bh;
        mul(q1, 0, bh, bl, out, o);
        add(ah, al, -out[o], -out[o + 1], out, o);
        double rh = out[o];
        double rl = out[o + 1];
        double q2 = rh / bh;
        mul(q2, 0, bh, bl, out, o);
        add(rh, rl, -out[o], -out[o + 1], out, o);
        double q3 = out[o] / bh;
        double s = q1 + q2;
        add(s, q2 - (s - q1), q3, 0, out, o);
    }

    /** out[o..o+1] = √a for a ≥ 0 (one Newton step from the double root). */
    static void sqrt(double ah, double al, double[] out, int o) {
        if (ah <= 0) {
            out[o] = ah == 0 ? 0 : Double.NaN;
            out[o + 1] = 0;
            return;
        }
        double x = Math.sqrt(ah);
        double p = x * x;
        double pe = Math.fma(x, x, -p);
        double correction = ((ah - p) - pe + al) / (2 * x);
        double hi = x + correction;
        out[o] = hi;
        out[o + 1] = correction - (hi - x);
    }

    /** c[k..k+3] = a + b for complex blocks. */
    static void cadd(double[] a, int i, double[] b, int j, double[] c, int k) {
        double ar = a[i];
        double arl = a[i + 1];
        double ai = a[i + 2];
        double ail = a[i + 3];
        add(ar, arl, b[j], b[j + 1], c, k);
        add(ai, ail, b[j + 2], b[j + 3], c, k + 2);
    }

    /** c[k..k+3] = a − b. */
    static void csub(double[] a, int i, double[] b, int j, double[] c, int k) {
        double ar = a[i];
        double arl = a[i + 1];
        double ai = a[i + 2];
        double ail = a[i + 3];
        add(ar, arl, -b[j], -b[j + 1], c, k);
        add(ai, ail, -b[j + 2], -b[j + 3], c, k + 2);
    }

    /** c[k..k+3] = a · b. */
    static void cmul(double[] a, int i, double[] b, int j, double[] c, int k) {
        double ar = a[i];
        double arl = a[i + 1];
        double ai = a[i + 2];
        double ail = a[i + 3];
        double br = b[j];
        double brl = b[j + 1];
        double bi = b[j + 2];
        double bil = b[j + 3];
        // the four products as unnormalized pairs (p, e): add() renormalizes
        double p1 = ar * br;
        double e1 = Math.fma(ar, br, -p1) + (ar * brl + arl * br);
        double p2 = ai * bi;
        double e2 = Math.fma(ai, bi, -p2) + (ai * bil + ail * bi);
        double p3 = ar * bi;
        double e3 = Math.fma(ar, bi, -p3) + (ar * bil + arl * bi);
        double p4 = ai * br;
        double e4 = Math.fma(ai, br, -p4) + (ai * brl + ail * br);
        add(p1, e1, -p2, -e2, c, k);
        add(p3, e3, p4, e4, c, k + 2);
    }

    /** c[k..k+3] = a · (re + i·im) for a complex factor given in double precision. */
    static void cmul(double[] a, int i, double re, double im, double[] c, int k) {
        double ar = a[i];
        double arl = a[i + 1];
        double ai = a[i + 2];
        double ail = a[i + 3];
        double p1 = ar * re;
        double e1 = Math.fma(ar, re, -p1) + arl * re;
        double p2 = ai * im;
        double e2 = Math.fma(ai, im, -p2) + ail * im;
        double p3 = ar * im;
        double e3 = Math.fma(ar, im, -p3) + arl * im;
        double p4 = ai * re;
        double e4 = Math.fma(ai, re, -p4) + ail * re;
        add(p1, e1, -p2, -e2, c, k);
        add(p3, e3, p4, e4, c, k + 2);
    }

    /** c[k..k+3] = a · (hi + lo) for a real double-double factor. */
    static void scale(double[] a, int i, double hi, double lo, double[] c, int k) {
        double ar = a[i];
        double arl = a[i + 1];
        double ai = a[i + 2];
        double ail = a[i + 3];
        mul(ar, arl, hi, lo, c, k);
        mul(ai, ail, hi, lo, c, k + 2);
    }

    /** c[k..k+3] += a · b. */
    static void addMul(double[] c, int k, double[] a, int i, double[] b, int j, double[] scratch) {
        cmul(a, i, b, j, scratch, 0);
        cadd(c, k, scratch, 0, c, k);
    }

    /** c[k..k+3] −= a · b. */
    static void subMul(double[] c, int k, double[] a, int i, double[] b, int j, double[] scratch) {
        cmul(a, i, b, j, scratch, 0);
        csub(c, k, scratch, 0, c, k);
    }

    /**
     * c[k..k+3] = a / b, as a · conj(b) / |b|²; scratch needs 6 entries and
     * must not alias the operands.
     */
    static void cdiv(double[] a, int i, double[] b, int j, double[] c, int k, double[] scratch) {
        double br = b[j];
        double brl = b[j + 1];
        double bi = b[j + 2];
        double bil = b[j + 3];
        mul(br, brl, br, brl, scratch, 4);
        double nh = scratch[4];
        double nl = scratch[5];
        mul(bi, bil, bi, bil, scratch, 4);
        add(nh, nl, scratch[4], scratch[5], scratch, 4);
        scratch[0] = br;
        scratch[1] = brl;
        scratch[2] = -bi;
        scratch[3] = -bil;
        cmul(a, i, scratch, 0, scratch, 0);
        double nh2 = scratch[4];
        double nl2 = scratch[5];
        div(scratch[0], scratch[1], nh2, nl2, c, k);
        div(scratch[2], scratch[3], nh2, nl2, c, k + 2);
    }

    /** @return |a| of a complex block, rounded to double */
    static double abs(double[] a, int i) {
        return Math.hypot(a[i] + a[i + 1], a[i + 2] + a[i + 3]);
    }

    /** Writes the exact complex number re + i·im as a block. */
    static void set(double[] c, int k, double re, double im) {
        c[k] = re;
        c[k + 1] = 0;
        c[k + 2] = im;
        c[k + 3] = 0;
    }

    /** Writes the double-double nearest to a rational number into out[o..o+1]. */
    static void set(Rational value, double[] out, int o) {
        BigDecimal exact = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()),
                CONVERSION);
        double hi = exact.doubleValue();
        out[o] = hi;
        out[o + 1] = Double.isFinite(hi) ? exact.subtract(new BigDecimal(hi)).doubleValue() : 0;
    }

    /** @return interleaved double vector (re, im per entry) → blocks of 4 */
    static double[] widen(double[] interleaved) {
        double[] result = new double[2 * interleaved.length];
        for (int i = 0; i < interleaved.length; i++) {
            result[2 * i] = interleaved[i];
        }
        return result;
    }

    /** @return blocks of 4 → interleaved doubles, each hi + lo rounded */
    static double[] round(double[] blocks) {
        double[] result = new double[blocks.length / 2];
        for (int i = 0; i < result.length; i++) {
            result[i] = blocks[2 * i] + blocks[2 * i + 1];
        }
        return result;
    }

    /** @return max modulus over the complex entries of a block vector */
    static double norm(double[] v) {
        double max = 0;
        for (int i = 0; i < v.length; i += 4) {
            max = Math.max(max, abs(v, i));
        }
        return max;
    }
}
