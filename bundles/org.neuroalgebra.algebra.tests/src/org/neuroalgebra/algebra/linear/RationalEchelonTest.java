// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;

class RationalEchelonTest {

    private static Rational[][] matrix(long[][] entries) {
        Rational[][] m = new Rational[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            m[i] = new Rational[entries[i].length];
            for (int j = 0; j < entries[i].length; j++) {
                m[i][j] = Rational.of(entries[i][j]);
            }
        }
        return m;
    }

    /** Rows (1,2,3), (4,5,6), (7,8,9): row 3 = 2·row 2 − row 1, so rank 2, reduced rows (1,0,−1), (0,1,2), kernel (1,−2,1). */
    @Test
    void theMagicRowsHaveRankTwoAndOneKernelVector() {
        RationalEchelon e = RationalEchelon.of(matrix(new long[][] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }));
        assertEquals(2, e.rank());
        assertArrayEquals(new int[] { 0, 1 }, e.pivotColumns());
        assertEquals(Rational.of(-1), e.get(0, 2));
        assertEquals(Rational.of(2), e.get(1, 2));
        Rational[][] kernel = e.nullSpace();
        assertEquals(1, kernel.length);
        assertArrayEquals(new Rational[] { Rational.ONE, Rational.of(-2), Rational.ONE }, kernel[0]);
    }

    /** A pivot that needs a row swap and a fraction: (0, 3), (2, 1) reduces to the identity. */
    @Test
    void aZeroLeadingEntryIsSwappedAway() {
        RationalEchelon e = RationalEchelon.of(matrix(new long[][] { { 0, 3 }, { 2, 1 } }));
        assertEquals(2, e.rank());
        assertEquals(Rational.ONE, e.get(0, 0));
        assertEquals(Rational.ZERO, e.get(0, 1));
        assertEquals(0, e.nullSpace().length);
    }

    @Test
    void raggedRowsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> RationalEchelon.of(matrix(new long[][] { { 1, 2 }, { 3 } })));
    }
}
