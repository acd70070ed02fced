// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.linear.Semidefiniteness.NegativeMinor;
import org.neuroalgebra.algebra.number.Rational;

/**
 * The exact positive semidefiniteness test against matrices whose answer is known by hand, and
 * its witnesses against the determinants they claim.
 */
class SemidefinitenessTest {

    @Test
    void definiteSemidefiniteAndZeroMatricesPass() {
        assertTrue(Semidefiniteness.isPositiveSemidefinite(matrix(new long[][] { { 2, 1 }, { 1, 2 } })));
        // (1, 1)ᵀ(1, 1): rank one, det 0
        assertTrue(Semidefiniteness.isPositiveSemidefinite(matrix(new long[][] { { 1, 1 }, { 1, 1 } })));
        assertTrue(Semidefiniteness.isPositiveSemidefinite(matrix(new long[][] { { 0, 0 }, { 0, 0 } })));
        // a zero first pivot with a zero row: the elimination must skip it, not divide by it
        assertTrue(Semidefiniteness.isPositiveSemidefinite(
                matrix(new long[][] { { 0, 0, 0 }, { 0, 1, 2 }, { 0, 2, 4 } })));
    }

    @Test
    void aNegativeDiagonalEntryIsAOneByOneMinor() {
        NegativeMinor minor = Semidefiniteness.negativeMinor(matrix(new long[][] { { 1, 0 }, { 0, -3 } })).orElseThrow();
        assertEquals(List.of(1), minor.indices());
        assertEquals(Rational.of(-3), minor.value());
    }

    /** [[1, 2], [2, 1]]: positive diagonal, det = 1 − 4 = −3, eigenvalues 3 and −1. */
    @Test
    void aNegativeDeterminantAfterAPositivePivot() {
        NegativeMinor minor = Semidefiniteness.negativeMinor(matrix(new long[][] { { 1, 2 }, { 2, 1 } })).orElseThrow();
        assertEquals(List.of(0, 1), minor.indices());
        assertEquals(Rational.of(-3), minor.value());
    }

    /** [[0, 1], [1, 0]]: zero diagonal, det = −1 (the quadratic form 2xy is indefinite). */
    @Test
    void aZeroDiagonalWithANonZeroEntry() {
        NegativeMinor minor = Semidefiniteness.negativeMinor(matrix(new long[][] { { 0, 1 }, { 1, 0 } })).orElseThrow();
        assertEquals(List.of(0, 1), minor.indices());
        assertEquals(Rational.of(-1), minor.value());
    }

    /**
     * Gram matrices BᵀB are positive semidefinite; BᵀB − t·I with t above the largest eigenvalue
     * bound (the trace) is not, and the witness's value is the determinant of the principal
     * submatrix it names, recomputed here by cofactor expansion.
     */
    @Test
    void gramMatricesPassAndShiftedOnesGiveACheckableWitness() {
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 2 + random.nextInt(4);
            int rank = 1 + random.nextInt(n);
            Rational[][] gram = gram(random, rank, n);
            assertTrue(Semidefiniteness.isPositiveSemidefinite(gram));
            Rational[][] shifted = new Rational[n][];
            for (int i = 0; i < n; i++) {
                shifted[i] = gram[i].clone();
            }
            int i = random.nextInt(n);
            shifted[i][i] = shifted[i][i].sub(trace(gram)).sub(Rational.ONE);
            NegativeMinor minor = Semidefiniteness.negativeMinor(shifted).orElseThrow();
            assertTrue(minor.value().signum() < 0);
            assertEquals(determinant(submatrix(shifted, minor.indices())), minor.value());
        }
        assertFalse(Semidefiniteness.isPositiveSemidefinite(matrix(new long[][] { { -1 } })));
    }

    private static Rational[][] gram(Random random, int rows, int n) {
        long[][] b = new long[rows][n];
        for (long[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextInt(7) - 3;
            }
        }
        long[][] g = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (long[] row : b) {
                    g[i][j] += row[i] * row[j];
                }
            }
        }
        return matrix(g);
    }

    private static Rational trace(Rational[][] q) {
        Rational sum = Rational.ZERO;
        for (int i = 0; i < q.length; i++) {
            sum = sum.add(q[i][i]);
        }
        return sum;
    }

    private static Rational[][] submatrix(Rational[][] q, List<Integer> indices) {
        Rational[][] s = new Rational[indices.size()][indices.size()];
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                s[i][j] = q[indices.get(i)][indices.get(j)];
            }
        }
        return s;
    }

    /** Laplace expansion along the first row: slow, and independent of the elimination under test. */
    private static Rational determinant(Rational[][] a) {
        if (a.length == 1) {
            return a[0][0];
        }
        Rational sum = Rational.ZERO;
        for (int c = 0; c < a.length; c++) {
            Rational[][] minor = new Rational[a.length - 1][a.length - 1];
            for (int i = 1; i < a.length; i++) {
                for (int j = 0, k = 0; j < a.length; j++) {
                    if (j != c) {
                        minor[i - 1][k++] = a[i][j];
                    }
                }
            }
            Rational term = a[0][c].mul(determinant(minor));
            sum = c % 2 == 0 ? sum.add(term) : sum.sub(term);
        }
        return sum;
    }

    private static Rational[][] matrix(long[][] entries) {
        Rational[][] q = new Rational[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            q[i] = new Rational[entries[i].length];
            for (int j = 0; j < entries[i].length; j++) {
                q[i][j] = Rational.of(entries[i][j]);
            }
        }
        return q;
    }
}
