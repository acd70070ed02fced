// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;

/**
 * Determinants and minors of small matrices of polynomials, exactly, by Laplace expansion (the
 * matrices here are Jacobians of a few equations and generic matrices of a few rows: expansion is
 * simpler than fraction-free elimination and never divides).
 */
public final class PolynomialMatrices {

    private PolynomialMatrices() {
    }

    /**
     * @param matrix
     *            a non-empty square matrix of polynomials in the same variables
     * @return its determinant
     */
    public static Polynomial determinant(Polynomial[][] matrix) {
        int size = matrix.length;
        if (size == 0 || matrix[0].length != size) {
            throw new IllegalArgumentException("need a non-empty square matrix, got " + size + " x " //$NON-NLS-1$ //$NON-NLS-2$
                    + (size == 0 ? 0 : matrix[0].length));
        }
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        return expand(matrix, all, all, 0, new boolean[size]);
    }

    /**
     * @param matrix
     *            a rectangular matrix of polynomials in the same variables
     * @param size
     *            the order k of the minors, 1 ≤ k ≤ min(rows, columns)
     * @return every k × k minor, row subsets in increasing order, then column subsets
     */
    public static List<Polynomial> minors(Polynomial[][] matrix, int size) {
        int rows = matrix.length;
        int columns = rows == 0 ? 0 : matrix[0].length;
        if (size < 1 || size > Math.min(rows, columns)) {
            throw new IllegalArgumentException("no " + size + " x " + size + " minors in a " + rows + " x " + columns //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + " matrix"); //$NON-NLS-1$
        }
        List<Polynomial> minors = new ArrayList<>();
        for (int[] r : subsets(rows, size)) {
            for (int[] c : subsets(columns, size)) {
                minors.add(expand(matrix, r, c, 0, new boolean[size]));
            }
        }
        return minors;
    }

    /** Laplace expansion along the rows from {@code row} on, over the columns not yet used. */
    private static Polynomial expand(Polynomial[][] matrix, int[] rows, int[] columns, int row, boolean[] used) {
        int variables = matrix[0][0].variableCount();
        if (row == rows.length) {
            return Polynomial.constant(variables, Rational.ONE);
        }
        Polynomial sum = Polynomial.zero(variables);
        boolean even = true; // the parity of the column's position among the unused ones
        for (int k = 0; k < columns.length; k++) {
            if (used[k]) {
                continue;
            }
            Polynomial entry = matrix[rows[row]][columns[k]];
            if (!entry.isZero()) {
                used[k] = true;
                Polynomial term = entry.mul(expand(matrix, rows, columns, row + 1, used));
                used[k] = false;
                sum = even ? sum.add(term) : sum.sub(term);
            }
            even = !even;
        }
        return sum;
    }

    /** @return the k-element subsets of {0..n−1}, each increasing, in lexicographic order */
    private static List<int[]> subsets(int n, int k) {
        List<int[]> subsets = new ArrayList<>();
        collect(subsets, new int[k], 0, 0, n);
        return subsets;
    }

    private static void collect(List<int[]> subsets, int[] current, int position, int from, int n) {
        if (position == current.length) {
            subsets.add(current.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            current[position] = i;
            collect(subsets, current, position + 1, i + 1, n);
        }
    }
}
