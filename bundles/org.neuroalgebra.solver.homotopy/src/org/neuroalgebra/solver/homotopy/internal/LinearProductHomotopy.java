// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.SplittableRandom;

/**
 * {@code H(z, t) = (1 − t) F(z) + t γ S(z)} with a linear-product start system that respects a
 * multihomogeneous structure ({@link ProductStructure}): S_i is the product of d_{ig} random linear
 * forms in the variables of group g and z_0, over the groups g. Its regular solutions in C^n are
 * the multihomogeneous Bézout number of linear systems, one per balanced choice of a factor of each
 * equation; every isolated solution of F in C^n is reached from them for all but finitely many γ on
 * the unit circle, as for the total-degree homotopy. F_i is homogenized to the degree Σ_g d_{ig} of
 * S_i (the compiled target carries that degree), in one random chart of P^n.
 */
final class LinearProductHomotopy extends StartSystemHomotopy {

    private final ProductStructure structure;
    /** forms[i][l]: the l-th linear factor of S_i, interleaved over the n + 1 homogeneous coordinates. */
    private final double[][][] forms;
    /** offset[i][g]: the index of the first factor of group g in forms[i]. */
    private final int[][] offset;

    /**
     * @param target
     *            F, compiled with degree Σ_g d_{ig} for equation i
     * @param structure
     *            the groups and degrees
     * @param random
     *            the source of the linear forms
     */
    LinearProductHomotopy(CompiledSystem target, double[] parameters, double gammaRe, double gammaIm,
            ProjectiveChart chart, ProductStructure structure, SplittableRandom random) {
        super(target, parameters, gammaRe, gammaIm, chart);
        this.structure = structure;
        int n = target.variableCount();
        int[] groupOf = structure.groupOf();
        this.forms = new double[n][][];
        this.offset = new int[n][structure.groupCount()];
        for (int i = 0; i < n; i++) {
            forms[i] = new double[structure.productDegree(i)][];
            int l = 0;
            for (int g = 0; g < structure.groupCount(); g++) {
                offset[i][g] = l;
                for (int k = 0; k < structure.degree(i, g); k++) {
                    double[] form = new double[2 * (n + 1)];
                    for (int j = 0; j <= n; j++) {
                        if (j == n || groupOf[j] == g) {
                            form[2 * j] = random.nextDouble(-1, 1);
                            form[2 * j + 1] = random.nextDouble(-1, 1);
                        }
                    }
                    forms[i][l++] = form;
                }
            }
        }
    }

    /** @return the number of start solutions (the multihomogeneous Bézout number) */
    long startCount() {
        return structure.bezoutNumber();
    }

