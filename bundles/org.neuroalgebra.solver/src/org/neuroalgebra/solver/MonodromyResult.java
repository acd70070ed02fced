// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/**
 * The outcome of a monodromy solve.
 *
 * @param result
 *            the solutions found at the base parameters; failures count the
 *            loop paths that failed (or ended at a singular point, which a
 *            generic parameter value cannot have), and
 *            {@code pathsTracked} is the number of solutions plus those
 *            failures (loop paths that returned a known solution are not
 *            counted)
 * @param loops
 *            number of loops performed
 * @param stoppingRule
 *            why the loops stopped, e.g. "5 loops without a new solution"
 * @param traceTest
 *            outcome of the trace test
 * @param traceDefect
 *            relative deviation of the trace from an affine function of the
 *            parameter along a random line (small when the solution set is
 *            complete); NaN when the test did not run
 */
public record MonodromyResult(SolveResult result, int loops, String stoppingRule, TraceTest traceTest,
        double traceDefect) {

    /** Outcome of the trace test. */
    public enum TraceTest {
        /** The trace is affine: the solutions form complete fibres. */
        PASSED,
        /** The trace is not affine: solutions are missing (or the test does not apply). */
        FAILED,
        /** The test could not run (e.g. paths failed while moving the parameters). */
        NOT_RUN
    }

    /** @return the number of distinct finite solutions found */
    public int solutionCount() {
        return result.finiteSolutions().size();
    }
}
