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
        PathTracker tracker = new PathTracker(homotopy, TrackerSettings.of(options), stop);
        EndgameTracker endgame = new EndgameTracker(tracker, options.endgame(), options.endpointTolerance());
        TrackerSettings settings = TrackerSettings.of(options);
        for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
            FailureReason stopped = stop.reason();
            if (stopped != null) {
                outcomes[i] = PathOutcome.failed(stopped);
            } else {
                double[] start = starts.apply(i);
                PathOutcome outcome = endgame.run(start, settings);
                if (!outcome.ok() && retryable(outcome.failure())) {
                    outcome = endgame.run(start, settings.tighter()).markRetracked();
                }
                outcomes[i] = outcome;
            }
            finished.incrementAndGet();
        }
    }

    private boolean retryable(FailureReason reason) {
        return options.precision() == PrecisionPolicy.RETRACK_TIGHTER && reason != FailureReason.CANCELED
                && reason != FailureReason.TIME_LIMIT;
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
