// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        if (size > Long.SIZE - 1) {
            throw new IllegalArgumentException("a " + size + " x " + size + " determinant is too large to expand"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        return expand(matrix, all, all, 0, 0L, new HashMap<>());
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
                minors.add(expand(matrix, r, c, 0, 0L, new HashMap<>()));
            }
        }
        return minors;
    }

    /**
     * Laplace expansion along the rows from {@code row} on, over the columns not yet used. The minor below a
     * row depends only on the set of columns used above it, so each is computed once ({@code memo}, keyed by
     * that set): 2^k minors instead of k! products.
     */
    private static Polynomial expand(Polynomial[][] matrix, int[] rows, int[] columns, int row, long used,
            Map<Long, Polynomial> memo) {
        int variables = matrix[0][0].variableCount();
        if (row == rows.length) {
            return Polynomial.constant(variables, Rational.ONE);
        }
        Polynomial known = memo.get(used);
        if (known != null) {
            return known;
        }
        Polynomial sum = Polynomial.zero(variables);
        boolean even = true; // the parity of the column's position among the unused ones
        for (int k = 0; k < columns.length; k++) {
            if ((used & (1L << k)) != 0) {
                continue;
            }
            Polynomial entry = matrix[rows[row]][columns[k]];
            if (!entry.isZero()) {
                Polynomial term = entry.mul(expand(matrix, rows, columns, row + 1, used | (1L << k), memo));
                sum = even ? sum.add(term) : sum.sub(term);
            }
            even = !even;
        }
        memo.put(used, sum);
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
