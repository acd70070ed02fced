// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Tracks many paths of one homotopy on a fixed number of worker threads. Each
 * path depends only on its start point, so the outcomes do not depend on the
 * thread count. The calling thread owns the {@link ProgressMonitor} (monitors
 * need not be thread-safe): it reports progress, polls cancellation and the
 * deadline, and raises the {@link StopSignal} the workers poll every step.
 */
final class PathBatch {

    private static final long POLL_MILLIS = 20;

    private final Homotopy homotopy;
    private final SolverOptions options;
    private final StopSignal stop;
    private final long deadlineNanos;

    /**
     * @param homotopy
     *            the homotopy
     * @param options
     *            settings (threads, tolerances, precision policy, endgame)
     * @param stop
     *            stop signal shared by everything of one solve
     * @param deadlineNanos
     *            System.nanoTime() deadline, or Long.MAX_VALUE
     */
    PathBatch(Homotopy homotopy, SolverOptions options, StopSignal stop, long deadlineNanos) {
        this.homotopy = homotopy;
        this.options = options;
        this.stop = stop;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * @param count
     *            number of paths
     * @param starts
     *            start point of path i (interleaved, in the chart)
     * @param monitor
     *            receives one work unit per finished path
     * @return the outcome of each path, by index
     */
    PathOutcome[] run(int count, IntFunction<double[]> starts, ProgressMonitor monitor) {
        PathOutcome[] outcomes = new PathOutcome[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        if (monitor.isCanceled()) {
            stop.stop(FailureReason.CANCELED);
        }
        int workers = Math.max(1, Math.min(options.threads(), count));
        CountDownLatch done = new CountDownLatch(workers);
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                try {
                    work(outcomes, next, finished, starts);
                } finally {
                    done.countDown();
                }
            }, "neuroalgebra-path-tracker-" + w); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
        }
        int reported = 0;
        try {
            while (!done.await(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    stop.stop(FailureReason.CANCELED);
                }
                if (System.nanoTime() > deadlineNanos) {
                    stop.stop(FailureReason.TIME_LIMIT);
                }
                int now = finished.get();
                monitor.worked(now - reported);
                reported = now;
            }
        } catch (InterruptedException e) {
            stop.stop(FailureReason.CANCELED);
            Thread.currentThread().interrupt();
            awaitQuietly(done);
        }
        monitor.worked(finished.get() - reported);
        return outcomes;
    }

    private void work(PathOutcome[] outcomes, AtomicInteger next, AtomicInteger finished,
            IntFunction<double[]> starts) {
        TrackerSettings settings = TrackerSettings.of(options);
        PathTracker doubleTracker = new PathTracker(homotopy, settings, stop);
        EndgameTracker inDouble = new EndgameTracker(doubleTracker, options.endgame(), options.endpointTolerance());
        // built on first use: well-conditioned solves never pay for the double-double workspaces
        EndgameTracker inDoubleDouble = null;
        for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
            FailureReason stopped = stop.reason();
            if (stopped != null) {
                outcomes[i] = PathOutcome.failed(stopped);
            } else {
                double[] start = starts.apply(i);
                PathOutcome outcome = null;
                if (options.precision() != PrecisionPolicy.DOUBLE_DOUBLE) {
                    outcome = inDouble.run(start, settings);
                }
                if (outcome == null || needsHigherPrecision(outcome, doubleTracker)) {
                    if (inDoubleDouble == null) {
                        inDoubleDouble = new EndgameTracker(new DoubleDoublePathTracker(homotopy, settings, stop),
                                options.endgame(), options.endpointTolerance());
                    }
                    PathOutcome precise = inDoubleDouble.run(start, settings.forDoubleDouble());
                    outcome = outcome == null ? precise : better(outcome, precise).markRetracked();
                }
                outcomes[i] = outcome;
            }
            finished.incrementAndGet();
        }
    }

    /**
     * Under {@link PrecisionPolicy#ADAPTIVE}: paths that failed for a
     * numerical reason, finite endpoints that double precision could not
     * confirm as regular (clustered solutions look singular in double), and
     * regular ones whose attainable accuracy in double (rounding of the
     * equations, coefficients included, through the inverse Jacobian) is
     * worse than the accuracy the endgame aims for, endpointTolerance / 100.
     * Endpoints at infinity are not solutions; precision does not change that.
     */
    private boolean needsHigherPrecision(PathOutcome outcome, PathTracker doubleTracker) {
        if (options.precision() != PrecisionPolicy.ADAPTIVE) {
            return false;
        }
        if (!outcome.ok()) {
            return outcome.failure() != FailureReason.CANCELED && outcome.failure() != FailureReason.TIME_LIMIT;
        }
        if (outcome.atInfinity()) {
            return false;
        }
        return !outcome.regular() || doubleTracker.forwardError(outcome.z()) > options.endpointTolerance() * 1e-2
                * (1 + PathTracker.norm(outcome.z()));
    }

    /** @return the double-double outcome unless it failed where double precision reached an endpoint */
    private static PathOutcome better(PathOutcome inDouble, PathOutcome inDoubleDouble) {
        return inDoubleDouble.ok() || !inDouble.ok() ? inDoubleDouble : inDouble;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
