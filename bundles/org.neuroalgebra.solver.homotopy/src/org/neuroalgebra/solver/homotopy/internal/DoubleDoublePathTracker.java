// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.FailureReason;

/**
 * {@link PathTracker} in double-double: the same RK4 predictor, Newton
 * corrector and step control, with the homotopy, its Jacobian and the linear
 * solves in double-double. The position on a leg is kept as the remaining
 * length r = 1 − s, so that t is resolved to full relative precision as a leg
 * ends at t = 0. A workspace for one thread; allocates nothing per step. As
 * in {@link PathTracker}, a retry after a rejected step keeps the predictor's
 * first stage.
 */
final class DoubleDoublePathTracker implements Tracker {

    private static final double DIVERGENCE = 1e12;
    /**
     * An endpoint is regular when Newton converges quadratically to this
     * relative accuracy and H_z is better conditioned than
     * {@link #REGULAR_CONDITION}: its leading 16 digits are then reliable.
     */
    private static final double POLISH_TOLERANCE = 1e-20;
    private static final int POLISH_ITERATIONS = 5;
    private static final double REGULAR_CONDITION = 1e16;
    private static final double SMALLEST_RADIUS = 1e-26;

    private final Homotopy.DoubleDoubleEvaluator evaluator;
    private final DoubleDoubleLu lu;
    private final StopSignal stop;
    private final int n;
    private final double[] h;
    private final double[] hz;
    private final double[] ht;
    private final double[] tt = new double[6];
    private final double[] t = new double[4];
    private final double[][] k = new double[4][];
    private final double[] stage;
    private final double[] trial;
    private final double[] scratch = new double[6];
    /** Whether k[0] is the tangent at the current point and time of {@link #track}. */
    private boolean firstStageKnown;
    private TrackerSettings settings;
    private int stepsTaken;

    DoubleDoublePathTracker(Homotopy homotopy, TrackerSettings settings, StopSignal stop) {
        this.evaluator = homotopy.newDoubleDoubleEvaluator();
        this.n = homotopy.size();
        this.lu = new DoubleDoubleLu(n);
        this.stop = stop;
        this.settings = settings;
        this.h = new double[4 * n];
        this.hz = new double[4 * n * n];
        this.ht = new double[4 * n];
        for (int i = 0; i < 4; i++) {
            k[i] = new double[4 * n];
        }
        this.stage = new double[4 * n];
        this.trial = new double[4 * n];
    }

    @Override
    public void reset(TrackerSettings newSettings) {
        this.settings = newSettings;
        this.stepsTaken = 0;
    }

    @Override
    public FailureReason track(double[] z, TimePath path) {
        double r = 1;
        double step = Math.min(settings.maxStep(), 0.05);
        int successes = 0;
        firstStageKnown = false;
        while (r > 0) {
            FailureReason stopped = stop.reason();
            if (stopped != null) {
                return stopped;
            }
            if (++stepsTaken > settings.maxSteps()) {
                return FailureReason.MAX_STEPS;
            }
            double hStep = Math.min(step, r);
            double next = hStep == r ? 0 : r - hStep;
            boolean ok = predict(z, r, hStep, path) && correct(trial, next, path);
            if (ok) {
                System.arraycopy(trial, 0, z, 0, z.length);
                firstStageKnown = false;
                r = next;
                if (DoubleDouble.norm(z) > DIVERGENCE) {
                    return FailureReason.DIVERGED;
                }
                if (++successes >= 3) {
                    step = Math.min(2 * step, settings.maxStep());
                    successes = 0;
                }
            } else {
                step /= 2;
                successes = 0;
                if (step < settings.minStep()) {
                    return FailureReason.STEP_TOO_SMALL;
                }
            }
        }
        return null;
    }

