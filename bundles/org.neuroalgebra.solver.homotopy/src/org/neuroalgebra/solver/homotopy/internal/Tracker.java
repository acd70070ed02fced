// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.FailureReason;

/**
 * A predictor–corrector path tracker in one working precision, as seen by
 * {@link EndgameTracker}: points are arrays in the tracker's own layout
 * (interleaved doubles for {@link PathTracker}, blocks of four for
 * {@link DoubleDoublePathTracker}); the endgame only copies them and combines
 * them through the methods below.
 */
interface Tracker {

    /** Starts a fresh path: resets the step count and uses these settings. */
    void reset(TrackerSettings settings);

    /** @return an interleaved double point converted to this tracker's layout */
    double[] load(double[] interleaved);

    /**
     * Tracks z along the path, in place.
     *
     * @return null on success, else why the path failed
     */
    FailureReason track(double[] z, TimePath path);

    /**
     * Newton iterations at a fixed t, in place.
     *
     * @return whether they converged to the tolerance while contracting
     */
    boolean newton(double[] z, double tRe, double tIm, int maxIterations, double tolerance);

    /**
     * @return whether z is a regular solution at t = 0 within this
     *         precision, so that the endgame is not needed (z may be
     *         polished in place)
     */
    boolean isRegularEndpoint(double[] z);

    /** @return the smallest endgame radius worth looping at in this precision */
    double smallestRadius();

    /** @return z rounded to interleaved doubles (a copy) */
    double[] rounded(double[] z);

    /** @return z at full precision for the endpoint classifier, or null when that is double */
    double[] precise(double[] z);

    /** sum += z (for the Cauchy mean). */
    void accumulate(double[] sum, double[] z);

    /** sum /= count. */
    void divide(double[] sum, int count);
}
