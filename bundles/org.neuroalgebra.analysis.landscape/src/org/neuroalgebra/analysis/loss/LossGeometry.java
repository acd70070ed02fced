// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.neuroalgebra.algebra.linear.NumericalRank;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.analysis.data.NetworkFunction;
import org.neuroalgebra.analysis.data.Samples;

/**
 * The MSE loss of a dataset as a function of the coefficient matrix C_f (docs/MATHEMATICS.md §5):
 * {@code L(f) = ‖A C_f − B‖²_F = ‖C_f − U‖²_Q + ‖A U − B‖²_F}, A the rows v_D(a_k), Q = AᵀA,
 * U = A⁺B. Coefficient vectors use the output-major layout that every parametrization shares
 * ({@link org.neuroalgebra.analysis.data.Network}): C[j][o] = c[o·m + j]. As a map on V the loss
 * is block diagonal, one copy of A per output, which is why one A suffices.
 */
public final class LossGeometry {

    private final Monomials basis;
    private final double[][] a;
    private final double[][] b;
    private final double[][] q;
    private final double[][] u;
    private final NumericalRank rank;

    private LossGeometry(Monomials basis, double[][] a, double[][] b) {
        this.basis = basis;
        this.a = a;
        this.b = b;
        DMatrixRMaj matrixA = new DMatrixRMaj(a);
        DMatrixRMaj gram = new DMatrixRMaj(basis.size(), basis.size());
        CommonOps_DDRM.multTransA(matrixA, matrixA, gram);
        this.q = toArray(gram);
        DMatrixRMaj pseudoInverse = new DMatrixRMaj(basis.size(), a.length);
        CommonOps_DDRM.pinv(matrixA, pseudoInverse);
        DMatrixRMaj target = new DMatrixRMaj(basis.size(), b[0].length);
        CommonOps_DDRM.mult(pseudoInverse, new DMatrixRMaj(b), target);
        this.u = toArray(target);
        // Q is symmetric positive semidefinite: its singular values are its eigenvalues.
        this.rank = NumericalRank.of(q);
    }

    /** @return the geometry of the samples in the monomial basis of the network's output space */
    public static LossGeometry of(Monomials basis, Samples samples) {
        double[][] a = new double[samples.size()][];
        for (int k = 0; k < a.length; k++) {
            a[k] = NetworkFunction.veronese(basis, samples.inputs()[k]);
        }
        double[][] b = new double[samples.size()][];
        for (int k = 0; k < b.length; k++) {
            b[k] = samples.outputs()[k].clone();
        }
        return new LossGeometry(basis, a, b);
    }

    /** @return L(f) = ‖A C − B‖²_F */
    public double loss(double[] c) {
        double sum = 0;
        for (double[] r : residuals(c)) {
            for (double value : r) {
                sum += value * value;
            }
        }
        return sum;
    }

    /** @return ∇_c L = 2 Aᵀ(A C − B), in the coefficient layout */
    public double[] gradient(double[] c) {
        int m = basis.size();
        double[][] r = residuals(c);
        double[] g = new double[c.length];
        for (int o = 0; o < outputs(); o++) {
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int k = 0; k < a.length; k++) {
                    sum += a[k][j] * r[k][o];
                }
                g[o * m + j] = 2 * sum;
            }
        }
        return g;
    }

    /** @return ‖C − U‖²_Q = tr((C − U)ᵀ Q (C − U)) */
    public double distanceToTarget(double[] c) {
        int m = basis.size();
        double sum = 0;
        for (int o = 0; o < outputs(); o++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    sum += (c[o * m + i] - u[i][o]) * q[i][j] * (c[o * m + j] - u[j][o]);
                }
            }
        }
        return sum;
    }

    private double[][] residuals(double[] c) {
        int m = basis.size();
        double[][] r = new double[a.length][outputs()];
        for (int k = 0; k < a.length; k++) {
            for (int o = 0; o < outputs(); o++) {
                double sum = -b[k][o];
                for (int j = 0; j < m; j++) {
                    sum += a[k][j] * c[o * m + j];
                }
                r[k][o] = sum;
            }
        }
        return r;
    }

    /** @return U = A⁺B as a coefficient vector */
    public double[] target() {
        int m = basis.size();
        double[] c = new double[m * outputs()];
        for (int o = 0; o < outputs(); o++) {
            for (int j = 0; j < m; j++) {
                c[o * m + j] = u[j][o];
            }
        }
        return c;
    }

    /** @return the data matrix A, |S| × m (a copy) */
    public double[][] dataMatrix() {
        return copy(a);
    }

    /** @return Q = AᵀA, m × m (a copy) */
    public double[][] gram() {
        return copy(q);
    }

    /** @return the numerical rank of Q with its eigenvalues (descending) and gap */
    public NumericalRank rank() {
        return rank;
    }

    /** @return the monomial basis of one output coordinate */
    public Monomials basis() {
        return basis;
    }

    /** @return d_L */
    public int outputs() {
        return b[0].length;
    }

    private static double[][] toArray(DMatrixRMaj matrix) {
        double[][] result = new double[matrix.numRows][matrix.numCols];
        for (int i = 0; i < matrix.numRows; i++) {
            for (int j = 0; j < matrix.numCols; j++) {
                result[i][j] = matrix.get(i, j);
            }
        }
        return result;
    }

    private static double[][] copy(double[][] matrix) {
        double[][] result = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            result[i] = matrix[i].clone();
        }
        return result;
    }
}
