// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/** What a numerical solver does when a path fails in double precision. */
public enum PrecisionPolicy {
    /** Report the failure; no second attempt. */
    DOUBLE_ONLY,
    /**
     * Track the failed path a second time from its start with a ten times
     * tighter corrector tolerance, a smaller maximal step and a larger step
     * budget, still in double precision. Solvers count these re-tracked paths.
     */
    RETRACK_TIGHTER
}
