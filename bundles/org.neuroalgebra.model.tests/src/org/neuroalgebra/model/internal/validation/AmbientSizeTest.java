// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** The size estimate C(n + D, D) · outputs against direct binomials, and its formatting. */
class AmbientSizeTest {

    /** Pascal's rule, independent of the product formula used by AmbientSize. */
    private static BigInteger binomial(int n, int k) {
        BigInteger[] row = { BigInteger.ONE };
        for (int i = 1; i <= n; i++) {
            BigInteger[] next = new BigInteger[i + 1];
            next[0] = BigInteger.ONE;
            next[i] = BigInteger.ONE;
            for (int j = 1; j < i; j++) {
                next[j] = row[j - 1].add(row[j]);
            }
            row = next;
        }
        return row[k];
    }

    @Test
    void agreesWithPascalsTriangle() {
        for (int n = 1; n <= 6; n++) {
            for (int d = 0; d <= 8; d++) {
                BigInteger expected = binomial(n + d, d).multiply(BigInteger.valueOf(3));
                AmbientSize size = AmbientSize.of(n, BigInteger.valueOf(d), 3);
                assertFalse(size.exceeds(expected), n + " " + d); //$NON-NLS-1$
                assertTrue(size.exceeds(expected.subtract(BigInteger.ONE)), n + " " + d); //$NON-NLS-1$
            }
        }
    }

    @Test
    void formatsTwoSignificantDigits() {
        assertEquals("6", AmbientSize.format(BigInteger.valueOf(6))); //$NON-NLS-1$
        assertEquals("9999", AmbientSize.format(BigInteger.valueOf(9999))); //$NON-NLS-1$
        assertEquals("1e6", AmbientSize.format(BigInteger.TEN.pow(6))); //$NON-NLS-1$
        assertEquals("1.3e9", AmbientSize.format(BigInteger.valueOf(1_337_337_001L))); //$NON-NLS-1$
        assertEquals("2e4", AmbientSize.format(BigInteger.valueOf(19_999))); //$NON-NLS-1$
    }

    @Test
    void manyInputsAreEstimatedInLogarithms() {
        // n = 3000 inputs, D = 2: C(3002, 2) = 3002 · 3001 / 2 = 4504501
        AmbientSize size = AmbientSize.of(3000, BigInteger.TWO, 1);
        assertEquals("4.5e6", size.toString()); //$NON-NLS-1$
        assertTrue(size.exceeds(BigInteger.valueOf(4_400_000)));
        assertFalse(size.exceeds(BigInteger.valueOf(4_600_000)));
    }

    @Test
    void astronomicalDegreesStayFinite() {
        // 10 layers of x^10: D = 10^10, 3 inputs: C(10^10 + 3, 3) ~ 1.7e29
        AmbientSize size = AmbientSize.of(3, BigInteger.TEN.pow(10), 1);
        assertEquals("1.7e29", size.toString()); //$NON-NLS-1$
    }
}
