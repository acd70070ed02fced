// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.function.Predicate;

/**
 * A known number of wanted solutions, which ends monodromy as soon as that many are found: an
 * exact count (e.g. by Gröbner bases modulo a prime) is a better stopping rule than the trace
 * test or a run of loops without a new solution.
 *
 * @param count
 *            the number of wanted solutions at the base parameters
 * @param wanted
 *            which solutions count (e.g. those of the original, non-randomized equations); the
 *            others are still carried around the loops
 */
public record MonodromyGoal(long count, Predicate<Complex[]> wanted) {

    /** Checks the count. */
    public MonodromyGoal {
        if (count < 1) {
            throw new IllegalArgumentException("a monodromy goal needs at least one solution, not " + count); //$NON-NLS-1$
        }
    }
}
