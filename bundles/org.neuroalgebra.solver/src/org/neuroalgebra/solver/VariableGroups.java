// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * A partition of a system's variables into groups, the multihomogeneous structure of the system:
 * an equation of degree d_g in the variables of each group g. A solver may start from a system with
 * the same structure (a product of linear forms, one group each) instead of the total-degree start
 * system; that tracks the multihomogeneous Bézout number of paths, the coefficient of
 * ∏ α_g^{n_g} in ∏_i (Σ_g d_{ig} α_g), which is far below the total degree ∏_i Σ_g d_{ig} when the
 * equations are multilinear in the groups, as the critical equations of factored models
 * (matrices A·B, layers of a network) are. It is a hint: a solver may ignore it.
 *
 * @param groups
 *            the variables of each group, by index in the system; every variable in exactly one
 *            group; an empty list is the single group of all variables
 */
public record VariableGroups(List<List<Integer>> groups) {

    private static final VariableGroups NONE = new VariableGroups(List.of());

    /** Copies the groups and checks that no variable is listed twice. */
    public VariableGroups {
        List<List<Integer>> copy = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (List<Integer> group : groups) {
            if (group.isEmpty()) {
                throw new IllegalArgumentException("a variable group is empty"); //$NON-NLS-1$
            }
            for (Integer variable : group) {
                if (variable == null || variable < 0) {
                    throw new IllegalArgumentException("variable indices are non-negative, got " + variable); //$NON-NLS-1$
                }
                if (!seen.add(variable)) {
                    throw new IllegalArgumentException("variable " + variable + " is in two groups"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            copy.add(List.copyOf(group));
        }
        groups = List.copyOf(copy);
    }

    /** @return the single group of all variables (the total-degree structure) */
    public static VariableGroups none() {
        return NONE;
    }

    /**
     * @param groups
     *            the variable indices of each group
     * @return the partition
     */
    public static VariableGroups of(int[]... groups) {
        List<List<Integer>> list = new ArrayList<>();
        for (int[] group : groups) {
            List<Integer> g = new ArrayList<>();
            for (int v : group) {
                g.add(v);
            }
            list.add(g);
        }
        return new VariableGroups(list);
    }

    /** @return whether more than one group is given */
    public boolean isMultihomogeneous() {
        return groups.size() > 1;
    }

    /**
     * @param variableCount
     *            the number of variables of a system
     * @return the group of each variable, 0 for all when there are no groups
     * @throws IllegalArgumentException
     *             when the groups do not partition 0..variableCount−1
     */
    public int[] groupOf(int variableCount) {
        int[] group = new int[variableCount];
        if (groups.isEmpty()) {
            return group;
        }
        java.util.Arrays.fill(group, -1);
        for (int g = 0; g < groups.size(); g++) {
            for (int v : groups.get(g)) {
                if (v >= variableCount) {
                    throw new IllegalArgumentException("variable group " + (g + 1) + " names variable " + v //$NON-NLS-1$ //$NON-NLS-2$
                            + ", but the system has " + variableCount + " variables"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                group[v] = g;
            }
        }
        for (int v = 0; v < variableCount; v++) {
            if (group[v] < 0) {
                throw new IllegalArgumentException("variable " + v + " is in no variable group"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return group;
    }

    /**
     * @param equations
     *            polynomials whose first {@code variableCount} variables are the system's (parameters may follow)
     * @param variableCount
     *            the number of variables
     * @return d[i][g], the degree of equation i in the variables of group g (one group when there are none)
     */
    public int[][] degrees(List<Polynomial> equations, int variableCount) {
        int[] groupOf = groupOf(variableCount);
        int groupCount = Math.max(1, groups.size());
        int[][] degrees = new int[equations.size()][groupCount];
        for (int i = 0; i < equations.size(); i++) {
            for (Polynomial.Term term : equations.get(i).terms()) {
                int[] e = term.exponents();
                int[] d = new int[groupCount];
                for (int v = 0; v < variableCount; v++) {
                    d[groupOf[v]] += e[v];
                }
                for (int g = 0; g < groupCount; g++) {
                    degrees[i][g] = Math.max(degrees[i][g], d[g]);
                }
            }
        }
        return degrees;
    }

    /**
     * @param equations
     *            n equations whose first n variables are the system's
     * @return the multihomogeneous Bézout number of the equations in these groups (the total degree
     *         for one group), Long.MAX_VALUE when it overflows
     */
    public long bezoutNumber(List<Polynomial> equations) {
        int n = equations.size();
        int[][] degrees = degrees(equations, n);
        int[] sizes = new int[degrees.length == 0 ? 1 : degrees[0].length];
        for (int g : groupOf(n)) {
            sizes[g]++;
        }
        return count(degrees, 0, sizes, new HashMap<>());
    }

    /** [∏_g α_g^{remaining_g}] ∏_{i ≥ equation} Σ_g d_{ig} α_g, memoized on the remaining sizes. */
    private static long count(int[][] degrees, int equation, int[] remaining, Map<String, Long> memo) {
        if (equation == degrees.length) {
            return 1;
        }
        String key = equation + java.util.Arrays.toString(remaining);
        Long known = memo.get(key);
        if (known != null) {
            return known;
        }
        long sum = 0;
        for (int g = 0; g < remaining.length; g++) {
            if (remaining[g] > 0 && degrees[equation][g] > 0) {
                remaining[g]--;
                long rest = count(degrees, equation + 1, remaining, memo);
                remaining[g]++;
                long term = rest > Long.MAX_VALUE / degrees[equation][g] ? Long.MAX_VALUE : rest * degrees[equation][g];
                sum = sum > Long.MAX_VALUE - term ? Long.MAX_VALUE : sum + term;
            }
        }
        memo.put(key, sum);
        return sum;
    }
}
