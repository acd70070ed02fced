// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.neuroalgebra.solver.homotopy.internal.DoubleDouble.abs;

import java.util.Arrays;

/**
 * {@link ComplexLu} in double-double: LU with partial pivoting of a dense
 * complex matrix stored as row-major blocks of four doubles. A reusable
 * workspace that allocates nothing per factorization; not thread-safe.
 */
final class DoubleDoubleLu {

    private final int n;
    private final double[] lu;
    private final int[] pivot;
    private final double[] work;
    private final double[] inverse = new double[4];
    private final double[] entry = new double[4];
    private final double[] scratch = new double[6];
    private boolean singular;

    DoubleDoubleLu(int n) {
        this.n = n;
        this.lu = new double[4 * n * n];
        this.pivot = new int[n];
        this.work = new double[4 * n];
    }

    /**
     * Factors a copy of the matrix.
     *
     * @param a
     *            n×n complex matrix in blocks of four, row-major
     * @return false when a pivot is exactly zero or not finite
     */
    boolean factor(double[] a) {
        System.arraycopy(a, 0, lu, 0, 4 * n * n);
        singular = false;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = -1;
            for (int i = k; i < n; i++) {
                double mag = abs(lu, 4 * (i * n + k));
                if (mag > best) {
                    best = mag;
                    p = i;
                }
            }
            pivot[k] = p;
            if (!(best > 0) || !Double.isFinite(best)) {
                singular = true;
                return false;
            }
            if (p != k) {
                for (int j = 0; j < 4 * n; j++) {
                    double tmp = lu[4 * k * n + j];
                    lu[4 * k * n + j] = lu[4 * p * n + j];
                    lu[4 * p * n + j] = tmp;
                }
            }
            DoubleDouble.set(inverse, 0, 1, 0);
            DoubleDouble.cdiv(inverse, 0, lu, 4 * (k * n + k), inverse, 0, scratch);
            for (int i = k + 1; i < n; i++) {
                int ik = 4 * (i * n + k);
                DoubleDouble.cmul(lu, ik, inverse, 0, lu, ik);
                for (int j = k + 1; j < n; j++) {
                    DoubleDouble.subMul(lu, 4 * (i * n + j), lu, ik, lu, 4 * (k * n + j), scratch);
                }
            }
        }
        return true;
    }

    /**
     * Solves A x = b in place with the last factorization.
     *
     * @param b
     *            right-hand side in blocks of four, overwritten by the solution
     */
    void solve(double[] b) {
        if (singular) {
            throw new IllegalStateException("matrix is singular"); //$NON-NLS-1$
        }
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                for (int c = 0; c < 4; c++) {
                    double tmp = b[4 * k + c];
                    b[4 * k + c] = b[4 * p + c];
                    b[4 * p + c] = tmp;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                DoubleDouble.subMul(b, 4 * i, lu, 4 * (i * n + j), b, 4 * j, scratch);
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i + 1; j < n; j++) {
                DoubleDouble.subMul(b, 4 * i, lu, 4 * (i * n + j), b, 4 * j, scratch);
            }
            System.arraycopy(b, 4 * i, entry, 0, 4);
            DoubleDouble.cdiv(entry, 0, lu, 4 * (i * n + i), b, 4 * i, scratch);
        }
    }

    /**
     * Condition number in the 1-norm from the inverse computed in
     * double-double, so that it is meaningful up to about 1e30.
     *
     * @param a
     *            the matrix last factored
     * @return ‖A‖₁·‖A⁻¹‖₁, infinite when singular
     */
    double conditionNumber(double[] a) {
        if (singular) {
            return Double.POSITIVE_INFINITY;
        }
        double normA = 0;
        double normInv = 0;
        for (int j = 0; j < n; j++) {
            Arrays.fill(work, 0);
            work[4 * j] = 1;
            solve(work);
            double colA = 0;
            double colInv = 0;
            for (int i = 0; i < n; i++) {
                colA += abs(a, 4 * (i * n + j));
                colInv += abs(work, 4 * i);
            }
            normA = Math.max(normA, colA);
            normInv = Math.max(normInv, colInv);
        }
        double cond = normA * normInv;
        return Double.isFinite(cond) ? cond : Double.POSITIVE_INFINITY;
    }
}
