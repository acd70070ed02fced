// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/** Why a path of a continuation method did not reach an endpoint. */
public enum FailureReason {
    /** The path left every bounded region before the endgame (in the chosen chart). */
    DIVERGED,
    /** The step budget of the path was used up. */
    MAX_STEPS,
    /** The adaptive step size fell below the minimum without the corrector converging. */
    STEP_TOO_SMALL,
    /** The Jacobian became numerically singular along the path (not at its end). */
    ILL_CONDITIONED,
    /**
     * The path was stopped before its end because it goes to a singular point at infinity: its
     * homogenizing coordinate decayed like a stable power of |t| while the steps shrank with |t| and
     * the Jacobian became singular in the working precision. Not a lost solution; with an endgame,
     * the endgame then classifies the path, and this reason remains only when it could not.
     */
    AT_INFINITY,
    /** The time limit of the computation ran out before the path was finished. */
    TIME_LIMIT,
    /** The caller canceled the computation before the path was finished. */
    CANCELED,
    /**
     * The path was not finished because the solve already had as many distinct regular finite endpoints as the
     * caller's exact count of solutions ({@link SolverOptions#expectedSolutions()}): it could bring no other.
     */
    NOT_NEEDED
}
