// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

/** Enclosures of the powers of each coordinate, shared by all terms of a system. */
final class IntervalPowers {

    private IntervalPowers() {
    }

    /** @return powers[v][k] enclosing x_v^k for k ≤ max[v] */
    static Interval[][] of(Interval[] x, int[] max) {
        Interval[][] powers = new Interval[x.length][];
        for (int v = 0; v < x.length; v++) {
            powers[v] = new Interval[max[v] + 1];
            powers[v][0] = Interval.point(1, 0);
            for (int k = 1; k <= max[v]; k++) {
                powers[v][k] = powers[v][k - 1].mul(x[v]);
            }
        }
        return powers;
    }
}
