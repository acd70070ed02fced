// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;

/** Double-double arithmetic against BigDecimal with 60 digits. */
class DoubleDoubleTest {

    private static final MathContext EXACT = new MathContext(60);
    /** About 80 units of 2⁻¹⁰⁶: the QD algorithms err by a few units. */
    private static final double RELATIVE = 1e-30;
    private static final int SAMPLES = 2000;
    private static final long SEED = 20240605L;

    /** A random double-double with a random binary exponent in [−30, 30] and a full-length low part. */
    private static double[] random(SplittableRandom random) {
        double hi = (random.nextDouble() * 2 - 1) * Math.scalb(1.0, random.nextInt(-30, 31));
        double lo = (random.nextDouble() - 0.5) * Math.ulp(hi);
        double[] out = new double[2];
        DoubleDouble.add(hi, 0, lo, 0, out, 0);
        return out;
    }

    private static BigDecimal big(double[] x, int o) {
        return new BigDecimal(x[o]).add(new BigDecimal(x[o + 1]));
    }

    private static void assertClose(BigDecimal expected, double[] actual, int o, BigDecimal scale) {
        BigDecimal error = big(actual, o).subtract(expected).abs();
        BigDecimal bound = scale.abs().multiply(new BigDecimal(RELATIVE));
        assertTrue(error.compareTo(bound) <= 0,
                () -> "error " + error.doubleValue() + " above " + bound.doubleValue() + " for " + expected);
    }

    @Test
    void realOperationsAgreeWithBigDecimal() {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] out = new double[2];
        for (int i = 0; i < SAMPLES; i++) {
            double[] a = random(random);
            double[] b = random(random);
            BigDecimal x = big(a, 0);
            BigDecimal y = big(b, 0);
            DoubleDouble.add(a[0], a[1], b[0], b[1], out, 0);
            assertClose(x.add(y), out, 0, x.abs().max(y.abs()));
            DoubleDouble.mul(a[0], a[1], b[0], b[1], out, 0);
            assertClose(x.multiply(y), out, 0, x.multiply(y));
            DoubleDouble.div(a[0], a[1], b[0], b[1], out, 0);
            BigDecimal quotient = x.divide(y, EXACT);
            assertClose(quotient, out, 0, quotient);
            DoubleDouble.sqrt(Math.abs(a[0]), Math.signum(a[0]) * a[1], out, 0);
            BigDecimal root = x.abs().sqrt(EXACT);
            assertClose(root, out, 0, root);
        }
    }

    @Test
    void complexProductAndQuotientAgreeWithBigDecimal() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        double[] a = new double[4];
        double[] b = new double[4];
        double[] c = new double[4];
        double[] scratch = new double[6];
        for (int i = 0; i < SAMPLES; i++) {
            System.arraycopy(random(random), 0, a, 0, 2);
            System.arraycopy(random(random), 0, a, 2, 2);
            System.arraycopy(random(random), 0, b, 0, 2);
            System.arraycopy(random(random), 0, b, 2, 2);
            BigDecimal ar = big(a, 0);
            BigDecimal ai = big(a, 2);
            BigDecimal br = big(b, 0);
            BigDecimal bi = big(b, 2);
            BigDecimal modA = ar.abs().max(ai.abs());
            BigDecimal modB = br.abs().max(bi.abs());
            DoubleDouble.cmul(a, 0, b, 0, c, 0);
            // componentwise errors are relative to |a||b|: cancellation is allowed to cost digits
            assertClose(ar.multiply(br).subtract(ai.multiply(bi)), c, 0, modA.multiply(modB));
            assertClose(ar.multiply(bi).add(ai.multiply(br)), c, 2, modA.multiply(modB));
            DoubleDouble.cdiv(a, 0, b, 0, c, 0, scratch);
            BigDecimal norm = br.multiply(br).add(bi.multiply(bi));
            BigDecimal scale = modA.divide(modB, EXACT);
            assertClose(ar.multiply(br).add(ai.multiply(bi)).divide(norm, EXACT), c, 0, scale);
            assertClose(ai.multiply(br).subtract(ar.multiply(bi)).divide(norm, EXACT), c, 2, scale);
        }
    }

    @Test
    void outputsMayAliasInputs() {
        double[] a = { 1.5, 1e-20, -2.25, 3e-21 };
        double[] expected = new double[4];
        DoubleDouble.cmul(a, 0, a, 0, expected, 0);
        DoubleDouble.cmul(a, 0, a, 0, a, 0);
        assertEquals(expected[0], a[0]);
        assertEquals(expected[1], a[1]);
        assertEquals(expected[2], a[2]);
        assertEquals(expected[3], a[3]);
    }

    /** What double precision loses entirely: (1 + 10⁻²⁰) − 1. */
    @Test
    void keepsWhatDoubleRoundsAway() {
        double[] out = new double[2];
        DoubleDouble.add(1, 0, 1e-20, 0, out, 0);
        DoubleDouble.add(out[0], out[1], -1, 0, out, 0);
        assertEquals(1e-20, out[0] + out[1], 0);
        assertEquals(0, (1 + 1e-20) - 1, 0);
    }

    @Test
    void rationalsAreRoundedToDoubleDouble() {
        double[] third = new double[2];
        DoubleDouble.set(Rational.of(1, 3), third, 0);
        BigDecimal error = big(third, 0).multiply(BigDecimal.valueOf(3)).subtract(BigDecimal.ONE).abs();
        assertTrue(error.doubleValue() < 1e-31, () -> "3·(1/3) − 1 = " + error);
        double[] near = new double[2];
        DoubleDouble.set(Rational.of(1_000_000_001, 1_000_000_000), near, 0);
        assertEquals(1e-9, (near[0] - 1) + near[1], 1e-25);
    }
}
