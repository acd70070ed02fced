// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class NumericalRankTest {

    @Test
    void productOfThinFactorsHasTheirRank() {
        Random random = new Random(5);
        double[][] u = gaussian(12, 3, random);
        double[][] v = gaussian(3, 8, random);
        double[][] a = new double[12][8];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 8; j++) {
                for (int k = 0; k < 3; k++) {
                    a[i][j] += u[i][k] * v[k][j];
                }
            }
        }
        NumericalRank rank = NumericalRank.of(a);
        assertEquals(3, rank.rank());
        assertEquals(8, rank.singularValues().length);
        assertTrue(rank.gapRatio() > 1e10, rank.toString());
    }

    @Test
    void singularValuesOfAScaledPermutation() {
        // rows permuted and scaled: singular values are the absolute scales
        double[][] a = { { 0, -3, 0 }, { 0, 0, 0.5 }, { 2, 0, 0 }, { 0, 0, 0 } };
        NumericalRank rank = NumericalRank.of(a);
        assertArrayEquals(new double[] { 3, 2, 0.5 }, rank.singularValues(), 1e-12);
        assertEquals(3, rank.rank());
    }

    @Test
    void rankIsPlacedAtTheLargestGap() {
        NumericalRank rank = NumericalRank.fromSingularValues(new double[] { 10, 5, 1e-3, 1e-9 }, 4);
        assertEquals(3, rank.rank());
        assertEquals(1e6, rank.gapRatio(), 1);
        assertEquals(0, NumericalRank.of(new double[][] { { 0, 0 }, { 0, 0 } }).rank());
    }

    private static double[][] gaussian(int rows, int cols, Random random) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return m;
    }
}
