// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.FailureReason;

/**
 * Predictor–corrector tracker of one path of a {@link Homotopy} along a path
 * {@code t(s)}, s from 0 to 1, in the complex t-plane: classical RK4 on the
 * Davidenko equation {@code dz/ds = −H_z⁻¹ H_t t'(s)} as predictor, at most
 * three Newton steps as corrector, step halving on failure. After a success
 * the step grows by the factor the predictor's error allows: RK4's local error
 * is O(h⁵), and the first Newton correction measures it, so the step is scaled
 * by 0.8·(target / error)^{1/5}, between 1 and 4. The first step moves the
 * point by at most a tenth of its size along the tangent, and a straight leg
 * moves t by at most the largest step times 1 (the length from t = 1 to 0), so
 * a short leg near t = 0 is not cut into the same number of steps as the long
 * one before it. A workspace for one thread; allocates nothing per step.
 * <p>
 * On a leg that ends at t = 0, a path that goes to a singular point at
 * infinity is stopped instead of crawling on with steps proportional to |t|
 * until its step budget or the smallest step runs out: its homogenizing
 * coordinate decays like a stable power of |t| ({@link InfinityWatch}), its
 * steps have shrunk below a tenth of |t| and the condition number of H_z has
 * passed the limit of a regular endpoint. A path that still takes long steps
 * is left to reach t = 0, where the endpoint classifier tells a point at
 * infinity from a finite one.
 * <p>
 * After a rejected step the retry starts from the same point and time, so the
 * predictor's first stage (the tangent there, one evaluation and
 * factorization of H_z) is kept rather than computed again; after an accepted
 * one it comes from the corrector's last evaluation, which is made at the new
 * time with H_t (see {@link #correctWithTangent}).
 */
final class PathTracker implements Tracker {

    /** H_z at t = 0 better conditioned than this gives a regular endpoint, accurate to about 1e-8. */
    private static final double REGULAR_CONDITION = 1e8;
    private static final double SMALLEST_RADIUS = 1e-13;

    private static final double DIVERGENCE = 1e12;
    /** Squares of moduli below this may have lost bits to gradual underflow. */
    private static final double SQUARE_UNDERFLOW = 0x1p-960;

    /**
     * The size of the first Newton correction, relative to 1 + |z|, that the step aims at: Newton's
     * quadratic convergence takes it below the path tolerance in about two iterations (1e-4 → 1e-8).
     * A target of 1e-3 saved more evaluations on dense quadrics but let paths of the gauge-fixed ED
     * systems need more than their step budget.
     */
    private static final double PREDICTOR_ERROR = 1e-4;
    /** Largest growth of the step after one success. */
    private static final double MAX_GROWTH = 4;
    /** Fraction of the step the error estimate allows that is taken, for a margin. */
    private static final double SAFETY = 0.8;
    /** A step that moves t by less than this fraction of |t| is a crawl towards t = 0. */
    private static final double CRAWL = 0.1;
    /** The first step of a leg moves the point by at most this fraction of 1 + |z| along the tangent. */
    private static final double FIRST_MOVE = 0.1;

    private final Homotopy homotopy;
    private final Homotopy.Evaluator evaluator;
    private final ComplexLu lu;
    private final StopSignal stop;
    private final int n;
    private final double[] h;
    private final double[] hz;
    private final double[] ht;
    private final double[] errors;
    private final double[] tt = new double[4];
    private final double[][] k = new double[4][];
    private final double[] stage;
    private final double[] trial;
    private final InfinityWatch watch = new InfinityWatch();
    /** Whether k[0] is the tangent at the current point and time of {@link #track}. */
    private boolean firstStageKnown;
    /** The first Newton correction of the last {@link #newton}, relative to 1 + |z|. */
    private double firstCorrection;
    private TrackerSettings settings;
    private int stepsTaken;

    PathTracker(Homotopy homotopy, TrackerSettings settings, StopSignal stop) {
        this.homotopy = homotopy;
        this.evaluator = homotopy.newEvaluator();
        this.n = homotopy.size();
        this.lu = new ComplexLu(n);
        this.stop = stop;
        this.settings = settings;
        this.h = new double[2 * n];
        this.hz = new double[2 * n * n];
        this.ht = new double[2 * n];
        this.errors = new double[n];
        for (int i = 0; i < 4; i++) {
            k[i] = new double[2 * n];
        }
        this.stage = new double[2 * n];
        this.trial = new double[2 * n];
    }

    @Override
    public void reset(TrackerSettings newSettings) {
        this.settings = newSettings;
        this.stepsTaken = 0;
    }

    int stepsTaken() {
        return stepsTaken;
    }

