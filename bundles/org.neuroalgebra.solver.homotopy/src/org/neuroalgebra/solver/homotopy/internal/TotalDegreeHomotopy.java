// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * {@code H(z, t) = (1 − t) F(z) + t γ G(z)} with the total-degree start system
 * {@code G_i = x_i^{d_i} − z_0^{d_i}} (homogenized {@code x_i^{d_i} − 1}) and
 * a random complex γ (the γ-trick: for all but finitely many γ on the unit
 * circle no path meets a singularity for t in (0, 1]), in a random chart.
 */
final class TotalDegreeHomotopy implements Homotopy {

    private final CompiledSystem target;
    private final double[] parameters;
    private final double gammaRe;
    private final double gammaIm;
    private final ProjectiveChart chart;

    TotalDegreeHomotopy(CompiledSystem target, double[] parameters, double gammaRe, double gammaIm,
            ProjectiveChart chart) {
        if (target.equationCount() != target.variableCount()) {
            throw new IllegalArgumentException("the total-degree homotopy needs a square system"); //$NON-NLS-1$
        }
        this.target = target;
        this.parameters = parameters.clone();
        this.gammaRe = gammaRe;
        this.gammaIm = gammaIm;
        this.chart = chart;
    }

    @Override
    public int size() {
        return target.variableCount() + 1;
    }

    /**
     * @param index
     *            0 ≤ index &lt; ∏ d_i, read as mixed-radix digits
     * @return the start solution with x_i = ω_i z_0, ω_i the digit-th d_i-th
     *         root of unity, in the chart
     */
    double[] startSolution(long index) {
        int n = target.variableCount();
        double[] z = new double[2 * (n + 1)];
        long rest = index;
        for (int i = 0; i < n; i++) {
            int d = target.degree(i);
            int digit = (int) (rest % d);
            rest /= d;
            double angle = 2 * Math.PI * digit / d;
            z[2 * i] = Math.cos(angle);
            z[2 * i + 1] = Math.sin(angle);
        }
        z[2 * n] = 1;
        return chart.normalize(z);
    }

    @Override
    public Evaluator newEvaluator() {
        int n = target.variableCount();
        int nz = n + 1;
        CompiledSystem.Workspace workspace = target.newWorkspace();
        double[] f = new double[2 * n];
        double[] fz = new double[2 * n * nz];
        return (z, tRe, tIm, h, hz, ht) -> {
            workspace.evaluate(z, parameters, f, fz, null);
            double sRe = 1 - tRe;
            double sIm = -tIm;
            double gtRe = gammaRe * tRe - gammaIm * tIm;
            double gtIm = gammaRe * tIm + gammaIm * tRe;
            double z0Re = z[2 * n];
            double z0Im = z[2 * n + 1];
            for (int i = 0; i < n; i++) {
                int d = target.degree(i);
                // x_i^(d-1), z_0^(d-1)
                double xpRe = 1;
                double xpIm = 0;
                double zpRe = 1;
                double zpIm = 0;
                for (int e = 1; e < d; e++) {
                    double r = xpRe * z[2 * i] - xpIm * z[2 * i + 1];
                    xpIm = xpRe * z[2 * i + 1] + xpIm * z[2 * i];
                    xpRe = r;
                    r = zpRe * z0Re - zpIm * z0Im;
                    zpIm = zpRe * z0Im + zpIm * z0Re;
                    zpRe = r;
                }
                double gRe = (xpRe * z[2 * i] - xpIm * z[2 * i + 1]) - (zpRe * z0Re - zpIm * z0Im);
                double gIm = (xpRe * z[2 * i + 1] + xpIm * z[2 * i]) - (zpRe * z0Im + zpIm * z0Re);
                h[2 * i] = sRe * f[2 * i] - sIm * f[2 * i + 1] + gtRe * gRe - gtIm * gIm;
                h[2 * i + 1] = sRe * f[2 * i + 1] + sIm * f[2 * i] + gtRe * gIm + gtIm * gRe;
                if (ht != null) {
                    ht[2 * i] = gammaRe * gRe - gammaIm * gIm - f[2 * i];
                    ht[2 * i + 1] = gammaRe * gIm + gammaIm * gRe - f[2 * i + 1];
                }
                for (int j = 0; j < nz; j++) {
                    int idx = 2 * (i * nz + j);
                    hz[idx] = sRe * fz[idx] - sIm * fz[idx + 1];
                    hz[idx + 1] = sRe * fz[idx + 1] + sIm * fz[idx];
                }
                int ii = 2 * (i * nz + i);
                hz[ii] += d * (gtRe * xpRe - gtIm * xpIm);
                hz[ii + 1] += d * (gtRe * xpIm + gtIm * xpRe);
                int i0 = 2 * (i * nz + n);
                hz[i0] -= d * (gtRe * zpRe - gtIm * zpIm);
                hz[i0 + 1] -= d * (gtRe * zpIm + gtIm * zpRe);
            }
            chart.evaluate(z, n, h, hz, ht);
        };
    }
}
