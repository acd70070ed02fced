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
 * {@link Workspace}, so nothing is allocated per evaluation. The terms are
 * compiled twice: in double into a {@link MonomialProgram} (shared monomials
 * and a sparse matrix, the hot loop of path tracking), and as tables of powers
 * read by the {@link DoubleDoubleWorkspace}, which uses the coefficients
 * rounded to double-double instead of double.
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
    final int[] factorInput;
    final int[] factorSlotZ;
    final int[] factorSlotP;
    final int[] maxExponent;
    final int[] powerOffset;
    final int maxFactors;
    /** The double evaluation: shared monomials and one sparse matrix. */
    private final MonomialProgram program;

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
        this.program = new MonomialProgram(this);
    }

    /** @return the number of distinct monomials the double evaluation computes */
    int monomialCount() {
        return program.monomialCount();
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
     * Thread-safe; allocates only the moduli of the inputs (it is called once
     * per endpoint, not per step).
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
        // each input's modulus once, not once per factor: hypot per factor was 8 % of tracking the dense quadrics
        double[] moduli = new double[nz + parameters];
        for (int in = 0; in < moduli.length; in++) {
            moduli[in] = in < nz ? Math.hypot(z[2 * in], z[2 * in + 1])
                    : Math.hypot(p[2 * (in - nz)], p[2 * (in - nz) + 1]);
        }
        for (int t = 0; t < termEquation.length; t++) {
            double size = Math.abs(termCoefficient[t]);
            for (int j = factorStart[t]; j < factorStart[t + 1]; j++) {
                size *= Math.pow(moduli[factorInput[j]], factorExponent[j]);
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

    /** Per-thread scratch space of the double evaluation by the {@link MonomialProgram}. */
    final class Workspace {
        private final double[] monomials = new double[2 * program.monomialCount()];
        private final double[] jacobian = new double[program.jacobianScratchSize()];

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
            program.evaluate(z, p, monomials, jacobian, f, dz, dp);
        }
    }
}
