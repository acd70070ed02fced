// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * {@link AffineSystem} in double-double: dehomogenization, residuals, Newton
 * refinement and condition numbers of endpoints that were tracked in
 * double-double, so that the numbers reported for them are computed in the
 * precision that found them. Square systems only; not thread-safe.
 */
final class DoubleDoubleAffineSystem {

    /** Newton refinement only where the endpoint is regular in double-double (see DoubleDoublePathTracker). */
    static final double REFINE_CONDITION = 1e16;
    private static final int REFINE_ITERATIONS = 6;

    private final DoubleDoubleWorkspace workspace;
    private final double[] parameters;
    private final int n;
    private final double[] z;
    private final double[] f;
    private final double[] fz;
    private final double[] jacobian;
    private final double[] scratch = new double[6];
    private final DoubleDoubleLu lu;

    /**
     * @param system
     *            a square system
     * @param parameters
     *            interleaved parameter values
     */
    DoubleDoubleAffineSystem(CompiledSystem system, double[] parameters) {
        if (system.equationCount() != system.variableCount()) {
            throw new IllegalArgumentException("double-double refinement needs a square system"); //$NON-NLS-1$
        }
        this.workspace = system.newDoubleDoubleWorkspace();
        this.parameters = DoubleDouble.widen(parameters);
        this.n = system.variableCount();
        this.z = new double[4 * (n + 1)];
        this.f = new double[4 * n];
        this.fz = new double[4 * n * (n + 1)];
        this.jacobian = new double[4 * n * n];
        this.lu = new DoubleDoubleLu(n);
    }

    /** @return x = (z_1..z_n) / z_0 for a chart point in blocks */
    double[] dehomogenize(double[] chartPoint) {
        double[] x = new double[4 * n];
        for (int i = 0; i < n; i++) {
            DoubleDouble.cdiv(chartPoint, 4 * i, chartPoint, 4 * n, x, 4 * i, scratch);
        }
        return x;
    }

    /** @return max_i |F_i(x)|, evaluated in double-double */
    double residual(double[] x) {
        evaluate(x, false);
        return DoubleDouble.norm(f);
    }

    /**
     * Newton refinement in place while the residual decreases, only where
     * the Jacobian is regular in double-double.
     *
     * @return the 1-norm condition number of the Jacobian at the result
     */
    double refine(double[] x) {
        double condition = factorJacobian(x);
        if (!(condition < REFINE_CONDITION)) {
            return condition;
        }
        double[] trial = x.clone();
        double[] step = new double[4 * n];
        double before = residual(trial);
        for (int iteration = 0; iteration < REFINE_ITERATIONS && before > 0; iteration++) {
            if (!factorJacobianAt(trial)) {
                // Newton may step onto a singular point of a positive-dimensional component.
                break;
            }
            System.arraycopy(f, 0, step, 0, step.length);
            lu.solve(step);
            double[] next = trial.clone();
            for (int i = 0; i < next.length; i += 4) {
                DoubleDouble.csub(next, i, step, i, next, i);
            }
            double after = residual(next);
            if (!(after < before)) {
                break;
            }
            trial = next;
            before = after;
        }
        System.arraycopy(trial, 0, x, 0, x.length);
        return factorJacobian(x);
    }

    private double factorJacobian(double[] x) {
        factorJacobianAt(x);
        return lu.conditionNumber(jacobian);
    }

    /** @return false when the Jacobian at x is exactly singular or not finite */
    private boolean factorJacobianAt(double[] x) {
        evaluate(x, true);
        for (int i = 0; i < n; i++) {
            System.arraycopy(fz, 4 * i * (n + 1), jacobian, 4 * i * n, 4 * n);
        }
        return lu.factor(jacobian);
    }

    private void evaluate(double[] x, boolean derivatives) {
        System.arraycopy(x, 0, z, 0, 4 * n);
        DoubleDouble.set(z, 4 * n, 1, 0);
        workspace.evaluate(z, parameters, f, derivatives ? fz : null, null);
    }
}
