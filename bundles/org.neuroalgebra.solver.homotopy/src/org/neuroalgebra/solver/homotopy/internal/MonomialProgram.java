// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The straight-line program behind {@link CompiledSystem}'s double
 * evaluation: every distinct monomial of the system, and every monomial one
 * of its partial derivatives needs, is computed once as a parent monomial
 * times one input (one complex product each, shared by all equations); then
 * the values and the derivatives are sums of real coefficients times those
 * monomials. A term with k factors costs k + 1 multiply-adds instead of the
 * prefix and suffix products per term of the generic interpreter, and dense
 * systems, whose equations share monomials, pay for each monomial once.
 * <p>
 * Immutable; the tables are read by {@link CompiledSystem.Workspace}.
 */
final class MonomialProgram {

    /** Monomial m ≥ 1 is monomial parent[m] times input input[m]; monomial 0 is 1. */
    final int[] parent;
    final int[] input;
    /** The values: F_i = Σ coefficient · monomial over the entries values.start[i] .. start[i+1]−1. */
    final Sums values;
    /** ∂F/∂z, one sum per slot row · (n+1) + input of the row-major matrix. */
    final Sums zDerivatives;
    /** ∂F/∂p, one sum per slot row · parameters + k. */
    final Sums pDerivatives;

    /**
     * @param rows
     *            the equation of each term
     * @param exponents
     *            the exponents of each term over the inputs (z_1..z_n, z_0,
     *            parameters)
     * @param coefficients
     *            the coefficient of each term
     * @param homogeneous
     *            number of inputs that are coordinates (n + 1); the rest are
     *            parameters
     * @param parameters
     *            number of parameters
     */
    MonomialProgram(int[] rows, List<int[]> exponents, double[] coefficients, int homogeneous, int parameters) {
        Builder builder = new Builder(homogeneous + parameters);
        int equations = 0;
        for (int row : rows) {
            equations = Math.max(equations, row + 1);
        }
        List<Entry> value = new ArrayList<>();
        List<Entry> z = new ArrayList<>();
        List<Entry> p = new ArrayList<>();
        for (int t = 0; t < rows.length; t++) {
            int[] e = exponents.get(t);
            value.add(new Entry(rows[t], builder.monomial(e), coefficients[t]));
            for (int in = 0; in < e.length; in++) {
                if (e[in] == 0) {
                    continue;
                }
                int[] lowered = e.clone();
                lowered[in]--;
                Entry entry = new Entry(in < homogeneous ? rows[t] * homogeneous + in
                        : rows[t] * parameters + in - homogeneous, builder.monomial(lowered), coefficients[t] * e[in]);
                (in < homogeneous ? z : p).add(entry);
            }
        }
        this.parent = builder.parents.stream().mapToInt(Integer::intValue).toArray();
        this.input = builder.inputs.stream().mapToInt(Integer::intValue).toArray();
        this.values = new Sums(value, equations);
        this.zDerivatives = new Sums(z, equations * homogeneous);
        this.pDerivatives = new Sums(p, equations * parameters);
    }

    int monomialCount() {
        return parent.length;
    }

    /** One term of a sum: slot += coefficient · monomial. */
    private record Entry(int slot, int monomial, double coefficient) {
    }

    /**
     * Sums of coefficient · monomial grouped by the slot they add to (compressed
     * rows), so that each slot is summed in registers and written once.
     */
    static final class Sums {
        /** Entries of slot s are start[s] .. start[s+1]−1. */
        final int[] start;
        final int[] monomial;
        final double[] coefficient;

        Sums(List<Entry> entries, int slots) {
            List<Entry> sorted = new ArrayList<>(entries);
            // stable: within a slot the terms keep the order of the polynomial
            sorted.sort(java.util.Comparator.comparingInt(Entry::slot));
            start = new int[slots + 1];
            monomial = new int[sorted.size()];
            coefficient = new double[sorted.size()];
            for (int e = 0; e < sorted.size(); e++) {
                Entry entry = sorted.get(e);
                start[entry.slot() + 1]++;
                monomial[e] = entry.monomial();
                coefficient[e] = entry.coefficient();
            }
            for (int slot = 0; slot < slots; slot++) {
                start[slot + 1] += start[slot];
            }
        }
    }

    /** Numbers monomials so that each parent comes before its children. */
    private static final class Builder {
        private final Map<Key, Integer> index = new HashMap<>();
        private final List<Integer> parents = new ArrayList<>();
        private final List<Integer> inputs = new ArrayList<>();

        Builder(int inputCount) {
            index.put(new Key(new int[inputCount]), 0);
            parents.add(-1);
            inputs.add(-1);
        }

        int monomial(int[] exponents) {
            Key key = new Key(exponents);
            Integer known = index.get(key);
            if (known != null) {
                return known;
            }
            // peel off the last input present: the chain x^a·y^b builds x^a first and shares it
            int in = exponents.length - 1;
            while (exponents[in] == 0) {
                in--;
            }
            int[] lowered = exponents.clone();
            lowered[in]--;
            int from = monomial(lowered);
            int id = parents.size();
            parents.add(from);
            inputs.add(in);
            index.put(key, id);
            return id;
        }
    }

    /** Exponent vector as a hash key. */
    private record Key(int[] exponents) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Arrays.equals(exponents, k.exponents);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(exponents);
        }
    }
}
