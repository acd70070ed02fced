// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.analysis.edd.Metric;
import org.neuroalgebra.benchmarks.Problem.External;

/** Square polynomial systems for {@code phc -b}, whose number of regular solutions is the answer. */
final class PhcInputs {

    private PhcInputs() {
    }

    /** @return the system in PHCpack's input format (count, then one equation per line ending in ';') */
    static String format(List<String> equations, int unknowns) {
        StringBuilder phc = new StringBuilder().append(equations.size());
        if (equations.size() != unknowns) {
            phc.append(' ').append(unknowns);
        }
        phc.append('\n');
        equations.forEach(e -> phc.append(' ').append(e.replace("^", "**")).append(";\n")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return phc.toString();
    }

    static External system(List<String> equations) {
        return new External("blackbox", format(equations, equations.size())); //$NON-NLS-1$
    }

    /** The Lagrange system of the quartic with the metric and data of {@link Problems}: 14 regular solutions. */
    static External quarticLagrange() {
        Metric metric = Problems.quarticMetric();
        var f = Problems.quartic();
        List<String> xs = List.of("x1", "x2", "x3", "x4", "x5", "x6"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        List<String> equations = new ArrayList<>();
        equations.add(Problems.QUARTIC.replace("y", "x")); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < 6; i++) {
            StringBuilder e = new StringBuilder();
            for (int j = 0; j < 6; j++) {
                e.append(" + ").append(decimal(metric.entry(i, j))).append("*(x").append(j + 1).append(" - ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .append(BigDecimal.valueOf(Problems.QUARTIC_DATA[j]).toPlainString()).append(')');
            }
            e.append(" - l*(").append(f.derivative(i).toString(xs)).append(')'); //$NON-NLS-1$
            equations.add(e.toString());
        }
        return new External("Lagrange system", format(equations, 7)); //$NON-NLS-1$
    }

    /**
     * Rank-one m×n matrices X = a bᵀ with a₁ = 1 (one point of each fibre of the scaling), a
     * generic integer metric and data: ∇_a, ∇_b of ‖X − U‖²_Q, m + n − 1 equations of degree 3
     * whose regular solutions are the ED degree.
     */
    static External rankOne(int m, int n, long seed) {
        Random random = new Random(seed);
        int size = m * n;
        int[][] q = new int[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j <= i; j++) {
                q[i][j] = q[j][i] = random.nextInt(19) - 9;
            }
        }
        int[] u = new int[size];
        for (int i = 0; i < size; i++) {
            u[i] = random.nextInt(19) - 9;
        }
        String[] residual = new String[size]; // (Q (x - u))_k
        for (int k = 0; k < size; k++) {
            StringBuilder r = new StringBuilder();
            long constant = 0;
            for (int l = 0; l < size; l++) {
                term(r, q[k][l], entry(l / n, l % n));
                constant -= (long) q[k][l] * u[l];
            }
            term(r, constant, ""); //$NON-NLS-1$
            residual[k] = "(" + (r.length() == 0 ? "0" : r) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        // phc's reader stops at "1*1*b1" and "( - 2": every term is written plainly.
        List<String> equations = new ArrayList<>();
        for (int i = 1; i < m; i++) { // ∂/∂a_i = Σ_j b_j r_(i,j)
            StringBuilder e = new StringBuilder();
            for (int j = 0; j < n; j++) {
                e.append(j == 0 ? "" : " + ").append('b').append(j + 1).append('*').append(residual[i * n + j]); //$NON-NLS-1$ //$NON-NLS-2$
            }
            equations.add(e.toString());
        }
        for (int j = 0; j < n; j++) { // ∂/∂b_j = Σ_i a_i r_(i,j), a_1 = 1
            StringBuilder e = new StringBuilder();
            for (int i = 0; i < m; i++) {
                e.append(i == 0 ? "" : " + a" + (i + 1) + "*").append(residual[i * n + j]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            equations.add(e.toString());
        }
        return new External("parametrization a bᵀ, a1 = 1", format(equations, equations.size())); //$NON-NLS-1$
    }

    private static String entry(int i, int j) {
        return i == 0 ? "b" + (j + 1) : "a" + (i + 1) + "*b" + (j + 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Appends c·monomial to a sum: nothing for 0, no coefficient 1, signs as binary operators. */
    private static void term(StringBuilder sum, long c, String monomial) {
        if (c == 0) {
            return;
        }
        if (sum.length() > 0) {
            sum.append(c < 0 ? " - " : " + "); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (c < 0) {
            sum.append('-');
        }
        long size = Math.abs(c);
        if (monomial.isEmpty()) {
            sum.append(size);
        } else {
            sum.append(size == 1 ? "" : size + "*").append(monomial); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static String decimal(Rational value) {
        return new BigDecimal(value.doubleValue()).toPlainString();
    }
}
