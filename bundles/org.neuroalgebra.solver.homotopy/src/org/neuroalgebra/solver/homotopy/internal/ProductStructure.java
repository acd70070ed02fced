// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.VariableGroups;

/**
 * The multihomogeneous structure of a square system for a partition of its variables into groups:
 * the degree d_{ig} of equation i in the variables of group g, and the balanced choices of one group
 * per equation (group g chosen by exactly n_g equations, n_g its size). Each balanced choice
 * contributes ∏_i d_{i g_i} start solutions of a linear-product start system; their sum is the
 * multihomogeneous Bézout number.
 */
final class ProductStructure {

    private final int[] groupOf;
    private final int[] groupSizes;
    private final int[][] degrees;
    private final List<int[]> choices = new ArrayList<>();
    private final List<Long> firstIndex = new ArrayList<>();
    private long bezout;
    private boolean exceeded;

    /**
     * @param equations
     *            n equations in n variables (and possibly parameters after them)
     * @param groups
     *            a partition of the n variables
     * @param limit
     *            stop enumerating once the Bézout number exceeds this
     */
    ProductStructure(List<Polynomial> equations, VariableGroups groups, long limit) {
        int n = equations.size();
        this.groupOf = groups.groupOf(n);
        this.degrees = groups.degrees(equations, n);
        this.groupSizes = new int[degrees.length == 0 ? 1 : degrees[0].length];
        for (int g : groupOf) {
            groupSizes[g]++;
        }
        enumerate(0, new int[n], groupSizes.clone(), 1, limit);
    }

    private void enumerate(int equation, int[] choice, int[] remaining, long weight, long limit) {
        if (exceeded) {
            return;
        }
        if (equation == choice.length) {
            firstIndex.add(bezout);
            choices.add(choice.clone());
            bezout += weight;
            exceeded = bezout > limit;
            return;
        }
        for (int g = 0; g < remaining.length; g++) {
            if (remaining[g] > 0 && degrees[equation][g] > 0) {
                remaining[g]--;
                choice[equation] = g;
                enumerate(equation + 1, choice, remaining, weight * degrees[equation][g], limit);
                remaining[g]++;
            }
        }
    }

    /** @return the multihomogeneous Bézout number, or a number above the limit when it exceeds it */
    long bezoutNumber() {
        return bezout;
    }

    /** @return whether the Bézout number exceeds the limit (then the choices are incomplete) */
    boolean exceedsLimit() {
        return exceeded;
    }

    /** @return the number of groups */
    int groupCount() {
        return groupSizes.length;
    }

    /** @return the group of each variable */
    int[] groupOf() {
        return groupOf.clone();
    }

    /**
     * @param equation
     *            an equation
     * @param group
     *            a group
     * @return the degree of the equation in the group's variables
     */
    int degree(int equation, int group) {
        return degrees[equation][group];
    }

    /** @return Σ_g d_{ig}, the degree of the start equation i (at least the total degree of equation i) */
    int productDegree(int equation) {
        int sum = 0;
        for (int d : degrees[equation]) {
            sum += d;
        }
        return sum;
    }

    /** The start solution {@code index}: a balanced choice of groups and one linear factor per equation. */
    record StartChoice(int[] groups, int[] factors) {
    }

    /**
     * @param index
     *            0 ≤ index &lt; {@link #bezoutNumber()}
     * @return the groups chosen and, per equation, the index of the chosen factor among the equation's
     *         d_{i g_i} factors of that group
     */
    StartChoice choice(long index) {
        int c = 0;
        while (c + 1 < firstIndex.size() && firstIndex.get(c + 1) <= index) {
            c++;
        }
        int[] groups = choices.get(c);
        long rest = index - firstIndex.get(c);
        int[] factors = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            int d = degrees[i][groups[i]];
            factors[i] = (int) (rest % d);
            rest /= d;
        }
        return new StartChoice(groups, factors);
    }
}