    /**
     * @param index
     *            0 ≤ index &lt; {@link #startCount()}
     * @return the start solution: for each group g, the n_g chosen factors in the variables of g
     *         (with z_0 = 1) solved by LU, lifted into the chart
     */
    double[] startSolution(long index) {
        int n = target.variableCount();
        ProductStructure.StartChoice choice = structure.choice(index);
        int[] groupOf = structure.groupOf();
        double[] z = new double[2 * (n + 1)];
        for (int g = 0; g < structure.groupCount(); g++) {
            int[] variables = new int[n];
            int size = 0;
            for (int j = 0; j < n; j++) {
                if (groupOf[j] == g) {
                    variables[size++] = j;
                }
            }
            double[] a = new double[2 * size * size];
            double[] b = new double[2 * size];
            int row = 0;
            for (int i = 0; i < n; i++) {
                if (choice.groups()[i] != g) {
                    continue;
                }
                double[] form = forms[i][offset[i][g] + choice.factors()[i]];
                for (int c = 0; c < size; c++) {
                    a[2 * (row * size + c)] = form[2 * variables[c]];
                    a[2 * (row * size + c) + 1] = form[2 * variables[c] + 1];
                }
                b[2 * row] = -form[2 * n];
                b[2 * row + 1] = -form[2 * n + 1];
                row++;
            }
            ComplexLu lu = new ComplexLu(size);
            if (!lu.factor(a)) {
                throw new IllegalStateException("a start system's linear factors are dependent"); //$NON-NLS-1$
            }
            lu.solve(b);
            for (int c = 0; c < size; c++) {
                z[2 * variables[c]] = b[2 * c];
                z[2 * variables[c] + 1] = b[2 * c + 1];
            }
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
        int maxFactors = 0;
        for (double[][] factors : forms) {
            maxFactors = Math.max(maxFactors, factors.length);
        }
        double[] values = new double[2 * maxFactors];
        double[] suffix = new double[2 * (maxFactors + 1)];
        double[] gradient = new double[2 * nz];
        return (z, tRe, tIm, h, hz, ht) -> {
            workspace.evaluate(z, parameters, f, fz, null);
            double sRe = 1 - tRe;
            double sIm = -tIm;
            double gtRe = gammaRe * tRe - gammaIm * tIm;
            double gtIm = gammaRe * tIm + gammaIm * tRe;
            for (int i = 0; i < n; i++) {
                double[][] factors = forms[i];
                int count = factors.length;
                for (int l = 0; l < count; l++) {
                    double[] form = factors[l];
                    double re = 0;
                    double im = 0;
                    for (int j = 0; j < nz; j++) {
                        re += form[2 * j] * z[2 * j] - form[2 * j + 1] * z[2 * j + 1];
                        im += form[2 * j] * z[2 * j + 1] + form[2 * j + 1] * z[2 * j];
                    }
                    values[2 * l] = re;
                    values[2 * l + 1] = im;
                }
                // suffix[l] = ∏_{k ≥ l} values[k]; the prefix is carried along, so no division
                suffix[2 * count] = 1;
                suffix[2 * count + 1] = 0;
                for (int l = count - 1; l >= 0; l--) {
                    suffix[2 * l] = values[2 * l] * suffix[2 * l + 2] - values[2 * l + 1] * suffix[2 * l + 3];
                    suffix[2 * l + 1] = values[2 * l] * suffix[2 * l + 3] + values[2 * l + 1] * suffix[2 * l + 2];
                }
                java.util.Arrays.fill(gradient, 0);
                double pRe = 1;
                double pIm = 0;
                for (int l = 0; l < count; l++) {
                    // ∏_{k ≠ l} values[k] = prefix · suffix[l + 1]
                    double oRe = pRe * suffix[2 * l + 2] - pIm * suffix[2 * l + 3];
                    double oIm = pRe * suffix[2 * l + 3] + pIm * suffix[2 * l + 2];
                    double[] form = factors[l];
                    for (int j = 0; j < nz; j++) {
                        gradient[2 * j] += oRe * form[2 * j] - oIm * form[2 * j + 1];
                        gradient[2 * j + 1] += oRe * form[2 * j + 1] + oIm * form[2 * j];
                    }
                    double r = pRe * values[2 * l] - pIm * values[2 * l + 1];
                    pIm = pRe * values[2 * l + 1] + pIm * values[2 * l];
                    pRe = r;
                }
                double gRe = suffix[0];
                double gIm = suffix[1];
                h[2 * i] = sRe * f[2 * i] - sIm * f[2 * i + 1] + gtRe * gRe - gtIm * gIm;
                h[2 * i + 1] = sRe * f[2 * i + 1] + sIm * f[2 * i] + gtRe * gIm + gtIm * gRe;
                if (ht != null) {
                    ht[2 * i] = gammaRe * gRe - gammaIm * gIm - f[2 * i];
                    ht[2 * i + 1] = gammaRe * gIm + gammaIm * gRe - f[2 * i + 1];
                }
                for (int j = 0; j < nz; j++) {
                    int idx = 2 * (i * nz + j);
                    hz[idx] = sRe * fz[idx] - sIm * fz[idx + 1] + gtRe * gradient[2 * j] - gtIm * gradient[2 * j + 1];
                    hz[idx + 1] = sRe * fz[idx + 1] + sIm * fz[idx] + gtRe * gradient[2 * j + 1]
                            + gtIm * gradient[2 * j];
                }
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
        int maxFactors = 0;
        for (double[][] factors : forms) {
            maxFactors = Math.max(maxFactors, factors.length);
        }
        double[] values = new double[4 * maxFactors];
        double[] suffix = new double[4 * (maxFactors + 1)];
        double[] gradient = new double[4 * nz];
        double[] s = new double[4];
        double[] gt = new double[4];
        double[] prefix = new double[4];
        double[] other = new double[4];
        double[] tmp = new double[4];
        return (z, t, h, hz, ht) -> {
            workspace.evaluate(z, p, f, fz, null);
            DoubleDouble.set(s, 0, 1, 0);
            DoubleDouble.csub(s, 0, t, 0, s, 0);
            DoubleDouble.cmul(t, 0, gammaRe, gammaIm, gt, 0);
            for (int i = 0; i < n; i++) {
                double[][] factors = forms[i];
                int count = factors.length;
                for (int l = 0; l < count; l++) {
                    DoubleDouble.set(values, 4 * l, 0, 0);
                    for (int j = 0; j < nz; j++) {
                        DoubleDouble.cmul(z, 4 * j, factors[l][2 * j], factors[l][2 * j + 1], tmp, 0);
                        DoubleDouble.cadd(values, 4 * l, tmp, 0, values, 4 * l);
                    }
                }
                DoubleDouble.set(suffix, 4 * count, 1, 0);
                for (int l = count - 1; l >= 0; l--) {
                    DoubleDouble.cmul(values, 4 * l, suffix, 4 * (l + 1), suffix, 4 * l);
                }
                java.util.Arrays.fill(gradient, 0);
                DoubleDouble.set(prefix, 0, 1, 0);
                for (int l = 0; l < count; l++) {
                    DoubleDouble.cmul(prefix, 0, suffix, 4 * (l + 1), other, 0);
                    for (int j = 0; j < nz; j++) {
                        DoubleDouble.cmul(other, 0, factors[l][2 * j], factors[l][2 * j + 1], tmp, 0);
                        DoubleDouble.cadd(gradient, 4 * j, tmp, 0, gradient, 4 * j);
                    }
                    DoubleDouble.cmul(prefix, 0, values, 4 * l, prefix, 0);
                }
                DoubleDouble.cmul(s, 0, f, 4 * i, h, 4 * i);
                DoubleDouble.cmul(gt, 0, suffix, 0, tmp, 0);
                DoubleDouble.cadd(h, 4 * i, tmp, 0, h, 4 * i);
                if (ht != null) {
                    DoubleDouble.cmul(suffix, 0, gammaRe, gammaIm, tmp, 0);
                    DoubleDouble.csub(tmp, 0, f, 4 * i, ht, 4 * i);
                }
                for (int j = 0; j < nz; j++) {
                    DoubleDouble.cmul(s, 0, fz, 4 * (i * nz + j), hz, 4 * (i * nz + j));
                    DoubleDouble.cmul(gt, 0, gradient, 4 * j, tmp, 0);
                    DoubleDouble.cadd(hz, 4 * (i * nz + j), tmp, 0, hz, 4 * (i * nz + j));
                }
            }
            chart.evaluateDoubleDouble(z, n, h, hz, ht, tmp);
        };
    }
}
