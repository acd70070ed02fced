// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import java.util.Arrays;

import org.neuroalgebra.algebra.number.ModP;

/**
 * The reduced row echelon form of a matrix over Z/p, by Gauss–Jordan
 * elimination. Any non-zero pivot is exact in a field, so no pivoting
 * strategy is needed.
 */
final class RowEchelon {

    private final ModularMatrix reduced;
    private final int[] pivotColumns;

    private RowEchelon(ModularMatrix reduced, int[] pivotColumns) {
        this.reduced = reduced;
        this.pivotColumns = pivotColumns;
    }

    static RowEchelon of(ModularMatrix matrix) {
        ModularMatrix m = matrix.copy();
        long p = m.prime();
        int rows = m.rows();
        int cols = m.columns();
        long[] a = m.entries();
        int[] pivots = new int[Math.min(rows, cols)];
        int rank = 0;
        for (int col = 0; col < cols && rank < rows; col++) {
            int pivotRow = -1;
            for (int r = rank; r < rows; r++) {
                if (a[r * cols + col] != 0) {
                    pivotRow = r;
                    break;
                }
            }
            if (pivotRow < 0) {
                continue;
            }
            swapRows(a, cols, rank, pivotRow);
            long inv = ModP.inverse(a[rank * cols + col], p);
            for (int j = col; j < cols; j++) {
                a[rank * cols + j] = ModP.mul(a[rank * cols + j], inv, p);
            }
            for (int r = 0; r < rows; r++) {
                long factor = a[r * cols + col];
                if (r == rank || factor == 0) {
                    continue;
                }
                for (int j = col; j < cols; j++) {
                    a[r * cols + j] = ModP.sub(a[r * cols + j], ModP.mul(factor, a[rank * cols + j], p), p);
                }
            }
            pivots[rank++] = col;
        }
        return new RowEchelon(m, Arrays.copyOf(pivots, rank));
    }

    private static void swapRows(long[] a, int cols, int r1, int r2) {
        if (r1 == r2) {
            return;
        }
        for (int j = 0; j < cols; j++) {
            long t = a[r1 * cols + j];
            a[r1 * cols + j] = a[r2 * cols + j];
            a[r2 * cols + j] = t;
        }
    }

    int rank() {
        return pivotColumns.length;
    }

    /** @return the column of the pivot of each non-zero row, increasing */
    int[] pivotColumns() {
        return pivotColumns.clone();
    }

    ModularMatrix reduced() {
        return reduced;
    }
}
