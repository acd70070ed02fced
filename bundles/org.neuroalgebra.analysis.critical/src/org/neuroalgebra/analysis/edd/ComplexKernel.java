// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.SplittableRandom;

import org.neuroalgebra.solver.Complex;

/**
 * Kernel vectors and rank of a small complex matrix, by Gauss–Jordan elimination with partial
 * pivoting and a pivot threshold relative to the largest entry. Unlike {@link ComplexRank} the
 * rows are not equilibrated: a column of J_μ that vanishes because an outgoing weight is zero
 * must count as zero, not be rescaled to size one. Planting a critical point needs a random
 * kernel vector (u = μ(θ0) − w with w ∈ ker J(θ0)ᵀQ).
 */
final class ComplexKernel {

    private ComplexKernel() {
    }

    /**
     * @param matrix
     *            rows × columns, not modified
     * @param random
     *            the source of the free variables
     * @return w with matrix · w = 0 (numerically), random in the kernel; the zero vector when
     *         the kernel is trivial
     */
    static Complex[] randomVector(Complex[][] matrix, SplittableRandom random) {
        Elimination e = new Elimination(matrix, ComplexRank.RELATIVE_THRESHOLD);
        int columns = matrix[0].length;
        Complex[] w = new Complex[columns];
        for (int c = 0; c < columns; c++) {
            w[c] = e.isPivot[c] ? Complex.ZERO : new Complex(random.nextGaussian(), random.nextGaussian());
        }
        for (int r = 0; r < e.rank; r++) {
            Complex value = Complex.ZERO;
            for (int c = 0; c < columns; c++) {
                if (!e.isPivot[c]) {
                    value = value.sub(e.a[r][c].mul(w[c]));
                }
            }
            w[e.pivotColumn[r]] = value;
        }
        return w;
    }

    /**
     * @param matrix
     *            a square matrix
     * @param rhs
     *            the right-hand side
     * @return x with matrix · x = rhs, or null when the matrix is numerically singular
     */
    static Complex[] solve(Complex[][] matrix, Complex[] rhs) {
        int n = rhs.length;
        Complex[][] augmented = new Complex[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix[i], 0, augmented[i], 0, n);
            augmented[i][n] = rhs[i];
        }
        // no pivot threshold: the Newton steps themselves tell whether the solution is regular
        Elimination e = new Elimination(augmented, 0);
        if (e.rank < n || e.pivotColumn[n - 1] != n - 1) {
            return null;
        }
        Complex[] x = new Complex[n];
        for (int r = 0; r < n; r++) {
            x[r] = e.a[r][n];
        }
        return x;
    }

    /** @return the number of pivots above 1e-8 times the largest entry */
    static int rank(Complex[][] matrix) {
        return new Elimination(matrix, ComplexRank.RELATIVE_THRESHOLD).rank;
    }

    /** The reduced row echelon form. */
    private static final class Elimination {

        private final Complex[][] a;
        private final int[] pivotColumn;
        private final boolean[] isPivot;
        private int rank;

        Elimination(Complex[][] matrix, double threshold) {
            int rows = matrix.length;
            int columns = matrix[0].length;
            a = new Complex[rows][];
            double scale = 0;
            for (int i = 0; i < rows; i++) {
                a[i] = matrix[i].clone();
                for (Complex z : a[i]) {
                    scale = Math.max(scale, z.abs());
                }
            }
            pivotColumn = new int[rows];
            isPivot = new boolean[columns];
            for (int c = 0; c < columns && rank < rows; c++) {
                int best = rank;
                for (int r = rank + 1; r < rows; r++) {
                    if (a[r][c].abs() > a[best][c].abs()) {
                        best = r;
                    }
                }
                if (a[best][c].abs() <= threshold * scale) {
                    continue;
                }
                Complex[] swap = a[best];
                a[best] = a[rank];
                a[rank] = swap;
                Complex inverse = inverse(a[rank][c]);
                for (int k = 0; k < columns; k++) {
                    a[rank][k] = a[rank][k].mul(inverse);
                }
                for (int r = 0; r < rows; r++) {
                    if (r != rank && a[r][c].abs() > 0) {
                        Complex f = a[r][c];
                        for (int k = 0; k < columns; k++) {
                            a[r][k] = a[r][k].sub(f.mul(a[rank][k]));
                        }
                    }
                }
                pivotColumn[rank] = c;
                isPivot[c] = true;
                rank++;
            }
        }
    }

    private static Complex inverse(Complex z) {
        double norm = z.re() * z.re() + z.im() * z.im();
        return new Complex(z.re() / norm, -z.im() / norm);
    }
}
