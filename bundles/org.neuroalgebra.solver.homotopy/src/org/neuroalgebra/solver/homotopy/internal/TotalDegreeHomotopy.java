// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * {@code H(z, t) = (1 − t) F(z) + t γ G(z)} with the total-degree start system
 * {@code G_i = x_i^{d_i} − z_0^{d_i}} (homogenized {@code x_i^{d_i} − 1}) and
 * a random complex γ (the γ-trick: for all but finitely many γ on the unit
 * circle no path meets a singularity for t in (0, 1]), in a random chart.
 */
final class TotalDegreeHomotopy extends StartSystemHomotopy {

    TotalDegreeHomotopy(CompiledSystem target, double[] parameters, double gammaRe, double gammaIm,
            ProjectiveChart chart) {
        super(square(target), parameters, gammaRe, gammaIm, chart);
    }

    private static CompiledSystem square(CompiledSystem target) {
        if (target.equationCount() != target.variableCount()) {
            throw new IllegalArgumentException("the total-degree homotopy needs a square system"); //$NON-NLS-1$
        }
        return target;
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

    @Override
    public DoubleDoubleEvaluator newDoubleDoubleEvaluator() {
        int n = target.variableCount();
        int nz = n + 1;
        DoubleDoubleWorkspace workspace = target.newDoubleDoubleWorkspace();
        double[] p = DoubleDouble.widen(parameters);
        double[] f = new double[4 * n];
        double[] fz = new double[4 * n * nz];
        double[] s = new double[4];
        double[] gt = new double[4];
        double[] xp = new double[4];
        double[] zp = new double[4];
        double[] g = new double[4];
        double[] tmp = new double[4];
        return (z, t, h, hz, ht) -> {
            workspace.evaluate(z, p, f, fz, null);
            DoubleDouble.set(s, 0, 1, 0);
            DoubleDouble.csub(s, 0, t, 0, s, 0);
            DoubleDouble.cmul(t, 0, gammaRe, gammaIm, gt, 0);
            for (int i = 0; i < n; i++) {
                int d = target.degree(i);
                DoubleDouble.set(xp, 0, 1, 0);
                DoubleDouble.set(zp, 0, 1, 0);
                for (int e = 1; e < d; e++) {
                    DoubleDouble.cmul(xp, 0, z, 4 * i, xp, 0);
                    DoubleDouble.cmul(zp, 0, z, 4 * n, zp, 0);
                }
                DoubleDouble.cmul(xp, 0, z, 4 * i, g, 0);
                DoubleDouble.cmul(zp, 0, z, 4 * n, tmp, 0);
                DoubleDouble.csub(g, 0, tmp, 0, g, 0);
                DoubleDouble.cmul(s, 0, f, 4 * i, h, 4 * i);
                DoubleDouble.cmul(gt, 0, g, 0, tmp, 0);
                DoubleDouble.cadd(h, 4 * i, tmp, 0, h, 4 * i);
                if (ht != null) {
                    DoubleDouble.cmul(g, 0, gammaRe, gammaIm, tmp, 0);
                    DoubleDouble.csub(tmp, 0, f, 4 * i, ht, 4 * i);
                }
                for (int j = 0; j < nz; j++) {
                    DoubleDouble.cmul(s, 0, fz, 4 * (i * nz + j), hz, 4 * (i * nz + j));
                }
                DoubleDouble.cmul(gt, 0, xp, 0, tmp, 0);
                DoubleDouble.scale(tmp, 0, d, 0, tmp, 0);
                DoubleDouble.cadd(hz, 4 * (i * nz + i), tmp, 0, hz, 4 * (i * nz + i));
                DoubleDouble.cmul(gt, 0, zp, 0, tmp, 0);
                DoubleDouble.scale(tmp, 0, d, 0, tmp, 0);
                DoubleDouble.csub(hz, 4 * (i * nz + n), tmp, 0, hz, 4 * (i * nz + n));
            }
            chart.evaluateDoubleDouble(z, n, h, hz, ht, tmp);
        };
    }
}
