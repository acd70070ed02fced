// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.FailureReason;

/**
 * Where one path ended.
 *
 * @param z
 *            interleaved endpoint in the chart (null when failed)
 * @param failure
 *            why it failed, or null
 * @param winding
 *            winding (cycle) number measured by the endgame, 1 when the
 *            endpoint was reached directly
 * @param infinityByGrowth
 *            true when the endgame did not converge but z_0 decayed towards
 *            0 like a power of t: the path goes to infinity
 * @param retracked
 *            whether the path was tracked a second time under the precision
 *            policy
 */
record PathOutcome(double[] z, FailureReason failure, int winding, boolean infinityByGrowth, boolean retracked) {

    static PathOutcome failed(FailureReason reason) {
        return new PathOutcome(null, reason, 0, false, false);
    }

    static PathOutcome reached(double[] z, int winding) {
        return new PathOutcome(z, null, winding, false, false);
    }

    boolean ok() {
        return failure == null;
    }

    PathOutcome markRetracked() {
        return new PathOutcome(z, failure, winding, infinityByGrowth, true);
    }
}
