// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
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
 * {@link Workspace}, so nothing is allocated per evaluation. The compiled
 * tables are a small straight-line program read by two interpreters: the
 * double {@link Workspace} and the {@link DoubleDoubleWorkspace}, which uses
 * the coefficients rounded to double-double instead of double.
 */
final class CompiledSystem {

    // the program, package-private so that DoubleDoubleWorkspace interprets the same tables
    final int equations;
    final int variables;
    final int parameters;
    private final int[] degrees;
    final int[] termEquation;
    final double[] termCoefficient;
    /** The coefficients as double-doubles (hi, lo per term), for {@link DoubleDoubleWorkspace}. */
    final double[] termCoefficientDd;
    /** Factors of term t are at indices factorStart[t] .. factorStart[t+1]-1. */
    final int[] factorStart;
    /** Per factor: index of x^e and x^(e−1) in the flat power table, e, and its slot in ∂F/∂z or ∂F/∂p. */
    final int[] factorPower;
    final double[] factorExponent;
    /** Per factor: its input, a variable, z_0 (index n) or a parameter (n + 1 + k). */
    private final int[] factorInput;
    final int[] factorSlotZ;
    final int[] factorSlotP;
    final int[] maxExponent;
    final int[] powerOffset;
    final int maxFactors;

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
        List<Rational> exact = new ArrayList<>();
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
                exact.add(term.coefficient());
            }
        }
        start.add(factors.size());
        this.termEquation = eq.stream().mapToInt(Integer::intValue).toArray();
        this.termCoefficient = coef.stream().mapToDouble(Double::doubleValue).toArray();
        this.termCoefficientDd = new double[2 * exact.size()];
        for (int t = 0; t < exact.size(); t++) {
            DoubleDouble.set(exact.get(t), termCoefficientDd, 2 * t);
        }
        this.factorStart = start.stream().mapToInt(Integer::intValue).toArray();
        this.maxExponent = maxExp;
        this.maxFactors = widest;
        this.powerOffset = new int[inputs + 1];
        for (int in = 0; in < inputs; in++) {
            powerOffset[in + 1] = powerOffset[in] + maxExp[in] + 1;
        }
        int count = factors.size();
        this.factorPower = new int[count];
        this.factorExponent = new double[count];
        this.factorInput = new int[count];
        this.factorSlotZ = new int[count];
        this.factorSlotP = new int[count];
        int nz = variables + 1;
        for (int t = 0; t < termEquation.length; t++) {
            for (int j = factorStart[t]; j < factorStart[t + 1]; j++) {
                int in = factors.get(j)[0];
                int e = factors.get(j)[1];
                factorPower[j] = powerOffset[in] + e;
                factorExponent[j] = e;
                factorInput[j] = in;
                factorSlotZ[j] = in < nz ? termEquation[t] * nz + in : -1;
                factorSlotP[j] = in < nz ? -1 : termEquation[t] * parameters + in - nz;
            }
        }
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

    /**
     * Bounds the rounding error of evaluating each equation in double at a
     * point: (d_i + 2)·u·Σ|c·monomial| with d_i the homogenized degree and u
     * the unit roundoff; the coefficient's own rounding is one of the terms.
     * Thread-safe; allocates nothing.
     *
     * @param z
     *            interleaved homogeneous coordinates
     * @param p
     *            interleaved parameters
     * @param out
     *            receives one bound per equation, from index 0
     */
    void evaluationError(double[] z, double[] p, double[] out) {
        java.util.Arrays.fill(out, 0, equations, 0);
        int nz = variables + 1;
        for (int t = 0; t < termEquation.length; t++) {
            double size = Math.abs(termCoefficient[t]);
            for (int j = factorStart[t]; j < factorStart[t + 1]; j++) {
                int in = factorInput[j];
                double modulus = in < nz ? Math.hypot(z[2 * in], z[2 * in + 1])
                        : Math.hypot(p[2 * (in - nz)], p[2 * (in - nz) + 1]);
                size *= Math.pow(modulus, factorExponent[j]);
            }
            out[termEquation[t]] += size;
        }
        for (int i = 0; i < equations; i++) {
            out[i] *= (degrees[i] + 2) * 0x1p-53;
        }
    }

    Workspace newWorkspace() {
        return new Workspace();
    }

    DoubleDoubleWorkspace newDoubleDoubleWorkspace() {
        return new DoubleDoubleWorkspace(this);
    }

    /** Per-thread scratch space and the evaluation itself. */
    final class Workspace {
        /** Powers x_in^e at powerOffset[in] + e. */
        private final double[] powRe = new double[powerOffset[powerOffset.length - 1]];
        private final double[] powIm = new double[powRe.length];
        private final double[] prefixRe = new double[maxFactors];
        private final double[] prefixIm = new double[maxFactors];

        private Workspace() {
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
                int base = powerOffset[in];
                powRe[base] = 1;
                powIm[base] = 0;
                for (int e = 1; e <= maxExponent[in]; e++) {
                    powRe[base + e] = powRe[base + e - 1] * re - powIm[base + e - 1] * im;
                    powIm[base + e] = powRe[base + e - 1] * im + powIm[base + e - 1] * re;
                }
            }
            java.util.Arrays.fill(f, 0, 2 * equations, 0);
            if (dz != null) {
                java.util.Arrays.fill(dz, 0, 2 * equations * nz, 0);
            }
            if (dp != null) {
                java.util.Arrays.fill(dp, 0, 2 * equations * parameters, 0);
            }
            boolean derivatives = dz != null || dp != null;
            for (int t = 0; t < termEquation.length; t++) {
                int from = factorStart[t];
                switch (factorStart[t + 1] - from) {
                    case 1 -> oneFactor(t, from, f, dz, dp, derivatives);
                    case 2 -> twoFactors(t, from, f, dz, dp, derivatives);
                    default -> anyFactors(t, from, f, dz, dp, derivatives);
                }
            }
        }

        /*
         * The three term evaluators perform the same floating-point operations
         * in the same order (so their results are bit-identical); the first two
         * are the general loop unrolled for the short terms that dominate
         * low-degree systems, where loop control and the prefix table cost more
         * than the arithmetic. Multiplications by the prefix 1 are left out
         * (they are exact); products with its imaginary part 0 are kept,
         * because 0·x is not always 0 (its sign follows x, and it is NaN for
         * infinite x).
         */

        /** c·x^e: value c·x^e, derivative c·e·x^(e−1). */
        private void oneFactor(int t, int from, double[] f, double[] dz, double[] dp, boolean derivatives) {
            int idx = factorPower[from];
            double xr = powRe[idx];
            double xi = powIm[idx];
            double pr = xr - 0 * xi;
            double pi = xi + 0 * xr;
            int row = termEquation[t];
            double c = termCoefficient[t];
            f[2 * row] += c * pr;
            f[2 * row + 1] += c * pi;
            if (derivatives) {
                double or = c - 0 * 0.0;
                double oi = 0.0 + 0 * c;
                derivative(from, idx, or, oi, dz, dp);
            }
        }

        /** c·x^a·y^b. */
        private void twoFactors(int t, int from, double[] f, double[] dz, double[] dp, boolean derivatives) {
            int first = factorPower[from];
            int second = factorPower[from + 1];
            double ar = powRe[first];
            double ai = powIm[first];
            double br = powRe[second];
            double bi = powIm[second];
            double p1r = ar - 0 * ai;
            double p1i = ai + 0 * ar;
            double pr = p1r * br - p1i * bi;
            double pi = p1r * bi + p1i * br;
            int row = termEquation[t];
            double c = termCoefficient[t];
            f[2 * row] += c * pr;
            f[2 * row + 1] += c * pi;
            if (derivatives) {
                derivative(from + 1, second, p1r * c - p1i * 0.0, p1r * 0.0 + p1i * c, dz, dp);
                double sr = c * br - 0.0 * bi;
                double si = c * bi + 0.0 * br;
                derivative(from, first, sr - 0 * si, si + 0 * sr, dz, dp);
            }
        }

        /** The general term: prefix products forward, suffix products backward. */
        private void anyFactors(int t, int from, double[] f, double[] dz, double[] dp, boolean derivatives) {
            int k = factorStart[t + 1] - from;
            double pr = 1;
            double pi = 0;
            for (int j = 0; j < k; j++) {
                prefixRe[j] = pr;
                prefixIm[j] = pi;
                int idx = factorPower[from + j];
                double r = pr * powRe[idx] - pi * powIm[idx];
                pi = pr * powIm[idx] + pi * powRe[idx];
                pr = r;
            }
            int row = termEquation[t];
            double c = termCoefficient[t];
            f[2 * row] += c * pr;
            f[2 * row + 1] += c * pi;
            if (!derivatives) {
                return;
            }
            double sr = c;
            double si = 0;
            for (int j = k - 1; j >= 0; j--) {
                int factor = from + j;
                int idx = factorPower[factor];
                derivative(factor, idx, prefixRe[j] * sr - prefixIm[j] * si, prefixRe[j] * si + prefixIm[j] * sr,
                        dz, dp);
                double r = sr * powRe[idx] - si * powIm[idx];
                si = sr * powIm[idx] + si * powRe[idx];
                sr = r;
            }
        }

        /**
         * Adds ∂/∂x of one factor x^e of a term: e·x^(e−1) times the product
         * (or, oi) of the term's other factors and its coefficient.
         */
        private void derivative(int factor, int idx, double or, double oi, double[] dz, double[] dp) {
            double e = factorExponent[factor];
            double dr = e * powRe[idx - 1];
            double di = e * powIm[idx - 1];
            double gr = dr * or - di * oi;
            double gi = dr * oi + di * or;
            int slot = factorSlotZ[factor];
            if (slot >= 0) {
                if (dz != null) {
                    dz[2 * slot] += gr;
                    dz[2 * slot + 1] += gi;
                }
            } else if (dp != null) {
                slot = factorSlotP[factor];
                dp[2 * slot] += gr;
                dp[2 * slot + 1] += gi;
            }
        }
    }
}
