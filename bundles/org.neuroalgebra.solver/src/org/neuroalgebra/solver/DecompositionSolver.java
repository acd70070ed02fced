// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * A solver that also describes positive-dimensional solution sets, by a
 * numerical irreducible decomposition (witness sets, monodromy, trace test).
 */
public interface DecompositionSolver extends PolynomialSystemSolver {

    /**
     * Computes the witness sets of every dimension of {@code F(x) = 0} and
     * splits them into irreducible components. Any shape is accepted: fewer,
     * as many or more equations than variables.
     *
     * @param system
     *            a system without parameters
     * @param topDimension
     *            the dimension of the solution set when known (for example
     *            from a {@link SolutionCounter}), so that no work is spent
     *            above it; -1 when unknown
     * @param options
     *            settings, including the seed of every random choice and the
     *            stopping rule of the monodromy loops
     * @param monitor
     *            progress and cancellation
     * @return the decomposition
     * @throws IllegalArgumentException
     *             if the system has parameters or a homotopy would track too
     *             many paths
     */
    Decomposition decompose(PolynomialSystem system, int topDimension, SolverOptions options, ProgressMonitor monitor);
}
