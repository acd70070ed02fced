// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MonomialLayoutTest {

    private final MonomialLayout xyz = new MonomialLayout(3);

    private long m(int... exponents) {
        return xyz.pack(exponents);
    }

    @Test
    void packsAndUnpacks() {
        long monomial = m(3, 0, 7);
        assertArrayEquals(new int[] { 3, 0, 7 }, xyz.unpack(monomial));
        assertEquals(10, xyz.degree(monomial));
        assertEquals(7, xyz.exponent(monomial, 2));
        assertEquals(m(0, 1, 0), xyz.variable(1));
    }

    @Test
    void gradedReverseLexicographicOrderOfQuadrics() {
        // the textbook order of degree 2 in x > y > z: x² > xy > y² > xz > yz > z²
        List<Long> expected = List.of(m(2, 0, 0), m(1, 1, 0), m(0, 2, 0), m(1, 0, 1), m(0, 1, 1), m(0, 0, 2),
                m(1, 0, 0), m(0, 0, 0));
        List<Long> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(1));
        shuffled.sort((a, b) -> xyz.compare(b, a));
        assertEquals(expected, shuffled);
        // grevlex, unlike graded lex, puts y³ above x²z
        assertTrue(xyz.compare(m(0, 3, 0), m(2, 0, 1)) > 0);
    }

    @Test
    void divisibilityQuotientLcm() {
        assertTrue(xyz.divides(m(1, 0, 2), m(1, 1, 2)));
        assertFalse(xyz.divides(m(1, 0, 2), m(2, 5, 1)));
        assertTrue(xyz.divides(m(0, 0, 0), m(0, 0, 0)));
        assertEquals(m(0, 1, 0), xyz.quotient(m(1, 1, 2), m(1, 0, 2)));
        assertEquals(m(2, 5, 2), xyz.lcm(m(1, 0, 2), m(2, 5, 1)));
        assertEquals(m(2, 5, 1), xyz.multiply(m(2, 0, 0), m(0, 5, 1)));
        assertTrue(xyz.coprime(m(3, 0, 0), m(0, 2, 1)));
        assertFalse(xyz.coprime(m(3, 1, 0), m(0, 2, 1)));
    }

    @Test
    void divisibilityAgreesWithExponentwiseComparison() {
        Random random = new Random(4);
        MonomialLayout layout = new MonomialLayout(8);
        for (int trial = 0; trial < 2000; trial++) {
            int[] a = new int[8];
            int[] b = new int[8];
            for (int v = 0; v < 8; v++) {
                a[v] = random.nextInt(4);
                b[v] = random.nextInt(4);
            }
            boolean divides = true;
            int[] max = new int[8];
            for (int v = 0; v < 8; v++) {
                divides &= a[v] <= b[v];
                max[v] = Math.max(a[v], b[v]);
            }
            assertEquals(divides, layout.divides(layout.pack(a), layout.pack(b)));
            assertEquals(layout.pack(max), layout.lcm(layout.pack(a), layout.pack(b)));
        }
    }

    @Test
    void overflowIsReported() {
        MonomialLayout layout = new MonomialLayout(8);
        assertEquals(63, layout.maxExponent());
        assertEquals(127, layout.maxDegree());
        long x = layout.pack(new int[] { 40, 0, 0, 0, 0, 0, 0, 0 });
        long y = layout.pack(new int[] { 0, 40, 0, 0, 0, 0, 0, 0 });
        assertThrows(ArithmeticException.class, () -> layout.multiply(x, x));
        long xy = layout.multiply(x, y);
        assertEquals(80, layout.degree(xy));
        assertThrows(ArithmeticException.class, () -> layout.multiply(xy, layout.multiply(xy, y)));
        assertThrows(IllegalArgumentException.class, () -> new MonomialLayout(MonomialLayout.MAX_VARIABLES + 1));
    }

    @Test
    void fourteenVariablesStillCompareAndDivide() {
        MonomialLayout layout = new MonomialLayout(MonomialLayout.MAX_VARIABLES);
        assertEquals(7, layout.maxExponent());
        int[] a = new int[14];
        int[] b = new int[14];
        a[13] = 7;
        b[0] = 7;
        b[13] = 7;
        assertTrue(layout.divides(layout.pack(a), layout.pack(b)));
        assertArrayEquals(b, layout.unpack(layout.lcm(layout.pack(a), layout.pack(b))));
        // same degree: the one with the smaller exponent of the last variable is larger
        int[] c = new int[14];
        c[0] = 7;
        assertTrue(layout.compare(layout.pack(c), layout.pack(a)) > 0);
    }
}
