// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/**
 * The working precision of a numerical solver's path tracking: double
 * precision (about 16 digits) or double-double (about 32 digits, roughly
 * twenty times slower).
 */
public enum PrecisionPolicy {
    /** Track in double precision only and report what fails there. */
    DOUBLE_ONLY,
    /**
     * Track in double precision; a path that fails there for a numerical
     * reason, or whose finite endpoint double precision cannot confirm as a
     * regular solution (it needed the singular endgame), is tracked again from
     * its start in double-double and its endpoint is refined and classified
     * in double-double. Well-conditioned problems do no double-double work.
     * Solvers count these paths in {@link SolveResult#pathsRetracked()} and
     * {@link SolveResult#pathsHigherPrecision()}.
     */
    ADAPTIVE,
    /** Track every path in double-double from the start (for validation; slow). */
    DOUBLE_DOUBLE
}
