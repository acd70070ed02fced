// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.neuroalgebra.algebra.param.Parametrization;

/**
 * Levenberg–Marquardt on θ ↦ ‖c(θ) − u‖², started where a first-order search stopped, to tell an
 * attained minimum from an infimum approached as θ → ∞. Near an attained minimum the damped
 * Gauss–Newton steps converge (quadratically at smooth points, linearly at sparse ones where the
 * Jacobian drops rank) and θ settles. Along a valley that leads to infinity, such as
 * a(w²x² + 1) with a → 0, w → ∞, a·w² fixed, Marquardt's scale-free damping keeps θ moving at a
 * steady pace: ‖θ‖ still grows by the factor {@link #GROWTH} over the second half of the budget,
 * or leaves the bound {@link #DIVERGENCE_FACTOR}·(1 + ‖θ₀‖).
 */
final class LevenbergMarquardt {

    /** The iteration budget. */
    static final int MAX_ITERATIONS = 100;

    /** ‖θ‖ above this factor times (1 + ‖θ₀‖) counts as diverging. */
    static final double DIVERGENCE_FACTOR = 1e4;

    /** Growth of ‖θ‖ over the second half of an unconverged iteration that counts as diverging. */
    static final double GROWTH = 1.5;

    private static final double STEP_TOLERANCE = 1e-12;
    private static final double MAX_DAMPING = 1e16;

    /**
     * Where the iteration stopped.
     *
     * @param theta
     *            the last accepted point
     * @param loss
     *            ‖c(θ) − u‖² there
     * @param diverged
     *            whether ‖θ‖ left the bound or kept growing, or the start had already overflowed:
     *            the infimum is not attained at a finite θ
     */
    record Polished(double[] theta, double loss, boolean diverged) {
    }

    private LevenbergMarquardt() {
    }

    static Polished polish(Parametrization map, double[] start, double[] u) {
        double[] theta = start.clone();
        double bound = DIVERGENCE_FACTOR * (1 + norm(theta));
        double loss = loss(map, theta, u);
        if (!Double.isFinite(loss)) {
            return new Polished(theta, loss, true);
        }
        double damping = 1e-3;
        double midNorm = norm(theta);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            if (iteration == MAX_ITERATIONS / 2) {
                midNorm = norm(theta);
            }
            double[][] jacobian = map.jacobian(theta);
            double[] residual = residual(map, theta, u);
            double[] columnSquares = columnSquares(jacobian);
            double[] trial = null;
            double trialLoss = Double.POSITIVE_INFINITY;
            double[] step = null;
            while (damping < MAX_DAMPING) {
                step = dampedStep(jacobian, residual, marquardt(columnSquares, damping));
                trial = theta.clone();
                for (int i = 0; i < trial.length; i++) {
                    trial[i] -= step[i];
                }
                trialLoss = loss(map, trial, u);
                if (trialLoss < loss) {
                    break;
                }
                damping *= 4;
            }
            if (!(trialLoss < loss)) {
                return new Polished(theta, loss, false);
            }
            theta = trial;
            loss = trialLoss;
            damping = Math.max(damping / 3, 1e-15);
            if (norm(theta) > bound) {
                return new Polished(theta, loss, true);
            }
            if (norm(step) <= STEP_TOLERANCE * (1 + norm(theta))) {
                return new Polished(theta, loss, false);
            }
        }
        // Still moving after the budget: diverging if ‖θ‖ kept growing over the second half.
        return new Polished(theta, loss, norm(theta) > GROWTH * midNorm);
    }

    private static double[] residual(Parametrization map, double[] theta, double[] u) {
        double[] c = map.evaluate(theta);
        for (int i = 0; i < c.length; i++) {
            c[i] -= u[i];
        }
        return c;
    }

    private static double loss(Parametrization map, double[] theta, double[] u) {
        double sum = 0;
        for (double r : residual(map, theta, u)) {
            sum += r * r;
        }
        return Double.isNaN(sum) ? Double.POSITIVE_INFINITY : sum;
    }

    /** @return the squared norms of the columns of J: the diagonal of JᵀJ */
    private static double[] columnSquares(double[][] jacobian) {
        int n = jacobian.length == 0 ? 0 : jacobian[0].length;
        double[] squares = new double[n];
        for (double[] row : jacobian) {
            for (int i = 0; i < n; i++) {
                squares[i] += row[i] * row[i];
            }
        }
        return squares;
    }

    /**
     * The step δ minimizing ‖Jδ − r‖² + Σ dᵢδᵢ², by QR of the stacked matrix [J; √D]. The normal
     * equations (JᵀJ + D)δ = Jᵀr would square the condition number, and along a valley to infinity
     * that loses every digit.
     */
    private static double[] dampedStep(double[][] jacobian, double[] residual, double[] diagonal) {
        int m = jacobian.length;
        int n = diagonal.length;
        DMatrixRMaj a = new DMatrixRMaj(m + n, n);
        DMatrixRMaj b = new DMatrixRMaj(m + n, 1);
        for (int row = 0; row < m; row++) {
            for (int column = 0; column < n; column++) {
                a.set(row, column, jacobian[row][column]);
            }
            b.set(row, 0, residual[row]);
        }
        for (int i = 0; i < n; i++) {
            a.set(m + i, i, Math.sqrt(diagonal[i]));
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(m + n, n);
        if (!solver.setA(a)) {
            throw new ArithmeticException("rank-deficient damped system"); //$NON-NLS-1$
        }
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        solver.solve(b, x);
        return x.getData().clone();
    }

    /**
     * Marquardt's damping λ·diag(JᵀJ) makes the steps independent of the scale of each parameter,
     * which matters here: along a valley to infinity the columns of J differ by many orders of
     * magnitude. A floor keeps the system definite where a column vanishes (a zero neuron).
     */
    private static double[] marquardt(double[] columnSquares, double damping) {
        double max = 0;
        for (double square : columnSquares) {
            max = Math.max(max, square);
        }
        double[] diagonal = new double[columnSquares.length];
        for (int i = 0; i < diagonal.length; i++) {
            diagonal[i] = damping * Math.max(columnSquares[i], 1e-12 * max + Double.MIN_NORMAL);
        }
        return diagonal;
    }

    static double norm(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
