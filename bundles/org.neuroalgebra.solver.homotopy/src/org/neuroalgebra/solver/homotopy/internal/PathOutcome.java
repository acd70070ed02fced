// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.FailureReason;

/**
 * Where one path ended.
 *
 * @param z
 *            interleaved endpoint in the chart, rounded to double (null when
 *            failed)
 * @param precise
 *            the endpoint in double-double blocks when the path was finished
 *            in double-double, else null
 * @param failure
 *            why it failed, or null
 * @param winding
 *            winding (cycle) number measured by the endgame, 1 when the
 *            endpoint was reached directly
 * @param infinityByGrowth
 *            true when the endgame did not converge but z_0 decayed towards
 *            0 like a power of t: the path goes to infinity
 * @param regular
 *            whether the endpoint was reached directly and found regular in
 *            the working precision (no endgame was needed)
 * @param retracked
 *            whether the path was tracked a second time under the precision
 *            policy
 */
record PathOutcome(double[] z, double[] precise, FailureReason failure, int winding, boolean infinityByGrowth,
        boolean regular, boolean retracked) {

    /** |z_0| / |z| below this: the endpoint is on the hyperplane at infinity. */
    static final double AT_INFINITY = 1e-7;

    static PathOutcome failed(FailureReason reason) {
        return new PathOutcome(null, null, reason, 0, false, false, false);
    }

    /** @return a regular endpoint known in double precision (e.g. a solution found by monodromy) */
    static PathOutcome reached(double[] z, int winding) {
        return new PathOutcome(z, null, null, winding, false, true, false);
    }

    boolean ok() {
        return failure == null;
    }

    boolean atInfinity() {
        return ok() && (infinityByGrowth || EndgameTracker.infinityRatio(z) < AT_INFINITY);
    }

    /** @return whether the path was finished in double-double */
    boolean higherPrecision() {
        return precise != null;
    }

    PathOutcome markRetracked() {
        return new PathOutcome(z, precise, failure, winding, infinityByGrowth, regular, true);
    }
}
