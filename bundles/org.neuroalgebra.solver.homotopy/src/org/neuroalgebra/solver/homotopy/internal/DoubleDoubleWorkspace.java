// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.Arrays;

/**
 * Interprets the program of a {@link CompiledSystem} in double-double: the
 * same power table, prefix and suffix products as
 * {@link CompiledSystem.Workspace}, on complex blocks of four doubles and with
 * the coefficients rounded to double-double. Per-thread scratch space; nothing
 * is allocated per evaluation.
 */
final class DoubleDoubleWorkspace {

    private final CompiledSystem program;
    private final double[] pow;
    private final double[] prefix;
    private final double[] product = new double[4];
    private final double[] suffix = new double[4];
    private final double[] derivative = new double[4];
    private final double[] others = new double[4];

    DoubleDoubleWorkspace(CompiledSystem program) {
        this.program = program;
        this.pow = new double[4 * program.powerOffset[program.powerOffset.length - 1]];
        this.prefix = new double[4 * program.maxFactors];
    }

    /**
     * Evaluates the system and its derivatives, like
     * {@link CompiledSystem.Workspace#evaluate}, with every complex number a
     * block of four doubles.
     *
     * @param z
     *            homogeneous coordinates (n + 1 complex)
     * @param p
     *            parameter values (may be empty)
     * @param f
     *            receives the values (m complex)
     * @param dz
     *            receives ∂F/∂z as an m × (n+1) row-major matrix, or null
     * @param dp
     *            receives ∂F/∂p as an m × np matrix, or null
     */
    void evaluate(double[] z, double[] p, double[] f, double[] dz, double[] dp) {
        CompiledSystem s = program;
        int nz = s.variables + 1;
        for (int in = 0; in < s.maxExponent.length; in++) {
            int base = 4 * s.powerOffset[in];
            DoubleDouble.set(pow, base, 1, 0);
            for (int e = 1; e <= s.maxExponent[in]; e++) {
                if (in < nz) {
                    DoubleDouble.cmul(pow, base + 4 * (e - 1), z, 4 * in, pow, base + 4 * e);
                } else {
                    DoubleDouble.cmul(pow, base + 4 * (e - 1), p, 4 * (in - nz), pow, base + 4 * e);
                }
            }
        }
        Arrays.fill(f, 0, 4 * s.equations, 0);
        if (dz != null) {
            Arrays.fill(dz, 0, 4 * s.equations * nz, 0);
        }
        if (dp != null) {
            Arrays.fill(dp, 0, 4 * s.equations * s.parameters, 0);
        }
        boolean derivatives = dz != null || dp != null;
        for (int t = 0; t < s.termEquation.length; t++) {
            int from = s.factorStart[t];
            int k = s.factorStart[t + 1] - from;
            DoubleDouble.set(product, 0, 1, 0);
            for (int j = 0; j < k; j++) {
                System.arraycopy(product, 0, prefix, 4 * j, 4);
                DoubleDouble.cmul(product, 0, pow, 4 * s.factorPower[from + j], product, 0);
            }
            int row = s.termEquation[t];
            double cHi = s.termCoefficientDd[2 * t];
            double cLo = s.termCoefficientDd[2 * t + 1];
            DoubleDouble.scale(product, 0, cHi, cLo, product, 0);
            DoubleDouble.cadd(f, 4 * row, product, 0, f, 4 * row);
            if (!derivatives) {
                continue;
            }
            suffix[0] = cHi;
            suffix[1] = cLo;
            suffix[2] = 0;
            suffix[3] = 0;
            for (int j = k - 1; j >= 0; j--) {
                int factor = from + j;
                int idx = 4 * s.factorPower[factor];
                // ∂/∂x of x^e: e·x^(e−1), times the other factors (prefix · suffix) and c
                DoubleDouble.scale(pow, idx - 4, s.factorExponent[factor], 0, derivative, 0);
                DoubleDouble.cmul(prefix, 4 * j, suffix, 0, others, 0);
                DoubleDouble.cmul(derivative, 0, others, 0, derivative, 0);
                int slot = s.factorSlotZ[factor];
                if (slot >= 0) {
                    if (dz != null) {
                        DoubleDouble.cadd(dz, 4 * slot, derivative, 0, dz, 4 * slot);
                    }
                } else if (dp != null) {
                    slot = s.factorSlotP[factor];
                    DoubleDouble.cadd(dp, 4 * slot, derivative, 0, dp, 4 * slot);
                }
                DoubleDouble.cmul(suffix, 0, pow, idx, suffix, 0);
            }
        }
    }
}
