// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * Polynomials {@code F(x; p)} compiled for fast complex evaluation of the
 * values and all first derivatives together, homogenized in the variables:
 * the inputs are {@code z = (x_1..x_n, z_0)} (the homogenizing coordinate
 * last) and the parameters {@code p}. Equation i is homogenized to the
 * declared degree {@code degrees[i]}, which may exceed its own degree.
 * Evaluating at {@code z_0 = 1} gives the affine system.
 * <p>
 * Immutable and thread-safe; each thread evaluates through its own
 * {@link Workspace}, so nothing is allocated per evaluation.
 */
final class CompiledSystem {

    private final int equations;
    private final int variables;
    private final int parameters;
    private final int[] degrees;
    private final int[] termEquation;
    private final double[] termCoefficient;
    /** Factors of term t are at indices factorStart[t] .. factorStart[t+1]-1. */
    private final int[] factorStart;
    private final int[] factorInput;
    private final int[] factorExponent;
    private final int[] maxExponent;
    private final int maxFactors;

    /**
     * @param polynomials
     *            equations in variables ++ parameters
     * @param variables
     *            number of variables n
     * @param degrees
     *            degree to homogenize each equation to (at least its degree in
     *            the variables)
     */
    CompiledSystem(List<Polynomial> polynomials, int variables, int[] degrees) {
        this.equations = polynomials.size();
        this.variables = variables;
        this.parameters = polynomials.get(0).variableCount() - variables;
        this.degrees = degrees.clone();
        int inputs = variables + 1 + parameters;
        List<int[]> factors = new ArrayList<>();
        List<Integer> eq = new ArrayList<>();
        List<Double> coef = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        int[] maxExp = new int[inputs];
        int widest = 0;
        for (int i = 0; i < equations; i++) {
            for (Polynomial.Term term : polynomials.get(i).terms()) {
                int[] e = term.exponents();
                int[] exps = new int[inputs];
                int varDegree = 0;
                for (int v = 0; v < variables; v++) {
                    exps[v] = e[v];
                    varDegree += e[v];
                }
                if (varDegree > degrees[i]) {
                    throw new IllegalArgumentException("equation " + (i + 1) + " has degree above " + degrees[i]); //$NON-NLS-1$ //$NON-NLS-2$
                }
                exps[variables] = degrees[i] - varDegree;
                for (int k = 0; k < parameters; k++) {
                    exps[variables + 1 + k] = e[variables + k];
                }
                start.add(factors.size());
                int count = 0;
                for (int in = 0; in < inputs; in++) {
                    if (exps[in] > 0) {
                        factors.add(new int[] { in, exps[in] });
                        maxExp[in] = Math.max(maxExp[in], exps[in]);
                        count++;
                    }
                }
                widest = Math.max(widest, count);
                eq.add(i);
                coef.add(term.coefficient().doubleValue());
            }
        }
        start.add(factors.size());
        this.termEquation = eq.stream().mapToInt(Integer::intValue).toArray();
        this.termCoefficient = coef.stream().mapToDouble(Double::doubleValue).toArray();
        this.factorStart = start.stream().mapToInt(Integer::intValue).toArray();
        this.factorInput = factors.stream().mapToInt(f -> f[0]).toArray();
        this.factorExponent = factors.stream().mapToInt(f -> f[1]).toArray();
        this.maxExponent = maxExp;
        this.maxFactors = widest;
    }

    int equationCount() {
        return equations;
    }

    int variableCount() {
        return variables;
    }

    int parameterCount() {
        return parameters;
    }

    int degree(int equation) {
        return degrees[equation];
    }

    Workspace newWorkspace() {
        return new Workspace();
    }

    /** Per-thread scratch space and the evaluation itself. */
    final class Workspace {
        private final double[][] powRe;
        private final double[][] powIm;
        private final double[] prefixRe = new double[maxFactors + 1];
        private final double[] prefixIm = new double[maxFactors + 1];
        private final double[] suffixRe = new double[maxFactors + 1];
        private final double[] suffixIm = new double[maxFactors + 1];

