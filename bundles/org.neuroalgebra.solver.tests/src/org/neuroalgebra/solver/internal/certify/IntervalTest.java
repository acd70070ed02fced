// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

/** The interval arithmetic encloses the exact values it stands for. */
class IntervalTest {

    private static Rational exact(double x) {
        return Rational.of(new BigDecimal(x));
    }

    private static boolean encloses(double lo, double hi, Rational value) {
        return exact(lo).compareTo(value) <= 0 && value.compareTo(exact(hi)) <= 0;
    }

    @Test
    void rationalsAreEnclosedTightly() {
        Rational[] values = { Rational.of(1, 3), Rational.of(-1, 10), Rational.of(2000000001, 1000000000),
                Rational.of(BigInteger.ONE, BigInteger.TEN.pow(320)), Rational.of(BigInteger.TEN.pow(300), BigInteger.valueOf(7)),
                Rational.of(BigInteger.ONE, BigInteger.TWO.pow(1074).multiply(BigInteger.valueOf(3))) };
        for (Rational value : values) {
            Interval enclosure = Interval.of(value);
            assertTrue(encloses(enclosure.reLo, enclosure.reHi, value), value + " in " + enclosure);
            assertTrue(enclosure.reLo < enclosure.reHi);
            assertEquals(0, enclosure.imLo);
        }
        Interval third = Interval.of(Rational.of(1, 3));
        assertTrue(third.reHi - third.reLo <= 4 * Math.ulp(1.0 / 3), third::toString);
    }

    @Test
    void complexProductsEncloseTheExactProduct() {
        Random random = new Random(7);
        for (int k = 0; k < 1000; k++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian() * 1e-8;
            double c = random.nextGaussian() * 1e5;
            double d = random.nextGaussian();
            Interval product = Interval.point(a, b).mul(Interval.point(c, d));
            Rational re = exact(a).mul(exact(c)).sub(exact(b).mul(exact(d)));
            Rational im = exact(a).mul(exact(d)).add(exact(b).mul(exact(c)));
            assertTrue(encloses(product.reLo, product.reHi, re), product::toString);
            assertTrue(encloses(product.imLo, product.imHi, im), product::toString);
            Interval sum = Interval.point(a, b).add(Interval.point(c, d));
            assertTrue(encloses(sum.reLo, sum.reHi, exact(a).add(exact(c))), sum::toString);
        }
    }

    @Test
    void exactEvaluationResolvesWhatDoubleCannot() throws PolynomialSyntaxException {
        // (x - 1/10)^2 at the double nearest 1/10 is about 3e-35, far below the rounding of the terms.
        Polynomial f = PolynomialParser.parse("(x - 1/10)^2", List.of("x")); //$NON-NLS-1$ //$NON-NLS-2$
        double x = 0.1;
        ExactComplex[][] powers = { { ExactComplex.integer(BigInteger.ONE), ExactComplex.of(x, 0),
                ExactComplex.of(x, 0).mul(ExactComplex.of(x, 0)) } };
        Interval value = new CompiledPolynomial(f).exact(powers);
        Rational truth = exact(x).sub(Rational.of(1, 10)).pow(2);
        assertTrue(truth.signum() > 0);
        assertTrue(encloses(value.reLo, value.reHi, truth), value::toString);
        assertTrue(value.reLo > 0, value::toString);
        Interval[][] intervalPowers = IntervalPowers.of(new Interval[] { Interval.point(x, 0) }, new int[] { 2 });
        Interval rough = new CompiledPolynomial(f).enclose(intervalPowers);
        assertTrue(encloses(rough.reLo, rough.reHi, truth));
        assertTrue(rough.reLo < 0, "double intervals cannot tell the sign: " + rough); //$NON-NLS-1$
    }
}
