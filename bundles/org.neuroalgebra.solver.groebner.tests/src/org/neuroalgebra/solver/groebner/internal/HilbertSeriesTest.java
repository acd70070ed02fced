// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class HilbertSeriesTest {

    @Test
    void allQuadricsInTwoVariables() {
        HilbertSeries series = new HilbertSeries(2, List.of(new int[] { 2, 0 }, new int[] { 1, 1 }, new int[] { 0, 2 }));
        // standard monomials 1, x, y: Hilbert series 1 + 2t = (1 − 3t² + 2t³)/(1 − t)²
        assertArrayEquals(new long[] { 1, 0, -3, 2 }, series.numerator());
        assertEquals(0, series.dimension());
        assertEquals(3, series.degree());
    }

    @Test
    void pairOfLines() {
        HilbertSeries series = new HilbertSeries(2, List.<int[]> of(new int[] { 1, 1 }));
        assertEquals(1, series.dimension());
        assertEquals(2, series.degree());
    }

    @Test
    void zeroAndUnitIdeals() {
        HilbertSeries zero = new HilbertSeries(3, List.of());
        assertEquals(3, zero.dimension());
        assertEquals(1, zero.degree());
        HilbertSeries unit = new HilbertSeries(3, List.<int[]> of(new int[] { 0, 0, 0 }));
        assertEquals(-1, unit.dimension());
        assertEquals(0, unit.degree());
    }

    @Test
    void coordinateSubspaceAndRedundantGenerators() {
        // (x, y, x*y^2, x^3) in 4 variables: the plane x = y = 0
        HilbertSeries series = new HilbertSeries(4,
                List.of(new int[] { 1, 0, 0, 0 }, new int[] { 0, 1, 0, 0 }, new int[] { 1, 2, 0, 0 },
                        new int[] { 3, 0, 0, 0 }));
        assertEquals(2, series.dimension());
        assertEquals(1, series.degree());
    }

    @Test
    void degreeOfArtinianIdealsCountsStandardMonomials() {
        Random random = new Random(8);
        for (int trial = 0; trial < 50; trial++) {
            List<int[]> generators = new ArrayList<>();
            for (int v = 0; v < 3; v++) {
                int[] power = new int[3];
                power[v] = 1 + random.nextInt(6);
                generators.add(power);
            }
            for (int k = 0; k < 4; k++) {
                generators.add(new int[] { random.nextInt(4), random.nextInt(4), random.nextInt(4) });
            }
            HilbertSeries series = new HilbertSeries(3, generators);
            long standard = bruteForceStandardCount(generators);
            assertEquals(standard == 0 ? -1 : 0, series.dimension());
            assertEquals(standard, series.degree());
        }
    }

    private static long bruteForceStandardCount(List<int[]> generators) {
        long count = 0;
        for (int a = 0; a < 8; a++) {
            for (int b = 0; b < 8; b++) {
                for (int c = 0; c < 8; c++) {
                    boolean standard = true;
                    for (int[] g : generators) {
                        standard &= !(g[0] <= a && g[1] <= b && g[2] <= c);
                    }
                    count += standard ? 1 : 0;
                }
            }
        }
        return count;
    }
}