        private Workspace() {
            powRe = new double[maxExponent.length][];
            powIm = new double[maxExponent.length][];
            for (int in = 0; in < maxExponent.length; in++) {
                powRe[in] = new double[maxExponent[in] + 1];
                powIm[in] = new double[maxExponent[in] + 1];
            }
        }

        /**
         * Evaluates the system and its derivatives.
         *
         * @param z
         *            interleaved homogeneous coordinates (n + 1 complex)
         * @param p
         *            interleaved parameter values (may be empty)
         * @param f
         *            receives the values (m complex)
         * @param dz
         *            receives ∂F/∂z as an m × (n+1) interleaved row-major
         *            matrix, or null
         * @param dp
         *            receives ∂F/∂p as an m × np matrix, or null
         */
        void evaluate(double[] z, double[] p, double[] f, double[] dz, double[] dp) {
            int nz = variables + 1;
            for (int in = 0; in < maxExponent.length; in++) {
                double re = in < nz ? z[2 * in] : p[2 * (in - nz)];
                double im = in < nz ? z[2 * in + 1] : p[2 * (in - nz) + 1];
                double[] pr = powRe[in];
                double[] pi = powIm[in];
                pr[0] = 1;
                pi[0] = 0;
                for (int e = 1; e < pr.length; e++) {
                    pr[e] = pr[e - 1] * re - pi[e - 1] * im;
                    pi[e] = pr[e - 1] * im + pi[e - 1] * re;
                }
            }
            java.util.Arrays.fill(f, 0, 2 * equations, 0);
            if (dz != null) {
                java.util.Arrays.fill(dz, 0, 2 * equations * nz, 0);
            }
            if (dp != null) {
                java.util.Arrays.fill(dp, 0, 2 * equations * parameters, 0);
            }
            for (int t = 0; t < termEquation.length; t++) {
                int from = factorStart[t];
                int k = factorStart[t + 1] - from;
                prefixRe[0] = 1;
                prefixIm[0] = 0;
                for (int j = 0; j < k; j++) {
                    int in = factorInput[from + j];
                    int e = factorExponent[from + j];
                    double vr = powRe[in][e];
                    double vi = powIm[in][e];
                    prefixRe[j + 1] = prefixRe[j] * vr - prefixIm[j] * vi;
                    prefixIm[j + 1] = prefixRe[j] * vi + prefixIm[j] * vr;
                }
                int row = termEquation[t];
                double c = termCoefficient[t];
                f[2 * row] += c * prefixRe[k];
                f[2 * row + 1] += c * prefixIm[k];
                if (dz == null && dp == null) {
                    continue;
                }
                suffixRe[k] = 1;
                suffixIm[k] = 0;
                for (int j = k - 1; j >= 0; j--) {
                    int in = factorInput[from + j];
                    int e = factorExponent[from + j];
                    double vr = powRe[in][e];
                    double vi = powIm[in][e];
                    suffixRe[j] = suffixRe[j + 1] * vr - suffixIm[j + 1] * vi;
                    suffixIm[j] = suffixRe[j + 1] * vi + suffixIm[j + 1] * vr;
                }
                for (int j = 0; j < k; j++) {
                    int in = factorInput[from + j];
                    int e = factorExponent[from + j];
                    double ce = c * e;
                    double dr = ce * powRe[in][e - 1];
                    double di = ce * powIm[in][e - 1];
                    double or = prefixRe[j] * suffixRe[j + 1] - prefixIm[j] * suffixIm[j + 1];
                    double oi = prefixRe[j] * suffixIm[j + 1] + prefixIm[j] * suffixRe[j + 1];
                    double gr = dr * or - di * oi;
                    double gi = dr * oi + di * or;
                    if (in < nz) {
                        if (dz != null) {
                            dz[2 * (row * nz + in)] += gr;
                            dz[2 * (row * nz + in) + 1] += gi;
                        }
                    } else if (dp != null) {
                        int col = in - nz;
                        dp[2 * (row * parameters + col)] += gr;
                        dp[2 * (row * parameters + col) + 1] += gi;
                    }
                }
            }
        }
    }
}
