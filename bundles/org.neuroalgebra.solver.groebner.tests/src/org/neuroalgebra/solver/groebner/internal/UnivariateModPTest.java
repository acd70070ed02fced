// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UnivariateModPTest {

    private static final long P = 1_000_003;

    /** @return ∏ (T − root), constant term first */
    private static long[] fromRoots(long... roots) {
        long[] f = { 1 };
        for (long root : roots) {
            long[] next = new long[f.length + 1];
            for (int k = 0; k < f.length; k++) {
                next[k + 1] = (next[k + 1] + f[k]) % P;
                next[k] = Math.floorMod(next[k] - root * f[k], P);
            }
            f = next;
        }
        return f;
    }

    @Test
    void squarefreeDegreeCountsDistinctRoots() {
        assertEquals(3, UnivariateModP.squarefreeDegree(fromRoots(1, 1, 2, 2, 2, P - 5), P));
        assertEquals(4, UnivariateModP.squarefreeDegree(fromRoots(1, 2, 3, 4), P));
        assertEquals(1, UnivariateModP.squarefreeDegree(fromRoots(7, 7, 7), P));
    }

    @Test
    void gcdOfPolynomialsWithACommonFactor() {
        long[] g = UnivariateModP.gcd(fromRoots(1, 2, 3), fromRoots(2, 3, 4, 5), P);
        long inverse = Residues.inverse(g[g.length - 1], P);
        for (int k = 0; k < g.length; k++) {
            g[k] = g[k] * inverse % P;
        }
        assertArrayEquals(fromRoots(2, 3), g);
    }

    @Test
    void berlekampMasseyFindsTheFibonacciRecurrence() {
        List<Long> fibonacci = new ArrayList<>(List.of(0L, 1L));
        for (int k = 2; k < 20; k++) {
            fibonacci.add((fibonacci.get(k - 1) + fibonacci.get(k - 2)) % P);
        }
        // F(k) = F(k−1) + F(k−2): characteristic polynomial T² − T − 1
        assertArrayEquals(new long[] { P - 1, P - 1, 1 }, UnivariateModP.recurrencePolynomial(fibonacci, P));
    }

    @Test
    void berlekampMasseyFindsARepeatedRoot() {
        // s_k = k · 3^k has characteristic polynomial (T − 3)²
        List<Long> sequence = new ArrayList<>();
        long power = 1;
        for (int k = 0; k < 10; k++) {
            sequence.add(k * power % P);
            power = power * 3 % P;
        }
        assertArrayEquals(fromRoots(3, 3), UnivariateModP.recurrencePolynomial(sequence, P));
    }
}
