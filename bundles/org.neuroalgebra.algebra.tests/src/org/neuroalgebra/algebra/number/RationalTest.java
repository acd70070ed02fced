// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class RationalTest {

    @Test
    void normalizesSignAndCommonFactors() {
        assertEquals(Rational.of(3, 4), Rational.of(-6, -8));
        assertEquals("-3/4", Rational.of(6, -8).toString());
        assertEquals("-2", Rational.of(-4, 2).toString());
        assertEquals(Rational.of(1, 2).hashCode(), Rational.of(2, 4).hashCode());
    }

    @Test
    void fieldOperations() {
        Rational a = Rational.of(1, 2);
        Rational b = Rational.of(-2, 3);
        assertEquals(Rational.of(-1, 6), a.add(b));
        assertEquals(Rational.of(7, 6), a.sub(b));
        assertEquals(Rational.of(-1, 3), a.mul(b));
        assertEquals(Rational.of(-3, 4), a.div(b));
        assertEquals(Rational.of(-8, 27), b.pow(3));
        assertEquals(Rational.of(9, 4), b.pow(-2));
        assertEquals(Rational.ONE, b.pow(0));
        assertTrue(a.add(a.neg()).isZero());
        assertThrows(ArithmeticException.class, () -> a.div(Rational.ZERO));
    }

    @Test
    void ordersByValue() {
        assertTrue(Rational.of(2, 3).compareTo(Rational.of(3, 4)) < 0);
        assertTrue(Rational.of(-1, 2).compareTo(Rational.of(-2, 3)) > 0);
        assertEquals(0, Rational.of(2, 4).compareTo(Rational.of(1, 2)));
    }

    @Test
    void parsesIntegersFractionsAndDecimalsExactly() {
        assertEquals(Rational.of(3, 4), Rational.parse("3/4"));
        assertEquals(Rational.of(-2), Rational.parse("-2"));
        assertEquals(Rational.of(1, 4), Rational.parse("0.25"));
        assertEquals(Rational.of(-1, 10), Rational.parse("-0.1"));
        assertEquals(Rational.of(120), Rational.parse("1.2e2"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("1/0"));
        assertThrows(NumberFormatException.class, () -> Rational.parse("x"));
    }

    @Test
    void roundTripsThroughToString() {
        for (Rational r : new Rational[] { Rational.of(-7, 3), Rational.ZERO, Rational.of(5), Rational.of(1, 1024) }) {
            assertEquals(r, Rational.parse(r.toString()));
        }
    }

    @Test
    void doubleValueOfHugeFractions() {
        Rational third = Rational.of(BigInteger.TEN.pow(80), BigInteger.TEN.pow(80).multiply(BigInteger.valueOf(3)));
        assertEquals(1.0 / 3, third.doubleValue(), 1e-16);
        assertEquals(-0.75, Rational.of(-3, 4).doubleValue());
    }

    @Test
    void reducesModuloPrime() {
        long p = 7;
        // 3/4 mod 7: 4⁻¹ = 2, so 6
        assertEquals(6, Rational.of(3, 4).modP(p));
        assertEquals(5, Rational.of(-2).modP(p));
        long big = ModP.PRIME_1;
        Rational r = Rational.of(-5, 12);
        assertEquals(ModP.reduce(-5, big), ModP.mul(r.modP(big), 12, big));
        assertThrows(ArithmeticException.class, () -> Rational.of(1, 14).modP(p));
    }
}
