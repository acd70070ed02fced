// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.ModP;

class ModularMatrixTest {

    private static final long P = ModP.PRIME_1;

    @Test
    void ranksOfHandExamples() {
        assertEquals(1, ModularMatrix.of(new long[][] { { 1, 2 }, { 2, 4 } }, P).rank());
        assertEquals(2, ModularMatrix.of(new long[][] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }, P).rank());
        assertEquals(0, ModularMatrix.of(new long[][] { { 0, 0 }, { 0, 0 } }, P).rank());
        assertEquals(2, ModularMatrix.of(new long[][] { { 0, 1, 0 }, { 0, 0, 1 } }, P).rank());
        // det = 1 − 6 = −5: singular modulo 5 only
        long[][] a = { { 1, 2 }, { 3, 1 } };
        assertEquals(1, ModularMatrix.of(a, 5).rank());
        assertEquals(2, ModularMatrix.of(a, 7).rank());
    }

    @Test
    void rankOfAProductOfThinFactors() {
        Random random = new Random(3);
        int m = 9;
        int n = 7;
        int r = 4;
        ModularMatrix u = random(m, r, random);
        ModularMatrix v = random(r, n, random);
        ModularMatrix product = u.multiply(v);
        assertEquals(r, product.rank());
        assertEquals(n - r, product.kernelBasis().size());
    }

    private static ModularMatrix random(int rows, int cols, Random random) {
        ModularMatrix m = new ModularMatrix(rows, cols, P);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.set(i, j, random.nextLong());
            }
        }
        return m;
    }

    @Test
    void kernelVectorsAreAnnihilated() {
        ModularMatrix m = ModularMatrix.of(new long[][] { { 1, 2, 3, 4 }, { 2, 4, 6, 8 }, { 1, 0, 1, 0 } }, P);
        List<long[]> kernel = m.kernelBasis();
        assertEquals(4 - 2, kernel.size());
        for (long[] v : kernel) {
            assertArrayEquals(new long[3], m.multiply(v));
        }
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        ModularMatrix m = ModularMatrix.of(new long[][] { { 2, 1, 0 }, { 1, 3, 1 }, { 0, 1, 4 } }, P);
        assertEquals(ModularMatrix.identity(3, P), m.multiply(m.inverse()));
        assertEquals(ModularMatrix.identity(3, P), m.inverse().multiply(m));
        // [[1,1],[1,1]] is singular
        assertThrows(ArithmeticException.class, () -> ModularMatrix.of(new long[][] { { 1, 1 }, { 1, 1 } }, P).inverse());
    }

    @Test
    void negativeEntriesAreReduced() {
        ModularMatrix m = ModularMatrix.of(new long[][] { { -1 } }, 7);
        assertEquals(6, m.get(0, 0));
    }
}
