// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

/**
 * Plain double-precision complex linear algebra on interleaved arrays
 * ({@code a[i][2j]} real, {@code a[i][2j+1]} imaginary part). The inverse it
 * computes is only a preconditioner for Krawczyk's test, which stays rigorous
 * whatever its rounding errors.
 */
final class ComplexMatrices {

    private ComplexMatrices() {
    }

    /** @return the inverse by Gauss–Jordan elimination with partial pivoting, or null if a pivot vanishes */
    static double[][] inverse(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        double[][] inv = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
            inv[i][2 * i] = 1;
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            double best = -1;
            for (int row = col; row < n; row++) {
                double size = Math.hypot(m[row][2 * col], m[row][2 * col + 1]);
                if (size > best) {
                    best = size;
                    pivot = row;
                }
            }
            if (!(best > 0) || !Double.isFinite(best)) {
                return null;
            }
            swap(m, col, pivot);
            swap(inv, col, pivot);
            double pr = m[col][2 * col];
            double pi = m[col][2 * col + 1];
            double norm = pr * pr + pi * pi;
            double ir = pr / norm;
            double ii = -pi / norm;
            scaleRow(m[col], ir, ii);
            scaleRow(inv[col], ir, ii);
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double fr = m[row][2 * col];
                    double fi = m[row][2 * col + 1];
                    if (fr != 0 || fi != 0) {
                        subtractRow(m[row], m[col], fr, fi);
                        subtractRow(inv[row], inv[col], fr, fi);
                    }
                }
            }
        }
        return inv;
    }

    private static void swap(double[][] a, int i, int j) {
        double[] t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void scaleRow(double[] row, double sr, double si) {
        for (int k = 0; k < row.length; k += 2) {
            double r = row[k] * sr - row[k + 1] * si;
            row[k + 1] = row[k] * si + row[k + 1] * sr;
            row[k] = r;
        }
    }

    /** row -= f · pivotRow */
    private static void subtractRow(double[] row, double[] pivotRow, double fr, double fi) {
        for (int k = 0; k < row.length; k += 2) {
            row[k] -= fr * pivotRow[k] - fi * pivotRow[k + 1];
            row[k + 1] -= fr * pivotRow[k + 1] + fi * pivotRow[k];
        }
    }

    /** @return y = a · x for interleaved x */
    static double[] multiply(double[][] a, double[] x) {
        int n = a.length;
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < x.length; k += 2) {
                re += a[i][k] * x[k] - a[i][k + 1] * x[k + 1];
                im += a[i][k] * x[k + 1] + a[i][k + 1] * x[k];
            }
            y[2 * i] = re;
            y[2 * i + 1] = im;
        }
        return y;
    }

    /**
     * The condition number of R A D, with D = diag(scales) and R the powers of two that bring each
     * row of A D to size about 1: the condition of the scaled unknowns and of equations each
     * measured in its own units, which neither a solution with coordinates of different sizes nor
     * equations with coefficients of different sizes inflate (Krawczyk's test with the
     * preconditioner A⁻¹ is invariant under both scalings, up to rounding).
     *
     * @param a
     *            a square matrix
     * @param inverse
     *            an approximate inverse of a
     * @param scales
     *            the scales of the unknowns, powers of two
     * @return ‖R A D‖ ‖D⁻¹ A⁻¹ R⁻¹‖ in the max-row-sum norm
     */
    static double equilibratedCondition(double[][] a, double[][] inverse, double[] scales) {
        int n = a.length;
        double[] rows = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double largest = 0;
            double sum = 0;
            for (int k = 0; k < 2 * n; k += 2) {
                double size = Math.max(Math.abs(a[i][k]), Math.abs(a[i][k + 1])) * scales[k / 2];
                largest = Math.max(largest, size);
                sum += size;
            }
            rows[i] = largest > 0 && Double.isFinite(largest) ? Math.scalb(1.0, Math.getExponent(largest)) : 1;
            norm = Math.max(norm, sum / rows[i]);
        }
        double inverseNorm = 0;
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int k = 0; k < 2 * n; k += 2) {
                sum += Math.max(Math.abs(inverse[i][k]), Math.abs(inverse[i][k + 1])) * rows[k / 2];
            }
            inverseNorm = Math.max(inverseNorm, sum / scales[i]);
        }
        return norm * inverseNorm;
    }

    /** @return the max-row-sum norm with |z| = max(|re|, |im|) */
    static double norm(double[][] a) {
        double max = 0;
        for (double[] row : a) {
            double sum = 0;
            for (int k = 0; k < row.length; k += 2) {
                sum += Math.max(Math.abs(row[k]), Math.abs(row[k + 1]));
            }
            max = Math.max(max, sum);
        }
        return max;
    }

    /** @return max over entries of max(|re|, |im|) */
    static double maxNorm(double[] x) {
        double max = 0;
        for (double v : x) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