    /** RK4 predictor from z at remaining length r over hStep; result in {@link #trial}. */
    private boolean predict(double[] z, double r, double hStep, TimePath path) {
        for (int stageIndex = 0; stageIndex < 4; stageIndex++) {
            double offset = stageIndex == 0 ? 0 : stageIndex == 3 ? hStep : hStep / 2;
            double[] base = z;
            if (stageIndex > 0) {
                axpy(z, offset, k[stageIndex - 1], stage);
                base = stage;
            }
            if (stageIndex == 0 && firstStageKnown) {
                continue;
            }
            if (!tangent(base, r - offset, path, k[stageIndex])) {
                return false;
            }
            firstStageKnown |= stageIndex == 0;
        }
        // trial = z + h/6 (k0 + 2 k1 + 2 k2 + k3)
        axpy(z, hStep / 6, k[0], trial);
        axpy(trial, hStep / 3, k[1], trial);
        axpy(trial, hStep / 3, k[2], trial);
        axpy(trial, hStep / 6, k[3], trial);
        return true;
    }

    /** out = x + a·y, a a double (step sizes need no more). */
    private void axpy(double[] x, double a, double[] y, double[] out) {
        for (int i = 0; i < x.length; i += 4) {
            DoubleDouble.scale(y, i, a, 0, scratch, 0);
            DoubleDouble.cadd(x, i, scratch, 0, out, i);
        }
    }

    /** dz/ds = −H_z⁻¹ H_t t'(s). */
    private boolean tangent(double[] z, double r, TimePath path, double[] out) {
        path.atRemaining(Math.max(r, 0), tt);
        System.arraycopy(tt, 0, t, 0, 4);
        evaluator.evaluate(z, t, h, hz, ht);
        if (!lu.factor(hz)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            DoubleDouble.cmul(ht, 4 * i, -tt[4], -tt[5], out, 4 * i);
        }
        lu.solve(out);
        return allFinite(out);
    }

    private boolean correct(double[] z, double r, TimePath path) {
        path.atRemaining(r, tt);
        System.arraycopy(tt, 0, t, 0, 4);
        return newtonAt(z, 3, settings.tolerance());
    }

    @Override
    public boolean newton(double[] z, double tRe, double tIm, int maxIterations, double tolerance) {
        DoubleDouble.set(t, 0, tRe, tIm);
        return newtonAt(z, maxIterations, tolerance);
    }

    /** Newton at the t in {@link #t}; converged when a step is below tolerance·(1 + |z|) while contracting. */
    private boolean newtonAt(double[] z, int maxIterations, double tolerance) {
        double previous = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            evaluator.evaluate(z, t, h, hz, null);
            if (!lu.factor(hz)) {
                return false;
            }
            lu.solve(h);
            double delta = DoubleDouble.norm(h);
            if (!Double.isFinite(delta) || delta > 0.5 * previous && iteration > 0) {
                return false;
            }
            for (int i = 0; i < z.length; i += 4) {
                DoubleDouble.csub(z, i, h, i, z, i);
            }
            if (delta <= tolerance * (1 + DoubleDouble.norm(z))) {
                return true;
            }
            previous = delta;
        }
        return false;
    }

    @Override
    public boolean isRegularEndpoint(double[] z) {
        double[] polished = z.clone();
        if (!newton(polished, 0, 0, POLISH_ITERATIONS, POLISH_TOLERANCE)) {
            return false;
        }
        evaluator.evaluate(polished, t, h, hz, null);
        if (!lu.factor(hz) || !(lu.conditionNumber(hz) < REGULAR_CONDITION)) {
            return false;
        }
        System.arraycopy(polished, 0, z, 0, z.length);
        return true;
    }

    @Override
    public double smallestRadius() {
        return SMALLEST_RADIUS;
    }

    @Override
    public double[] load(double[] interleaved) {
        return DoubleDouble.widen(interleaved);
    }

    @Override
    public double[] rounded(double[] z) {
        return DoubleDouble.round(z);
    }

    @Override
    public double[] precise(double[] z) {
        return z.clone();
    }

    @Override
    public void accumulate(double[] sum, double[] z) {
        for (int i = 0; i < z.length; i += 4) {
            DoubleDouble.cadd(sum, i, z, i, sum, i);
        }
    }

    @Override
    public void divide(double[] sum, int count) {
        for (int i = 0; i < sum.length; i += 4) {
            DoubleDouble.div(sum[i], sum[i + 1], count, 0, sum, i);
            DoubleDouble.div(sum[i + 2], sum[i + 3], count, 0, sum, i + 2);
        }
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }
}
