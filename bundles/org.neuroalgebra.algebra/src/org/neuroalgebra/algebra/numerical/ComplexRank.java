// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.numerical;

/**
 * Numerical rank of a small complex matrix by Gaussian elimination with
 * complete pivoting after equilibration (every row, then every column,
 * scaled to largest modulus 1, so that badly scaled blocks such as a small
 * gradient bordering a large Hessian do not fake a rank drop): the number of
 * pivots above {@code 1e-8}. Complete pivoting reveals rank reliably for the small,
 * moderately conditioned Jacobians met here; it is an estimate, like any
 * numerical rank.
 */
public final class ComplexRank {

    /** Pivots at or below this fraction of the largest entry count as zero. */
    public static final double RELATIVE_THRESHOLD = 1e-8;

    private ComplexRank() {
    }

    /**
     * @param matrix
     *            a complex matrix (not modified)
     * @return its numerical rank: the number of pivots above {@link #RELATIVE_THRESHOLD} after
     *         equilibration
     */
    public static int rank(ComplexMatrix matrix) {
        return (int) eliminate(matrix)[0];
    }

    /**
     * @param matrix
     *            a complex matrix (not modified)
     * @return how far the matrix is from losing full row rank: the smallest
     *         pivot of complete-pivoting elimination relative to the largest
     *         entry (0 when rank deficient)
     */
    public static double fullRankMargin(ComplexMatrix matrix) {
        double[] r = eliminate(matrix);
        return r[0] < Math.min(matrix.rows(), matrix.columns()) ? 0 : r[1];
    }

    /**
     * @param matrix
     *            a complex matrix (not modified)
     * @return the smallest pivot of complete-pivoting elimination without equilibration (0 when
     *         singular)
     */
    public static double smallestPivot(ComplexMatrix matrix) {
        double[] r = eliminate(matrix, false);
        return r[0] < Math.min(matrix.rows(), matrix.columns()) ? 0 : r[1] * r[2];
    }

    private static double[] eliminate(ComplexMatrix matrix) {
        return eliminate(matrix, true);
    }

    /** @return {rank, smallest accepted pivot / largest entry, largest entry} */
    private static double[] eliminate(ComplexMatrix matrix, boolean equilibrate) {
        int rows = matrix.rows();
        if (rows == 0) {
            return new double[] { 0, 0, 0 };
        }
        int cols = matrix.columns();
        double[][] re = new double[rows][];
        double[][] im = new double[rows][];
        for (int i = 0; i < rows; i++) {
            re[i] = matrix.re()[i].clone();
            im[i] = matrix.im()[i].clone();
        }
        if (equilibrate) {
            scaleRows(re, im);
            transposeScale(re, im);
        }
        double largest = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                largest = Math.max(largest, Math.hypot(re[i][j], im[i][j]));
            }
        }
        if (largest == 0) {
            return new double[] { 0, 0, 0 };
        }
        double smallestPivot = Double.POSITIVE_INFINITY;
        double threshold = RELATIVE_THRESHOLD * largest;
        int rank = 0;
        boolean[] rowUsed = new boolean[rows];
        boolean[] colUsed = new boolean[cols];
        while (rank < Math.min(rows, cols)) {
            int pr = -1;
            int pc = -1;
            double best = threshold;
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    double mag = Math.hypot(re[i][j], im[i][j]);
                    if (!rowUsed[i] && !colUsed[j] && mag > best) {
                        best = mag;
                        pr = i;
                        pc = j;
                    }
                }
            }
            if (pr < 0) {
                break;
            }
            smallestPivot = Math.min(smallestPivot, best);
            rowUsed[pr] = true;
            colUsed[pc] = true;
            rank++;
            double den = re[pr][pc] * re[pr][pc] + im[pr][pc] * im[pr][pc];
            for (int i = 0; i < rows; i++) {
                if (rowUsed[i]) {
                    continue;
                }
                // factor = a[i][pc] / a[pr][pc]
                double fr = (re[i][pc] * re[pr][pc] + im[i][pc] * im[pr][pc]) / den;
                double fi = (im[i][pc] * re[pr][pc] - re[i][pc] * im[pr][pc]) / den;
                for (int j = 0; j < cols; j++) {
                    re[i][j] -= fr * re[pr][j] - fi * im[pr][j];
                    im[i][j] -= fr * im[pr][j] + fi * re[pr][j];
                }
            }
        }
        return new double[] { rank, smallestPivot / largest, largest };
    }

    private static void scaleRows(double[][] re, double[][] im) {
        for (int i = 0; i < re.length; i++) {
            double max = 0;
            for (int j = 0; j < re[i].length; j++) {
                max = Math.max(max, Math.hypot(re[i][j], im[i][j]));
            }
            if (max > 0) {
                for (int j = 0; j < re[i].length; j++) {
                    re[i][j] /= max;
                    im[i][j] /= max;
                }
            }
        }
    }

    private static void transposeScale(double[][] re, double[][] im) {
        for (int j = 0; j < re[0].length; j++) {
            double max = 0;
            for (int i = 0; i < re.length; i++) {
                max = Math.max(max, Math.hypot(re[i][j], im[i][j]));
            }
            if (max > 0) {
                for (int i = 0; i < re.length; i++) {
                    re[i][j] /= max;
                    im[i][j] /= max;
                }
            }
        }
    }
}
