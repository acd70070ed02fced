// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * A numerical solver for zero-dimensional polynomial systems. Implementations
 * are registered as OSGi services and found by {@link #id()}; they must be
 * usable as plain Java objects too.
 */
public interface PolynomialSystemSolver {

    /** @return a stable unique identifier, e.g. {@code "homotopy"} */
    String id();

    /** @return a human-readable one-line description of the method */
    String description();

    /**
     * Finds all isolated solutions of {@code F(x; p) = 0} for the given
     * parameter values.
     *
     * @param system
     *            the system; square or overdetermined in its variables
     * @param parameterValues
     *            one value per parameter of the system (empty if none)
     * @param options
     *            tolerances, seed, threads, limits
     * @param monitor
     *            progress (one unit per path) and cancellation
     * @return every path accounted for; partial when canceled or out of time
     * @throws IllegalArgumentException
     *             if the system has fewer equations than variables or the
     *             parameter count is wrong
     */
    SolveResult solve(PolynomialSystem system, Complex[] parameterValues, SolverOptions options,
            ProgressMonitor monitor);
}
