// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.numerical;

import java.util.SplittableRandom;

/**
 * Kernel vectors, solutions and rank of a small complex matrix, by Gauss–Jordan elimination with
 * partial pivoting and a pivot threshold relative to the largest entry. Unlike {@link ComplexRank}
 * the rows are not equilibrated: a column that vanishes because of an exact zero upstream (for
 * example a zero outgoing weight) must count as zero, not be rescaled to size one.
 */
public final class ComplexKernel {

    private ComplexKernel() {
    }

    /**
     * @param matrix
     *            rows × columns, not modified
     * @param random
     *            the source of the free variables: the real, then the imaginary part of each
     *            free variable in column order
     * @return w with matrix · w = 0 (numerically), random in the kernel; the zero vector when
     *         the kernel is trivial
     */
    public static ComplexVector randomVector(ComplexMatrix matrix, SplittableRandom random) {
        Elimination e = new Elimination(matrix, ComplexRank.RELATIVE_THRESHOLD);
        int columns = matrix.columns();
        double[] wr = new double[columns];
        double[] wi = new double[columns];
        for (int c = 0; c < columns; c++) {
            if (!e.isPivot[c]) {
                wr[c] = random.nextGaussian();
                wi[c] = random.nextGaussian();
            }
        }
        for (int r = 0; r < e.rank; r++) {
            double vr = 0;
            double vi = 0;
            for (int c = 0; c < columns; c++) {
                if (!e.isPivot[c]) {
                    vr = vr - (e.re[r][c] * wr[c] - e.im[r][c] * wi[c]);
                    vi = vi - (e.re[r][c] * wi[c] + e.im[r][c] * wr[c]);
                }
            }
            wr[e.pivotColumn[r]] = vr;
            wi[e.pivotColumn[r]] = vi;
        }
        return new ComplexVector(wr, wi);
    }

    /**
     * @param matrix
     *            a square matrix, not modified
     * @param rhs
     *            the right-hand side
     * @return x with matrix · x = rhs, or null when the matrix is numerically singular
     */
    public static ComplexVector solve(ComplexMatrix matrix, ComplexVector rhs) {
        int n = rhs.size();
        double[][] re = new double[n][n + 1];
        double[][] im = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(matrix.re()[i], 0, re[i], 0, n);
            System.arraycopy(matrix.im()[i], 0, im[i], 0, n);
            re[i][n] = rhs.re()[i];
            im[i][n] = rhs.im()[i];
        }
        // no pivot threshold: the Newton steps themselves tell whether the solution is regular
        Elimination e = new Elimination(new ComplexMatrix(re, im), 0);
        if (e.rank < n || e.pivotColumn[n - 1] != n - 1) {
            return null;
        }
        double[] xr = new double[n];
        double[] xi = new double[n];
        for (int r = 0; r < n; r++) {
            xr[r] = e.re[r][n];
            xi[r] = e.im[r][n];
        }
        return new ComplexVector(xr, xi);
    }

    /**
     * @param matrix
     *            a complex matrix, not modified
     * @return the number of pivots above {@link ComplexRank#RELATIVE_THRESHOLD} times the largest
     *         entry, without equilibration
     */
    public static int rank(ComplexMatrix matrix) {
        return new Elimination(matrix, ComplexRank.RELATIVE_THRESHOLD).rank;
    }

    /** The reduced row echelon form. */
    private static final class Elimination {

        private final double[][] re;
        private final double[][] im;
        private final int[] pivotColumn;
        private final boolean[] isPivot;
        private int rank;

        Elimination(ComplexMatrix matrix, double threshold) {
            int rows = matrix.rows();
            int columns = matrix.columns();
            re = new double[rows][];
            im = new double[rows][];
            double scale = 0;
            for (int i = 0; i < rows; i++) {
                re[i] = matrix.re()[i].clone();
                im[i] = matrix.im()[i].clone();
                for (int k = 0; k < columns; k++) {
                    scale = Math.max(scale, Math.hypot(re[i][k], im[i][k]));
                }
            }
            pivotColumn = new int[rows];
            isPivot = new boolean[columns];
            for (int c = 0; c < columns && rank < rows; c++) {
                int best = rank;
                for (int r = rank + 1; r < rows; r++) {
                    if (Math.hypot(re[r][c], im[r][c]) > Math.hypot(re[best][c], im[best][c])) {
                        best = r;
                    }
                }
                if (Math.hypot(re[best][c], im[best][c]) <= threshold * scale) {
                    continue;
                }
                swap(re, best, rank);
                swap(im, best, rank);
                double norm = re[rank][c] * re[rank][c] + im[rank][c] * im[rank][c];
                double ir = re[rank][c] / norm;
                double ii = -im[rank][c] / norm;
                for (int k = 0; k < columns; k++) {
                    double ar = re[rank][k];
                    double ai = im[rank][k];
                    re[rank][k] = ar * ir - ai * ii;
                    im[rank][k] = ar * ii + ai * ir;
                }
                for (int r = 0; r < rows; r++) {
                    if (r != rank && Math.hypot(re[r][c], im[r][c]) > 0) {
                        double fr = re[r][c];
                        double fi = im[r][c];
                        for (int k = 0; k < columns; k++) {
                            re[r][k] = re[r][k] - (fr * re[rank][k] - fi * im[rank][k]);
                            im[r][k] = im[r][k] - (fr * im[rank][k] + fi * re[rank][k]);
                        }
                    }
                }
                pivotColumn[rank] = c;
                isPivot[c] = true;
                rank++;
            }
        }

        private static void swap(double[][] rows, int i, int j) {
            double[] t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }
}
