// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.numerical;

/** Gaussian elimination with partial pivoting for small real systems. */
public final class RealSolve {

    private RealSolve() {
    }

    /**
     * @param matrix
     *            an invertible n × n matrix (not modified)
     * @param rhs
     *            the right-hand side (not modified)
     * @return the solution
     * @throws ArithmeticException
     *             if the matrix is numerically singular
     */
    public static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        double[] b = rhs.clone();
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(a[i][k]) > Math.abs(a[p][k])) {
                    p = i;
                }
            }
            if (Math.abs(a[p][k]) < 1e-300) {
                throw new ArithmeticException("singular matrix"); //$NON-NLS-1$
            }
            double[] row = a[p];
            a[p] = a[k];
            a[k] = row;
            double t = b[p];
            b[p] = b[k];
            b[k] = t;
            for (int i = k + 1; i < n; i++) {
                double f = a[i][k] / a[k][k];
                for (int j = k; j < n; j++) {
                    a[i][j] -= f * a[k][j];
                }
                b[i] -= f * b[k];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= a[i][j] * x[j];
            }
            x[i] = s / a[i][i];
        }
        return x;
    }
}
