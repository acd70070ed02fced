// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.FailureReason;

/**
 * Tracks a path from t = 1 to t = 0 and, when the endpoint is singular, runs
 * the Cauchy endgame: for a cycle of winding number c, the path near t = 0 is
 * analytic in t^{1/c}, so loops around t = 0 at radius r close up after c
 * turns and the mean of equally spaced samples over those turns is the
 * trapezoid rule for Cauchy's integral formula, i.e. an estimate of z(0) whose
 * error decays geometrically. Estimates at shrinking radii are compared until
 * two agree.
 * <p>
 * Without the endgame (monodromy legs between generic parameters, where every
 * endpoint is regular) the path is tracked straight to t = 0.
 * <p>
 * A regular endpoint is reached directly (the last leg r₀ → 0 converges and
 * the {@link Tracker} finds the endpoint regular in its precision); only the
 * remaining paths pay for the endgame. When the endgame does not converge
 * (large winding number, positive-dimensional endpoint set at infinity) but
 * the homogenizing coordinate decays like a power of r, the path is declared
 * at infinity by its growth rate.
 * <p>
 * The same logic runs in double and in double-double: the tracker owns the
 * arithmetic and the point layout.
 */
final class EndgameTracker {

    private static final double ENDGAME_START = 0.05;
    private static final double RADIUS_RATIO = 0.25;
    private static final int ARCS_PER_LOOP = 8;
    private static final int MAX_WINDING = 16;
    private static final double GROWTH_THRESHOLD = 1e-4;

    private final Tracker tracker;
    private final boolean endgame;
    private final double agreement;
    private FailureReason loopFailure;

    EndgameTracker(Tracker tracker, boolean endgame, double endpointTolerance) {
        this.tracker = tracker;
        this.endgame = endgame;
        this.agreement = endpointTolerance * 1e-2;
    }

    /**
     * @param start
     *            interleaved start solution at t = 1 (not modified)
     * @param settings
     *            tracker settings for this attempt
     * @return the outcome
     */
    PathOutcome run(double[] start, TrackerSettings settings) {
        tracker.reset(settings);
        double[] z = tracker.load(start);
        // sharpen start points that come from earlier numerical work; a failure here shows up in tracking
        tracker.newton(z, 1, 0, 3, settings.tolerance());
        if (!endgame) {
            FailureReason failure = tracker.track(z, TimePath.segment(1, 0, 0, 0));
            return failure == null ? reached(z, 1, true, false) : PathOutcome.failed(failure);
        }
        FailureReason failure = tracker.track(z, TimePath.segment(1, 0, ENDGAME_START, 0));
        if (failure != null) {
            return PathOutcome.failed(failure);
        }
        double[] saved = z.clone();
        failure = tracker.track(z, TimePath.segment(ENDGAME_START, 0, 0, 0));
        if (failure == null && tracker.isRegularEndpoint(z)) {
            return reached(z, 1, true, false);
        }
        if (failure == FailureReason.CANCELED || failure == FailureReason.TIME_LIMIT) {
            return PathOutcome.failed(failure);
        }
        return cauchy(saved, failure == null ? FailureReason.ILL_CONDITIONED : failure);
    }

    private PathOutcome reached(double[] z, int winding, boolean regular, boolean infinityByGrowth) {
        return new PathOutcome(tracker.rounded(z), tracker.precise(z), null, winding, infinityByGrowth, regular,
                false);
    }

    private PathOutcome cauchy(double[] z, FailureReason directFailure) {
        double radius = ENDGAME_START;
        double[] previous = null;
        int previousWinding = 0;
        double firstDecay = Double.NaN;
        double lastDecay = Double.NaN;
        FailureReason failure = directFailure;
        while (radius >= tracker.smallestRadius()) {
            double decay = infinityRatio(tracker.rounded(z));
            firstDecay = Double.isNaN(firstDecay) ? decay : firstDecay;
            lastDecay = decay;
            double[] estimate = new double[z.length];
            int winding = loop(z, radius, estimate);
            if (winding == 0) {
                failure = loopFailure;
                break;
            }
            if (previous != null && winding == previousWinding && agree(estimate, previous)) {
                return reached(estimate, winding, false, false);
            }
            previous = estimate;
            previousWinding = winding;
            FailureReason f = tracker.track(z, TimePath.segment(radius, 0, radius * RADIUS_RATIO, 0));
            if (f != null) {
                failure = f;
                break;
            }
            radius *= RADIUS_RATIO;
        }
        if (failure == FailureReason.CANCELED || failure == FailureReason.TIME_LIMIT) {
            return PathOutcome.failed(failure);
        }
        if (lastDecay < GROWTH_THRESHOLD && lastDecay < 0.1 * firstDecay) {
            return reached(previous != null ? previous : z, previousWinding, false, true);
        }
        return PathOutcome.failed(failure);
    }

    private boolean agree(double[] estimate, double[] previous) {
        double[] a = tracker.rounded(estimate);
        return distance(a, tracker.rounded(previous)) <= agreement * (1 + PathTracker.norm(a));
    }

    /**
     * Loops around t = 0 at the given radius until the path closes up.
     *
     * @return the winding number, or 0 after setting {@link #loopFailure}
     *         (ILL_CONDITIONED when the loop does not close within the
     *         maximal winding number)
     */
    private int loop(double[] z, double radius, double[] estimate) {
        double[] origin = tracker.rounded(z);
        double sweep = 2 * Math.PI / ARCS_PER_LOOP;
        for (int turns = 1; turns <= MAX_WINDING; turns++) {
            for (int arc = 0; arc < ARCS_PER_LOOP; arc++) {
                tracker.accumulate(estimate, z);
                FailureReason f = tracker.track(z, TimePath.arc(radius, arc * sweep, sweep));
                if (f != null) {
                    loopFailure = f;
                    return 0;
                }
            }
            double[] now = tracker.rounded(z);
            if (distance(now, origin) <= 1e-6 * (1 + PathTracker.norm(now))) {
                tracker.divide(estimate, turns * ARCS_PER_LOOP);
                return turns;
            }
        }
        loopFailure = FailureReason.ILL_CONDITIONED;
        return 0;
    }

    /** @return |z_0| / |z| of interleaved doubles: 0 on the hyperplane at infinity */
    static double infinityRatio(double[] z) {
        int last = z.length - 2;
        return Math.hypot(z[last], z[last + 1]) / PathTracker.norm(z);
    }

    /**
     * @return whether {@link #distance}(a, b) ≤ bound: the same verdict, but
     *         the comparison stops at the first coordinate farther apart than
     *         the bound, so telling distinct points apart costs about one
     *         hypot instead of one per coordinate
     */
    static boolean within(double[] a, double[] b, double bound) {
        for (int i = 0; i < a.length; i += 2) {
            if (!(Math.hypot(a[i] - b[i], a[i + 1] - b[i + 1]) <= bound)) {
                return false;
            }
        }
        return true;
    }

    static double distance(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i += 2) {
            max = Math.max(max, Math.hypot(a[i] - b[i], a[i + 1] - b[i + 1]));
        }
        return max;
    }
}