    /**
     * Tracks z along the path, in place.
     *
     * @param z
     *            interleaved start point, a solution at t(0); overwritten
     * @param path
     *            the path in the t-plane
     * @return null on success, else why the path failed
     */
    @Override
    public FailureReason track(double[] z, TimePath path) {
        double s = 0;
        double maxStep = largestStep(path);
        // the tangent at the start is the predictor's first stage: it costs nothing extra, and it bounds the
        // first step alone (a fixed cap as well made the short leg into t = 0 start with many tiny steps)
        firstStageKnown = tangent(z, 0, path, k[0]);
        double step = firstStageKnown ? Math.min(maxStep, FIRST_MOVE * (1 + norm(z)) / norm(k[0]))
                : Math.min(maxStep, 0.05);
        path.at(1, tt);
        watch.reset(tt[0] == 0 && tt[1] == 0);
        while (s < 1) {
            FailureReason stopped = stop.reason();
            if (stopped != null) {
                return stopped;
            }
            if (++stepsTaken > settings.maxSteps()) {
                return FailureReason.MAX_STEPS;
            }
            double hStep = Math.min(step, 1 - s);
            boolean ok = predict(z, s, hStep, path) && correctWithTangent(trial, s + hStep, path);
            if (ok) {
                System.arraycopy(trial, 0, z, 0, z.length);
                s = hStep == 1 - s ? 1 : s + hStep;
                if (norm(z) > DIVERGENCE) {
                    return FailureReason.DIVERGED;
                }
                if (s < 1 && crawlsToInfinity(z, s, hStep, path)) {
                    return FailureReason.AT_INFINITY;
                }
                if (hStep == step) {
                    step = Math.min(step * growth(), maxStep);
                }
            } else {
                step /= 2;
                if (step < settings.minStep()) {
                    return FailureReason.STEP_TOO_SMALL;
                }
            }
        }
        return null;
    }

    /**
     * @return the largest step in s: a tenth of the leg for arcs (the endgame's loops), and for
     *         straight legs the step that moves t by the largest step, so that a short leg is not
     *         cut into as many steps as the leg from t = 1
     */
    private double largestStep(TimePath path) {
        if (!(path instanceof TimePath.Segment)) {
            return settings.maxStep();
        }
        path.at(0, tt);
        return Math.min(1, settings.maxStep() / Math.hypot(tt[2], tt[3]));
    }

    /** @return the factor the last corrector's first correction allows the step to grow by */
    private double growth() {
        double factor = SAFETY * Math.pow(PREDICTOR_ERROR / firstCorrection, 0.2);
        return factor >= MAX_GROWTH || !Double.isFinite(factor) ? MAX_GROWTH : Math.max(1, factor);
    }

    /**
     * Samples ρ = |z_0| / |z| for the {@link InfinityWatch} each time |t| has halved.
     *
     * @return whether the path goes to infinity, the last step moved t by less than {@value #CRAWL}
     *         of |t|, and the condition number is that of a singular endpoint
     */
    private boolean crawlsToInfinity(double[] z, double s, double hStep, TimePath path) {
        path.at(s, tt);
        double absT = Math.hypot(tt[0], tt[1]);
        return watch.due(absT) && watch.goesToInfinity(absT, EndgameTracker.infinityRatio(z))
                && hStep * Math.hypot(tt[2], tt[3]) < CRAWL * absT
                && !(conditionNumber(z, tt[0], tt[1]) < REGULAR_CONDITION);
    }

    /** RK4 predictor from (z, s) over step hStep; result in {@link #trial}. */
    private boolean predict(double[] z, double s, double hStep, TimePath path) {
        double[] offsets = { 0, hStep / 2, hStep / 2, hStep };
        for (int stageIndex = 0; stageIndex < 4; stageIndex++) {
            double[] base = z;
            if (stageIndex > 0) {
                for (int i = 0; i < z.length; i++) {
                    stage[i] = z[i] + offsets[stageIndex] * k[stageIndex - 1][i];
                }
                base = stage;
            }
            if (stageIndex == 0 && firstStageKnown) {
                continue;
            }
            if (!tangent(base, s + offsets[stageIndex], path, k[stageIndex])) {
                return false;
            }
            firstStageKnown |= stageIndex == 0;
        }
        for (int i = 0; i < z.length; i++) {
            trial[i] = z[i] + hStep / 6 * (k[0][i] + 2 * k[1][i] + 2 * k[2][i] + k[3][i]);
        }
        return true;
    }

    /** dz/ds = −H_z⁻¹ H_t t'(s). */
    private boolean tangent(double[] z, double s, TimePath path, double[] out) {
        path.at(s, tt);
        evaluator.evaluate(z, tt[0], tt[1], h, hz, ht);
        if (!lu.factor(hz)) {
            return false;
        }
        return tangentFromFactored(out);
    }

    /** The tangent from {@link #ht}, t'(s) in {@link #tt} and H_z factored in {@link #lu}. */
    private boolean tangentFromFactored(double[] out) {
        for (int i = 0; i < n; i++) {
            double re = ht[2 * i];
            double im = ht[2 * i + 1];
            out[2 * i] = -(re * tt[2] - im * tt[3]);
            out[2 * i + 1] = -(re * tt[3] + im * tt[2]);
        }
        lu.solve(out);
        return allFinite(out);
    }

