// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * A {@link CompiledSystem} at fixed parameter values, evaluated on the affine
 * chart z_0 = 1: residuals, Newton refinement and condition numbers of
 * endpoints. Not thread-safe (one workspace).
 */
final class AffineSystem {

    private static final double REFINE_CONDITION = 1e8;
    private static final double SOLUTION_RESIDUAL = 1e-7;

    private final CompiledSystem system;
    private final double[] parameters;
    private final CompiledSystem.Workspace workspace;
    private final int n;
    private final int m;
    private final double[] z;
    private final double[] f;
    private final double[] fz;
    private final double[] jacobian;
    private final ComplexLu lu;

    AffineSystem(CompiledSystem system, double[] parameters) {
        this.system = system;
        this.parameters = parameters.clone();
        this.workspace = system.newWorkspace();
        this.n = system.variableCount();
        this.m = system.equationCount();
        this.z = new double[2 * (n + 1)];
        this.f = new double[2 * m];
        this.fz = new double[2 * m * (n + 1)];
        this.jacobian = new double[2 * n * n];
        this.lu = new ComplexLu(n);
    }

    CompiledSystem system() {
        return system;
    }

    /** @return the same system at the same parameters, evaluated in double-double */
    DoubleDoubleAffineSystem inDoubleDouble() {
        return new DoubleDoubleAffineSystem(system, parameters);
    }

    /** @return x = (z_1..z_n) / z_0 for an interleaved chart point */
    double[] dehomogenize(double[] chartPoint) {
        double zr = chartPoint[2 * n];
        double zi = chartPoint[2 * n + 1];
        double den = zr * zr + zi * zi;
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double re = chartPoint[2 * i];
            double im = chartPoint[2 * i + 1];
            x[2 * i] = (re * zr + im * zi) / den;
            x[2 * i + 1] = (im * zr - re * zi) / den;
        }
        return x;
    }

    /** @return max_i |F_i(x)| */
    double residual(double[] x) {
        evaluate(x, false);
        return PathTracker.norm(f);
    }

    /**
     * Whether x solves every equation: each |F_i(x)| at most 1e-7 times the
     * sum of the moduli of its terms at x (a scale-free residual).
     */
    boolean isSolution(double[] x) {
        evaluate(x, false);
        double scale = 1;
        for (int i = 0; i < 2 * n; i++) {
            scale = Math.max(scale, Math.abs(x[i]));
        }
        for (int i = 0; i < m; i++) {
            double size = Math.pow(scale, system.degree(i));
            if (Math.hypot(f[2 * i], f[2 * i + 1]) > SOLUTION_RESIDUAL * size) {
                return false;
            }
        }
        return true;
    }

    /**
     * Newton refinement of a square system in place, only where the Jacobian
     * is well conditioned (at singular points Newton converges slowly and the
     * endgame estimate is better).
     *
     * @return the 1-norm condition number of the Jacobian at the result
     */
    double refine(double[] x, double tolerance) {
        double condition = factorJacobian(x);
        if (!(condition < REFINE_CONDITION)) {
            return condition;
        }
        double[] trial = x.clone();
        for (int iteration = 0; iteration < 4; iteration++) {
            double before = residual(trial);
            if (!factorJacobianAt(trial)) {
                // Newton may step onto a singular point of a positive-dimensional component.
                break;
            }
            double[] step = new double[2 * n];
            System.arraycopy(f, 0, step, 0, 2 * n);
            lu.solve(step);
            double[] next = trial.clone();
            for (int i = 0; i < next.length; i++) {
                next[i] -= step[i];
            }
            if (!(residual(next) <= before)) {
                break;
            }
            trial = next;
            if (PathTracker.norm(step) <= tolerance * 1e-4 * (1 + PathTracker.norm(trial))) {
                break;
            }
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
        if (m != n) {
            throw new IllegalStateException("Newton refinement needs a square system"); //$NON-NLS-1$
        }
        evaluate(x, true);
        for (int i = 0; i < n; i++) {
            System.arraycopy(fz, 2 * i * (n + 1), jacobian, 2 * i * n, 2 * n);
        }
        return lu.factor(jacobian);
    }

    private void evaluate(double[] x, boolean derivatives) {
        System.arraycopy(x, 0, z, 0, 2 * n);
        z[2 * n] = 1;
        z[2 * n + 1] = 0;
        workspace.evaluate(z, parameters, f, derivatives ? fz : null, null);
    }
}
