// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * A solver that can also move known solutions through parameter space: the
 * usual way to solve a parametrized family is to solve once at random complex
 * parameters (by {@link #solve} or {@link #monodromy}) and then follow those
 * solutions to the parameters of interest with {@link #track}.
 */
public interface ParameterHomotopySolver extends PolynomialSystemSolver {

    /**
     * Follows the solutions of {@code F(x; start) = 0} to solutions of
     * {@code F(x; target) = 0}. The start parameters must be generic (e.g.
     * random complex) for every target solution to be reached.
     *
     * @param system
     *            a square system with parameters
     * @param startParameters
     *            parameters at which the start solutions hold
     * @param startSolutions
     *            the known solutions, one array of variable values each
     * @param targetParameters
     *            parameters to move to
     * @param options
     *            settings
     * @param monitor
     *            progress (one unit per path) and cancellation
     * @return the endpoints at the target, every path accounted for
     */
    SolveResult track(PolynomialSystem system, Complex[] startParameters, List<Complex[]> startSolutions,
            Complex[] targetParameters, SolverOptions options, ProgressMonitor monitor);

    /**
     * Populates the solution set at the given (generic) parameters from one
     * known solution by monodromy loops through random complex parameters.
     * The count is a lower bound unless {@link MonodromyResult#traceTest()}
     * passed or an exact method confirms it.
     *
     * @param system
     *            a square system with parameters
     * @param parameters
     *            generic parameters at which {@code startSolution} holds
     * @param startSolution
     *            one solution of {@code F(x; parameters) = 0}
     * @param traceVariables
     *            the trace test sums a random linear form in the first this
     *            many variables; use {@code system.variableCount()} unless
     *            some variables (e.g. Lagrange multipliers) may grow faster
     *            than linearly along a line in parameter space
     * @param options
     *            settings, including the stopping rule of the loops
     * @param monitor
     *            progress (one unit per completed loop) and cancellation
     * @return the solutions found at {@code parameters}
     */
    MonodromyResult monodromy(PolynomialSystem system, Complex[] parameters, Complex[] startSolution,
            int traceVariables, SolverOptions options, ProgressMonitor monitor);

    /**
     * Monodromy from several known solutions at the same parameters (e.g. the orbit of one
     * solution under a known symmetry group), stopping as soon as the goal's number of wanted
     * solutions is reached, and otherwise as {@link #monodromy(PolynomialSystem, Complex[], Complex[],
     * int, SolverOptions, ProgressMonitor) the one-start monodromy} does. This default uses the first
     * start only and ignores the goal; solvers override it.
     *
     * @param system
     *            a square system with parameters
     * @param parameters
     *            generic parameters at which every start solution holds
     * @param startSolutions
     *            known solutions of {@code F(x; parameters) = 0}, at least one
     * @param traceVariables
     *            as for the one-start monodromy
     * @param goal
     *            the known number of wanted solutions, or null when none is known
     * @param options
     *            settings, including the stopping rule of the loops
     * @param monitor
     *            progress and cancellation
     * @return the solutions found at {@code parameters}, the starts included
     */
    default MonodromyResult monodromy(PolynomialSystem system, Complex[] parameters, List<Complex[]> startSolutions,
            int traceVariables, MonodromyGoal goal, SolverOptions options, ProgressMonitor monitor) {
        return monodromy(system, parameters, startSolutions.get(0), traceVariables, options, monitor);
    }
}
