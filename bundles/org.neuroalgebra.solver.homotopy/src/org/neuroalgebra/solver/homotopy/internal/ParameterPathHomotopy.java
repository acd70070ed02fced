// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * {@code H(z, t) = F(z; p(t))} with {@code p(t) = p_target + τ(t)(p_start −
 * p_target)}, in a chart. Without γ, τ(t) = t (a straight segment, used
 * between random complex parameters); with γ, τ(t) = γt / (1 + (γ − 1)t),
 * which runs from 0 to 1 along an arc through the complex plane (the γ-trick
 * for parameter homotopies: the path avoids the discriminant even when both
 * ends are real).
 */
final class ParameterPathHomotopy implements Homotopy {

    private final CompiledSystem system;
    private final double[] start;
    private final double[] target;
    private final double gammaRe;
    private final double gammaIm;
    private final ProjectiveChart chart;

    /**
     * @param system
     *            a square system in its variables
     * @param start
     *            interleaved parameters at t = 1
     * @param target
     *            interleaved parameters at t = 0
     * @param gammaRe
     *            real part of γ (1 and 0 for a straight segment)
     * @param gammaIm
     *            imaginary part of γ
     * @param chart
     *            the chart
     */
    ParameterPathHomotopy(CompiledSystem system, double[] start, double[] target, double gammaRe, double gammaIm,
            ProjectiveChart chart) {
        this.system = system;
        this.start = start.clone();
        this.target = target.clone();
        this.gammaRe = gammaRe;
        this.gammaIm = gammaIm;
        this.chart = chart;
    }

    @Override
    public int size() {
        return system.variableCount() + 1;
    }

    @Override
    public Evaluator newEvaluator() {
        int n = system.variableCount();
        int nz = n + 1;
        int np = system.parameterCount();
        CompiledSystem.Workspace workspace = system.newWorkspace();
        double[] p = new double[2 * np];
        double[] fp = new double[2 * n * np];
        return (z, tRe, tIm, h, hz, ht) -> {
            // den = 1 + (γ − 1) t, τ = γ t / den, τ' = γ / den²
            double denRe = 1 + (gammaRe - 1) * tRe - gammaIm * tIm;
            double denIm = (gammaRe - 1) * tIm + gammaIm * tRe;
            double dd = denRe * denRe + denIm * denIm;
            double invRe = denRe / dd;
            double invIm = -denIm / dd;
            double gtRe = gammaRe * tRe - gammaIm * tIm;
            double gtIm = gammaRe * tIm + gammaIm * tRe;
            double tauRe = gtRe * invRe - gtIm * invIm;
            double tauIm = gtRe * invIm + gtIm * invRe;
            double inv2Re = invRe * invRe - invIm * invIm;
            double inv2Im = 2 * invRe * invIm;
            double dtauRe = gammaRe * inv2Re - gammaIm * inv2Im;
            double dtauIm = gammaRe * inv2Im + gammaIm * inv2Re;
            for (int k = 0; k < np; k++) {
                double diffRe = start[2 * k] - target[2 * k];
                double diffIm = start[2 * k + 1] - target[2 * k + 1];
                p[2 * k] = target[2 * k] + tauRe * diffRe - tauIm * diffIm;
                p[2 * k + 1] = target[2 * k + 1] + tauRe * diffIm + tauIm * diffRe;
            }
            workspace.evaluate(z, p, h, hz, ht == null ? null : fp);
            for (int i = 0; ht != null && i < n; i++) {
                double sr = 0;
                double si = 0;
                for (int k = 0; k < np; k++) {
                    double diffRe = start[2 * k] - target[2 * k];
                    double diffIm = start[2 * k + 1] - target[2 * k + 1];
                    double vRe = dtauRe * diffRe - dtauIm * diffIm;
                    double vIm = dtauRe * diffIm + dtauIm * diffRe;
                    int idx = 2 * (i * np + k);
                    sr += fp[idx] * vRe - fp[idx + 1] * vIm;
                    si += fp[idx] * vIm + fp[idx + 1] * vRe;
                }
                ht[2 * i] = sr;
                ht[2 * i + 1] = si;
            }
            chart.evaluate(z, n, h, hz, ht);
        };
    }

    @Override
    public void evaluationError(double[] z, double[] out) {
        system.evaluationError(z, target, out);
        out[system.variableCount()] = chart.evaluationError(z);
    }

    @Override
    public DoubleDoubleEvaluator newDoubleDoubleEvaluator() {
        int n = system.variableCount();
        int np = system.parameterCount();
        DoubleDoubleWorkspace workspace = system.newDoubleDoubleWorkspace();
        double[] to = DoubleDouble.widen(target);
        double[] diff = DoubleDouble.widen(start);
        for (int k = 0; k < np; k++) {
            DoubleDouble.csub(diff, 4 * k, to, 4 * k, diff, 4 * k);
        }
        double[] gamma = new double[4];
        DoubleDouble.set(gamma, 0, gammaRe, gammaIm);
        double[] gammaMinusOne = new double[4];
        DoubleDouble.add(gammaRe, 0, -1, 0, gammaMinusOne, 0);
        gammaMinusOne[2] = gammaIm;
        double[] p = new double[4 * np];
        double[] fp = new double[4 * n * np];
        double[] inv = new double[4];
        double[] tau = new double[4];
        double[] dtau = new double[4];
        double[] v = new double[4];
        double[] scratch = new double[6];
        return (z, t, h, hz, ht) -> {
            // den = 1 + (γ − 1) t, τ = γ t / den, τ' = γ / den²
            DoubleDouble.cmul(gammaMinusOne, 0, t, 0, v, 0);
            DoubleDouble.add(v[0], v[1], 1, 0, v, 0);
            DoubleDouble.set(inv, 0, 1, 0);
            DoubleDouble.cdiv(inv, 0, v, 0, inv, 0, scratch);
            DoubleDouble.cmul(t, 0, gammaRe, gammaIm, tau, 0);
            DoubleDouble.cmul(tau, 0, inv, 0, tau, 0);
            DoubleDouble.cmul(inv, 0, inv, 0, dtau, 0);
            DoubleDouble.cmul(dtau, 0, gamma, 0, dtau, 0);
            for (int k = 0; k < np; k++) {
                DoubleDouble.cmul(tau, 0, diff, 4 * k, p, 4 * k);
                DoubleDouble.cadd(p, 4 * k, to, 4 * k, p, 4 * k);
            }
            workspace.evaluate(z, p, h, hz, ht == null ? null : fp);
            for (int i = 0; ht != null && i < n; i++) {
                DoubleDouble.set(ht, 4 * i, 0, 0);
                for (int k = 0; k < np; k++) {
                    DoubleDouble.cmul(dtau, 0, diff, 4 * k, v, 0);
                    DoubleDouble.addMul(ht, 4 * i, fp, 4 * (i * np + k), v, 0, scratch);
                }
            }
            chart.evaluateDoubleDouble(z, n, h, hz, ht, v);
        };
    }
}
