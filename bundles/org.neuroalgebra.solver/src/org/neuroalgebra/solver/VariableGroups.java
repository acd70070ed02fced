// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.ArrayList;
import java.util.List;

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
}
