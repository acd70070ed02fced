// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import java.util.Arrays;

import org.neuroalgebra.algebra.number.Rational;

/**
 * The reduced row echelon form of a matrix over Q, by Gauss–Jordan elimination: exact, so any non-zero pivot
 * will do. The rational counterpart of the modular row echelon form, for exact ranks, kernels and rank
 * factorizations of small matrices.
 */
public final class RationalEchelon {

    private final Rational[][] reduced;
    private final int[] pivotColumns;

    private RationalEchelon(Rational[][] reduced, int[] pivotColumns) {
        this.reduced = reduced;
        this.pivotColumns = pivotColumns;
    }

    /**
     * @param matrix
     *            rows of equal length (not modified)
     * @return its reduced row echelon form
     */
    public static RationalEchelon of(Rational[][] matrix) {
        int rows = matrix.length;
        int columns = rows == 0 ? 0 : matrix[0].length;
        Rational[][] a = new Rational[rows][];
        for (int i = 0; i < rows; i++) {
            if (matrix[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " entries, expected " //$NON-NLS-1$ //$NON-NLS-2$
                        + columns);
            }
            a[i] = matrix[i].clone();
        }
        int[] pivots = new int[Math.min(rows, columns)];
        int rank = 0;
        for (int col = 0; col < columns && rank < rows; col++) {
            int pivot = rank;
            while (pivot < rows && a[pivot][col].isZero()) {
                pivot++;
            }
            if (pivot == rows) {
                continue;
            }
            Rational[] row = a[pivot];
            a[pivot] = a[rank];
            a[rank] = row;
            Rational inverse = Rational.ONE.div(row[col]);
            for (int j = 0; j < columns; j++) {
                row[j] = row[j].mul(inverse);
            }
            for (int r = 0; r < rows; r++) {
                Rational factor = a[r][col];
                if (r != rank && !factor.isZero()) {
                    for (int j = 0; j < columns; j++) {
                        a[r][j] = a[r][j].sub(factor.mul(row[j]));
                    }
                }
            }
            pivots[rank++] = col;
        }
        return new RationalEchelon(a, Arrays.copyOf(pivots, rank));
    }

    /** @return the rank */
    public int rank() {
        return pivotColumns.length;
    }

    /** @return the pivot column of each non-zero row, increasing */
    public int[] pivotColumns() {
        return pivotColumns.clone();
    }

    /** @return entry (row, column) of the reduced matrix */
    public Rational get(int row, int column) {
        return reduced[row][column];
    }

    /**
     * @return a basis of {v : A v = 0}, one vector per free column, with a 1 there
     */
    public Rational[][] nullSpace() {
        int columns = reduced.length == 0 ? 0 : reduced[0].length;
        boolean[] pivot = new boolean[columns];
        for (int c : pivotColumns) {
            pivot[c] = true;
        }
        Rational[][] basis = new Rational[columns - rank()][];
        int k = 0;
        for (int free = 0; free < columns; free++) {
            if (pivot[free]) {
                continue;
            }
            Rational[] v = new Rational[columns];
            Arrays.fill(v, Rational.ZERO);
            v[free] = Rational.ONE;
            for (int r = 0; r < rank(); r++) {
                v[pivotColumns[r]] = reduced[r][free].neg();
            }
            basis[k++] = v;
        }
        return basis;
    }
}
