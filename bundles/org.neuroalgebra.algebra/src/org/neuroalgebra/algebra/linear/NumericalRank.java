// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The numerical rank of a floating-point matrix from its singular values,
 * with the evidence for it.
 * <p>
 * <b>Rule.</b> Let s₁ ≥ s₂ ≥ … ≥ s_k be the singular values (k = min(m, n))
 * and τ = max(m, n)·ε·s₁ the usual round-off tolerance. Values at or below τ
 * are zero. Among the values above τ the rank r is placed at the largest
 * relative gap s_r / s_{r+1}, where s_{r+1} is taken as max(s_{r+1}, τ) (and
 * as τ when r = k), so a full-rank matrix is compared with the round-off
 * level. The gap ratio reported is that s_r / max(s_{r+1}, τ): a Jacobian at
 * a generic point typically shows a gap of 10⁸ or more; a gap below about 10³
 * means the rank is not trustworthy. The zero matrix has rank 0 and gap ratio
 * +∞.
 */
public final class NumericalRank {

    private final double[] singularValues;
    private final int rank;
    private final double gapRatio;
    private final double tolerance;

    private NumericalRank(double[] singularValues, int rank, double gapRatio, double tolerance) {
        this.singularValues = singularValues;
        this.rank = rank;
        this.gapRatio = gapRatio;
        this.tolerance = tolerance;
    }

    /**
     * @param matrix
     *            a rectangular matrix as rows (not modified)
     * @return its singular values and numerical rank
     */
    public static NumericalRank of(double[][] matrix) {
        int m = matrix.length;
        int n = m == 0 ? 0 : matrix[0].length;
        if (m == 0 || n == 0) {
            return new NumericalRank(new double[0], 0, Double.POSITIVE_INFINITY, 0);
        }
        DMatrixRMaj a = new DMatrixRMaj(matrix);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, false, false, true);
        if (!svd.decompose(a)) {
            throw new ArithmeticException("SVD did not converge for a " + m + "x" + n + " matrix"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        double[] s = Arrays.copyOf(svd.getSingularValues(), svd.numberOfSingularValues());
        Arrays.sort(s);
        reverse(s);
        return fromSingularValues(s, Math.max(m, n));
    }

    /**
     * Applies the rank rule to given singular values.
     *
     * @param descending
     *            singular values in descending order
     * @param maxDimension
     *            max(m, n) of the matrix, which scales the tolerance
     * @return the rank decision
     */
    public static NumericalRank fromSingularValues(double[] descending, int maxDimension) {
        double[] s = descending.clone();
        if (s.length == 0 || s[0] == 0) {
            return new NumericalRank(s, 0, Double.POSITIVE_INFINITY, 0);
        }
        double tolerance = maxDimension * Math.ulp(1.0) * s[0];
        int rank = 0;
        double bestGap = 0;
        for (int r = 1; r <= s.length && s[r - 1] > tolerance; r++) {
            double next = r < s.length ? Math.max(s[r], tolerance) : tolerance;
            double gap = s[r - 1] / next;
            if (gap > bestGap) {
                bestGap = gap;
                rank = r;
            }
        }
        return new NumericalRank(s, rank, bestGap, tolerance);
    }

    private static void reverse(double[] s) {
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }

    /** @return the singular values, descending (a copy) */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** @return the numerical rank */
    public int rank() {
        return rank;
    }

    /** @return s_r / max(s_{r+1}, τ), the gap that justifies the rank */
    public double gapRatio() {
        return gapRatio;
    }

    /** @return τ = max(m, n)·ε·s₁ */
    public double tolerance() {
        return tolerance;
    }

    @Override
    public String toString() {
        return "numerical rank " + rank + " (gap ratio " + String.format("%.3g", gapRatio) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
