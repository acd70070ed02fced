// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.numerical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ComplexLinearAlgebraTest {

    /** [[1, i], [i, −1]]: the second row is i times the first. */
    private static final ComplexMatrix RANK_ONE = new ComplexMatrix(new double[][] { { 1, 0 }, { 0, -1 } },
            new double[][] { { 0, 1 }, { 1, 0 } });

    @Test
    void rankOfComplexMultipleRowsIsOne() {
        assertEquals(1, ComplexRank.rank(RANK_ONE));
        assertEquals(1, ComplexKernel.rank(RANK_ONE));
        assertEquals(0, ComplexRank.fullRankMargin(RANK_ONE));
        assertEquals(2, ComplexRank.rank(diagonal(2, 0, 0, 3)));
    }

    @Test
    void equilibrationRescalesATinyRowOnlyInRank() {
        // diag(1, 1e-12): the tiny row counts after equilibration, not in the kernel's elimination
        ComplexMatrix tiny = new ComplexMatrix(new double[][] { { 1, 0 }, { 0, 1e-12 } }, new double[2][2]);
        assertEquals(2, ComplexRank.rank(tiny));
        assertEquals(1, ComplexKernel.rank(tiny));
    }

    @Test
    void smallestPivotOfDiagonalIsItsSmallestModulus() {
        // diag(2, 3i): complete pivoting takes 3i first, then 2
        assertEquals(2, ComplexRank.smallestPivot(diagonal(2, 0, 0, 3)), 1e-15);
        assertEquals(0, ComplexRank.smallestPivot(RANK_ONE));
    }

    @Test
    void randomKernelVectorIsInTheKernelAndSeeded() {
        ComplexMatrix row = new ComplexMatrix(new double[][] { { 1, 0 } }, new double[][] { { 0, 1 } }); // [1, i]
        ComplexVector w = ComplexKernel.randomVector(row, new SplittableRandom(7));
        // w0 + i·w1 = 0
        assertEquals(0, w.re()[0] - w.im()[1], 1e-12);
        assertEquals(0, w.im()[0] + w.re()[1], 1e-12);
        assertTrue(Math.hypot(w.re()[1], w.im()[1]) > 0);
        ComplexVector again = ComplexKernel.randomVector(row, new SplittableRandom(7));
        assertArrayEquals(w.re(), again.re());
        assertArrayEquals(w.im(), again.im());
        ComplexVector none = ComplexKernel.randomVector(diagonal(2, 0, 0, 3), new SplittableRandom(7));
        assertArrayEquals(new double[2], none.re());
        assertArrayEquals(new double[2], none.im());
    }

    @Test
    void complexSolveOfDiagonalSystem() {
        // i·x0 = 1, 2·x1 = 4: x = (−i, 2)
        ComplexVector x = ComplexKernel.solve(diagonal(0, 1, 2, 0),
                new ComplexVector(new double[] { 1, 4 }, new double[2]));
        assertArrayEquals(new double[] { 0, 2 }, x.re(), 1e-15);
        assertArrayEquals(new double[] { -1, 0 }, x.im(), 1e-15);
        assertNull(ComplexKernel.solve(RANK_ONE, new ComplexVector(new double[] { 1, 1 }, new double[2])));
    }

    @Test
    void realSolveOfTwoByTwo() {
        // 2x + y = 3, x + 3y = 5: x = 4/5, y = 7/5
        double[] x = RealSolve.solve(new double[][] { { 2, 1 }, { 1, 3 } }, new double[] { 3, 5 });
        assertArrayEquals(new double[] { 0.8, 1.4 }, x, 1e-15);
        assertThrows(ArithmeticException.class,
                () -> RealSolve.solve(new double[][] { { 1, 2 }, { 2, 4 } }, new double[] { 1, 1 }));
    }

    @Test
    void partsOfDifferentShapeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ComplexMatrix(new double[2][2], new double[1][2]));
        assertThrows(IllegalArgumentException.class, () -> new ComplexVector(new double[2], new double[3]));
    }

    /** diag(a + bi, c + di) */
    private static ComplexMatrix diagonal(double a, double b, double c, double d) {
        return new ComplexMatrix(new double[][] { { a, 0 }, { 0, c } }, new double[][] { { b, 0 }, { 0, d } });
    }
}