    /**
     * The corrector of a step: at most three Newton iterations on H(·, t(s)) = 0 in place, as
     * {@link #newton}, where every iteration after the first also evaluates H_t. The iteration that
     * finds the correction below the tolerance has then factored H_z at the new time, so the tangent
     * there, the next step's first predictor stage, costs one more solve instead of an evaluation
     * and a factorization: a step costs five evaluations instead of six. The tangent is taken at the
     * point before that last correction, which moves it by less than the path tolerance.
     *
     * @return whether Newton converged; then {@link #k}[0] holds the tangent at the new point when
     *         {@link #firstStageKnown}
     */
    private boolean correctWithTangent(double[] z, double s, TimePath path) {
        path.at(s, tt);
        return iterate(z, tt[0], tt[1], 3, settings.tolerance(), true);
    }

    /**
     * Newton iterations on H(·, t) = 0 in place; converged when a step is below tolerance·(1 + |z|)
     * and the iteration contracts.
     */
    @Override
    public boolean newton(double[] z, double tRe, double tIm, int maxIterations, double tolerance) {
        return iterate(z, tRe, tIm, maxIterations, tolerance, false);
    }

    /**
     * The Newton iterations of {@link #newton}; with {@code withTangent} every iteration after the
     * first also evaluates H_t, and a converged one leaves the tangent in {@link #k}[0]
     * ({@link #firstStageKnown}).
     */
    private boolean iterate(double[] z, double tRe, double tIm, int maxIterations, double tolerance,
            boolean withTangent) {
        double previous = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            boolean tangent = withTangent && iteration > 0;
            evaluator.evaluate(z, tRe, tIm, h, hz, tangent ? ht : null);
            if (!lu.factor(hz)) {
                return false;
            }
            lu.solve(h);
            double delta = norm(h);
            if (iteration == 0) {
                firstCorrection = delta / (1 + norm(z));
            }
            if (!Double.isFinite(delta) || delta > 0.5 * previous && iteration > 0) {
                return false;
            }
            for (int i = 0; i < z.length; i++) {
                z[i] -= h[i];
            }
            if (delta <= tolerance * (1 + norm(z))) {
                if (withTangent) {
                    firstStageKnown = tangent && tangentFromFactored(k[0]);
                }
                return true;
            }
            previous = delta;
        }
        return false;
    }

    /**
     * @return the 1-norm condition number of H_z at (z, t), infinite when
     *         singular
     */
    double conditionNumber(double[] z, double tRe, double tIm) {
        evaluator.evaluate(z, tRe, tIm, h, hz, null);
        lu.factor(hz);
        return lu.conditionNumber(hz);
    }

    /**
     * @return how far the rounding errors of evaluating H(·, 0) in double
     *         (coefficients included) can move a solution near z: the
     *         accuracy double precision can deliver there, however well the
     *         Jacobian is conditioned
     */
    double forwardError(double[] z) {
        evaluator.evaluate(z, 0, 0, h, hz, null);
        if (!lu.factor(hz)) {
            return Double.POSITIVE_INFINITY;
        }
        homotopy.evaluationError(z, errors);
        return lu.errorBound(errors);
    }

    @Override
    public boolean isRegularEndpoint(double[] z) {
        return conditionNumber(z, 0, 0) < REGULAR_CONDITION;
    }

    @Override
    public double smallestRadius() {
        return SMALLEST_RADIUS;
    }

    @Override
    public double[] load(double[] interleaved) {
        return interleaved.clone();
    }

    @Override
    public double[] rounded(double[] z) {
        return z.clone();
    }

    @Override
    public double[] precise(double[] z) {
        return null;
    }

    @Override
    public void accumulate(double[] sum, double[] z) {
        for (int i = 0; i < z.length; i++) {
            sum[i] += z[i];
        }
    }

    @Override
    public void divide(double[] sum, int count) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= count;
        }
    }

    /**
     * @return the largest modulus of the interleaved complex entries. The tracker takes several norms
     *         per evaluation, and {@link Math#hypot} cost a tenth of its time: the squares are compared
     *         and one root taken, with hypot only where a square would overflow or lose its precision
     *         in the subnormal range.
     */
    static double norm(double[] v) {
        double maxSquare = 0;
        for (int i = 0; i < v.length; i += 2) {
            maxSquare = Math.max(maxSquare, v[i] * v[i] + v[i + 1] * v[i + 1]);
        }
        if (maxSquare > SQUARE_UNDERFLOW && maxSquare < Double.MAX_VALUE) {
            return Math.sqrt(maxSquare);
        }
        double max = 0;
        for (int i = 0; i < v.length; i += 2) {
            max = Math.max(max, Math.hypot(v[i], v[i + 1]));
        }
        return max;
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
