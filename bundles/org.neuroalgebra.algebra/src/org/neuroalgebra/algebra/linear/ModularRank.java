// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.neuroalgebra.algebra.number.ModP;

/**
 * The rank of a matrix over Z/p, the one used everywhere ({@link ModularMatrix#rank()} included):
 * forward elimination only (half the work of a reduced echelon form), on rows as arrays so that swapping rows is
 * free, with the row operations in plain {@code long} arithmetic (p &lt; 2³¹, so products fit) and
 * the reduction modulo p by a multiplication with a precomputed reciprocal (Barrett) instead of a
 * division.
 */
public final class ModularRank {

    private ModularRank() {
    }

    /**
     * @param rows
     *            the matrix, row by row, entries any longs; overwritten
     * @param p
     *            a prime at most 2³¹ − 1
     * @param canceled
     *            polled once per pivot
     * @return the rank over Z/p
     * @throws CancellationException
     *             if {@code canceled} became true
     */
    public static int ofInPlace(long[][] rows, long p, BooleanSupplier canceled) {
        ModP.checkModulus(p);
        int m = rows.length;
        int n = m == 0 ? 0 : rows[0].length;
        for (long[] row : rows) {
            if (row.length != n) {
                throw new IllegalArgumentException("rows of " + n + " and " + row.length + " entries"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        for (long[] row : rows) {
            for (int j = 0; j < n; j++) {
                row[j] = Math.floorMod(row[j], p);
            }
        }
        // m = ⌊(2⁶⁴ − 1)/p⌋: for 0 ≤ x < 2⁶³, q = ⌊x·m/2⁶⁴⌋ is ⌊x/p⌋ or one less
        long reciprocal = Long.divideUnsigned(-1L, p);
        int rank = 0;
        for (int col = 0; col < n && rank < m; col++) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException("rank computation canceled"); //$NON-NLS-1$
            }
            int pivot = -1;
            for (int r = rank; r < m; r++) {
                if (rows[r][col] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] top = rows[pivot];
            rows[pivot] = rows[rank];
            rows[rank] = top;
            long inverse = ModP.inverse(top[col], p);
            for (int j = col; j < n; j++) {
                top[j] = top[j] * inverse % p;
            }
            for (int r = rank + 1; r < m; r++) {
                long[] row = rows[r];
                long factor = row[col];
                if (factor == 0) {
                    continue;
                }
                long minus = p - factor;
                for (int j = col; j < n; j++) {
                    long x = row[j] + minus * top[j];
                    long reduced = x - Math.unsignedMultiplyHigh(x, reciprocal) * p;
                    row[j] = reduced >= p ? reduced - p : reduced;
                }
            }
            rank++;
        }
        return rank;
    }

    /**
     * @param rows
     *            the matrix, row by row; not changed
     * @param p
     *            a prime at most 2³¹ − 1
     * @return the rank over Z/p
     */
    public static int of(long[][] rows, long p) {
        long[][] copy = new long[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return ofInPlace(copy, p, () -> false);
    }
}
