// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * LU factorization with partial pivoting of a small dense complex matrix,
 * stored interleaved (re, im) row-major in a double array. Written by hand
 * rather than with EJML because the path tracker solves millions of systems
 * of size ≤ 30 and must not allocate per solve; one instance is a reusable
 * workspace, not thread-safe.
 */
final class ComplexLu {

    private final int n;
    private final double[] lu;
    private final int[] pivot;
    private final double[] work;
    private final double[] rowSums;
    private boolean singular;

    ComplexLu(int n) {
        this.n = n;
        this.lu = new double[2 * n * n];
        this.pivot = new int[n];
        this.work = new double[2 * n];
        this.rowSums = new double[n];
    }

    int size() {
        return n;
    }

    /**
     * Factors a copy of the matrix.
     *
     * @param a
     *            n×n interleaved complex matrix, row-major
     * @return false when a pivot is exactly zero or not finite
     */
    boolean factor(double[] a) {
        System.arraycopy(a, 0, lu, 0, 2 * n * n);
        singular = false;
        for (int k = 0; k < n; k++) {
            int p = k;
            double best = -1;
            for (int i = k; i < n; i++) {
                int idx = 2 * (i * n + k);
                double mag = Math.abs(lu[idx]) + Math.abs(lu[idx + 1]);
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
                for (int j = 0; j < 2 * n; j++) {
                    double tmp = lu[2 * k * n + j];
                    lu[2 * k * n + j] = lu[2 * p * n + j];
                    lu[2 * p * n + j] = tmp;
                }
            }
            int kk = 2 * (k * n + k);
            double pr = lu[kk];
            double pi = lu[kk + 1];
            double den = pr * pr + pi * pi;
            double ir = pr / den;
            double ii = -pi / den;
            for (int i = k + 1; i < n; i++) {
                int ik = 2 * (i * n + k);
                double mr = lu[ik] * ir - lu[ik + 1] * ii;
                double mi = lu[ik] * ii + lu[ik + 1] * ir;
                lu[ik] = mr;
                lu[ik + 1] = mi;
                for (int j = k + 1; j < n; j++) {
                    int ij = 2 * (i * n + j);
                    int kj = 2 * (k * n + j);
                    lu[ij] -= mr * lu[kj] - mi * lu[kj + 1];
                    lu[ij + 1] -= mr * lu[kj + 1] + mi * lu[kj];
                }
            }
        }
        return true;
    }

    /**
     * Solves A x = b in place with the last factorization.
     *
     * @param b
     *            interleaved right-hand side, overwritten by the solution
     */
    void solve(double[] b) {
        if (singular) {
            throw new IllegalStateException("matrix is singular"); //$NON-NLS-1$
        }
        for (int k = 0; k < n; k++) {
            int p = pivot[k];
            if (p != k) {
                double tr = b[2 * k];
                double ti = b[2 * k + 1];
                b[2 * k] = b[2 * p];
                b[2 * k + 1] = b[2 * p + 1];
                b[2 * p] = tr;
                b[2 * p + 1] = ti;
            }
        }
        for (int i = 0; i < n; i++) {
            double sr = b[2 * i];
            double si = b[2 * i + 1];
            for (int j = 0; j < i; j++) {
                int ij = 2 * (i * n + j);
                sr -= lu[ij] * b[2 * j] - lu[ij + 1] * b[2 * j + 1];
                si -= lu[ij] * b[2 * j + 1] + lu[ij + 1] * b[2 * j];
            }
            b[2 * i] = sr;
            b[2 * i + 1] = si;
        }
        for (int i = n - 1; i >= 0; i--) {
            double sr = b[2 * i];
            double si = b[2 * i + 1];
            for (int j = i + 1; j < n; j++) {
                int ij = 2 * (i * n + j);
                sr -= lu[ij] * b[2 * j] - lu[ij + 1] * b[2 * j + 1];
                si -= lu[ij] * b[2 * j + 1] + lu[ij + 1] * b[2 * j];
            }
            int ii = 2 * (i * n + i);
            double pr = lu[ii];
            double pi = lu[ii + 1];
            double den = pr * pr + pi * pi;
            b[2 * i] = (sr * pr + si * pi) / den;
            b[2 * i + 1] = (si * pr - sr * pi) / den;
        }
    }

    /**
     * Condition number in the 1-norm, computed exactly from the inverse
     * (affordable for n ≤ 30 and only called at endpoints).
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
            double colA = 0;
            java.util.Arrays.fill(work, 0);
            work[2 * j] = 1;
            solve(work);
            double colInv = 0;
            for (int i = 0; i < n; i++) {
                colA += Math.hypot(a[2 * (i * n + j)], a[2 * (i * n + j) + 1]);
                colInv += Math.hypot(work[2 * i], work[2 * i + 1]);
            }
            normA = Math.max(normA, colA);
            normInv = Math.max(normInv, colInv);
        }
        double cond = normA * normInv;
        return Double.isFinite(cond) ? cond : Double.POSITIVE_INFINITY;
    }

    /**
     * How far errors of the given sizes in the equations can move the
     * solution: max_i Σ_j |(A⁻¹)_ij| e_j, from the inverse of the last
     * factorization (only called at endpoints).
     *
     * @param errors
     *            nonnegative bound on the error of each equation
     * @return the bound, infinite when singular
     */
    double errorBound(double[] errors) {
        if (singular) {
            return Double.POSITIVE_INFINITY;
        }
        java.util.Arrays.fill(rowSums, 0);
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(work, 0);
            work[2 * j] = 1;
            solve(work);
            for (int i = 0; i < n; i++) {
                rowSums[i] += Math.hypot(work[2 * i], work[2 * i + 1]) * errors[j];
            }
        }
        double max = 0;
        for (double sum : rowSums) {
            max = Math.max(max, sum);
        }
        return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
    }
}
