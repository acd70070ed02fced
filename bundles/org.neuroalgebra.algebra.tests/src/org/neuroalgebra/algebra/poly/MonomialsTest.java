// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonomialsTest {

    @Test
    void orderOfTheAffineQuadraticsInTwoVariables() {
        assertEquals(List.of("x1^2", "x1*x2", "x2^2", "x1", "x2", "1"),
                Monomials.upTo(2, 2).names(List.of("x1", "x2")));
        assertEquals(List.of("x1^2", "x1*x2", "x2^2"), Monomials.homogeneous(2, 2).names(List.of("x1", "x2")));
    }

    @ParameterizedTest
    @CsvSource({ "1,5", "2,4", "3,3", "4,2", "5,3" })
    void enumerationIsStrictlyDecreasingAndCountedByBinomials(int n, int degree) {
        for (boolean homogeneous : new boolean[] { true, false }) {
            Monomials basis = homogeneous ? Monomials.homogeneous(n, degree) : Monomials.upTo(n, degree);
            List<Monomial> all = new ArrayList<>(basis);
            assertEquals(bruteForceCount(n, degree, homogeneous), all.size());
            assertEquals(BigInteger.valueOf(all.size()), Monomials.count(n, degree, homogeneous));
            Set<Monomial> distinct = new HashSet<>(all);
            assertEquals(all.size(), distinct.size());
            for (int i = 0; i < all.size(); i++) {
                assertEquals(i, basis.indexOf(all.get(i)));
                if (i > 0) {
                    assertTrue(all.get(i - 1).compareTo(all.get(i)) > 0, "decreasing graded lex at " + i);
                }
                assertTrue(homogeneous ? all.get(i).degree() == degree : all.get(i).degree() <= degree);
            }
        }
    }

    /** Counts exponent vectors by looping over all of them, independently of the binomial formula. */
    private static int bruteForceCount(int n, int degree, boolean homogeneous) {
        int count = 0;
        int[] e = new int[n];
        while (true) {
            int sum = 0;
            for (int v : e) {
                sum += v;
            }
            if (homogeneous ? sum == degree : sum <= degree) {
                count++;
            }
            int k = 0;
            while (k < n && e[k] == degree) {
                e[k++] = 0;
            }
            if (k == n) {
                return count;
            }
            e[k]++;
        }
    }

    @Test
    void hugeCountsAreComputedWithoutEnumeration() {
        // C(1009, 10) monomials of degree 10 in 1000 variables: 1009·1008·…·1000 / 10!
        BigInteger expected = BigInteger.ONE;
        for (int k = 1000; k <= 1009; k++) {
            expected = expected.multiply(BigInteger.valueOf(k));
        }
        for (int k = 2; k <= 10; k++) {
            expected = expected.divide(BigInteger.valueOf(k));
        }
        assertEquals(expected, Monomials.count(1000, 10, true));
        assertEquals(Monomials.binomial(1010, 10), Monomials.count(1000, 10, false));
    }

    @Test
    void nonMembersHaveNoIndex() {
        Monomials cubics = Monomials.homogeneous(2, 3);
        assertEquals(-1, cubics.indexOf(Monomial.of(1, 1)));
        assertEquals(-1, cubics.indexOf(Monomial.of(1, 1, 1)));
        assertFalse(cubics.contains("x1"));
        assertEquals(2, cubics.indexOf(Monomial.of(1, 2)));
    }
}
