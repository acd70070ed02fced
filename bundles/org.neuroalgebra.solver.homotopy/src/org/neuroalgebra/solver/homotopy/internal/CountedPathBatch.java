// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The paths of a start-system homotopy in double precision without endgame when the caller knows the exact
 * number of regular finite solutions ({@link SolverOptions#expectedSolutions()}). All paths advance together
 * one decade of |t| at a time ({@link #SPLITS}); after each decade, the paths from whose point Newton's method
 * at t = 0 converges to a regular finite solution are tracked to their ends, and once as many distinct regular
 * finite endpoints as the count are known, no path goes on: it could only end at infinity, at a singular point
 * or at a known solution. Those paths are reported as {@link FailureReason#NOT_NEEDED}. After the last decade
 * the paths left are finished in the order of how little their homogenizing coordinate's share ρ = |z_0| / |z|
 * decayed over it (ρ ~ |t|^ν with ν &gt; 0 for a path to infinity). Paths to infinity crawl with steps that
 * shrink with |t|, most of their cost, while paths to regular solutions are near their ends after a decade or
 * two.
 * <p>
 * Only the order and the stopping of paths differ from {@link PathBatch}: the Newton probe only orders, every
 * endpoint is the end of its own tracked path, with the same tracker and the same step budget in all.
 */
final class CountedPathBatch {

    /** The values of |t| where every path still going pauses. */
    static final double[] SPLITS = { 0.1, 0.01, 1e-3, 1e-4 };

    /** Newton iterations of the probe at t = 0. */
    private static final int NEWTON_PROBE = 6;

    /** ρ at or below this: the endpoint is at infinity (as for {@link Monodromy}). */
    private static final double AT_INFINITY = 1e-7;

    private final Homotopy homotopy;
    private final SolverOptions options;
    private final StopSignal stop;
    private final AffineSystem target;
    private final List<double[]> found = new ArrayList<>();

    /**
     * @param target
     *            the target system, to dehomogenize endpoints for telling them apart
     */
    CountedPathBatch(Homotopy homotopy, SolverOptions options, StopSignal stop, AffineSystem target) {
        this.homotopy = homotopy;
        this.options = options;
        this.stop = stop;
        this.target = target;
    }

    /** A path still going: its point at the last split, ρ at the split before, the steps taken, the probe's verdict. */
    private static final class Path {
        double[] z;
        double previousRatio = 1;
        int steps;
        boolean nearRegular;

        Path(double[] z) {
            this.z = z;
        }

        /** @return how much ρ decayed over the last decade: the larger, the nearer infinity */
        double decay() {
            return Math.log(previousRatio / EndgameTracker.infinityRatio(z));
        }
    }

    /**
     * @param count
     *            number of paths
     * @param starts
     *            start point of path i (interleaved, in the chart)
     * @param monitor
     *            receives the work when all is done; polled for cancellation between paths
     * @return the outcome of each path, by index
     */
    PathOutcome[] run(int count, IntFunction<double[]> starts, ProgressMonitor monitor) {
        PathOutcome[] outcomes = new PathOutcome[count];
        Path[] paths = new Path[count];
        List<Integer> going = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            going.add(i);
        }
        double from = 1;
        for (double split : SPLITS) {
            double legStart = from;
            inParallel(going, tracker -> i -> {
                Path path = paths[i] == null ? new Path(start(tracker, starts.apply(i))) : paths[i];
                paths[i] = path;
                outcomes[i] = advance(tracker, path, legStart, split);
            }, monitor);
            going.removeIf(i -> outcomes[i] != null);
            List<Integer> near = going.stream().filter(i -> paths[i].nearRegular)
                    .sorted(Comparator.comparingDouble(i -> paths[i].decay())).toList();
            finish(near, paths, outcomes, split, monitor);
            going.removeAll(near);
            from = split;
            if (countReached()) {
                break;
            }
        }
        List<Integer> rest = going.stream().sorted(Comparator.comparingDouble(i -> paths[i].decay())).toList();
        finish(rest, paths, outcomes, from, monitor);
        monitor.worked(count);
        return outcomes;
    }

    private double[] start(PathTracker tracker, double[] start) {
        tracker.reset(TrackerSettings.of(options));
        double[] z = tracker.load(start);
        tracker.newton(z, 1, 0, 3, options.pathTolerance());
        return z;
    }

    /** Tracks a path over one decade of |t| and probes it there. @return its outcome when it failed, else null */
    private PathOutcome advance(PathTracker tracker, Path path, double from, double to) {
        resume(tracker, path);
        double ratio = EndgameTracker.infinityRatio(path.z);
        FailureReason failure = tracker.track(path.z, TimePath.segment(from, 0, to, 0));
        path.steps += tracker.stepsTaken();
        if (failure != null) {
            return PathOutcome.failed(failure);
        }
        path.previousRatio = ratio;
        // a path to a finite endpoint far out decays like one to infinity for a while; near a regular solution,
        // Newton's method at t = 0 tells them apart (it orders the paths; each is still tracked to its end)
        double[] probe = path.z.clone();
        path.nearRegular = tracker.newton(probe, 0, 0, NEWTON_PROBE, options.pathTolerance())
                && EndgameTracker.infinityRatio(probe) > AT_INFINITY && tracker.isRegularEndpoint(probe);
        return null;
    }

    /** Sets the tracker to the rest of the path's step budget: the budget is the path's, not the leg's. */
    private void resume(PathTracker tracker, Path path) {
        TrackerSettings all = TrackerSettings.of(options);
        tracker.reset(new TrackerSettings(all.tolerance(), all.minStep(), all.maxStep(),
                Math.max(1, all.maxSteps() - path.steps)));
    }

    /** Tracks the paths in this order from |t| = from to their ends, until the count is reached. */
    private void finish(List<Integer> order, Path[] paths, PathOutcome[] outcomes, double from,
            ProgressMonitor monitor) {
        inParallel(order, tracker -> i -> {
            if (countReached()) {
                outcomes[i] = PathOutcome.failed(FailureReason.NOT_NEEDED);
                return;
            }
            Path path = paths[i];
            resume(tracker, path);
            FailureReason failure = tracker.track(path.z, TimePath.segment(from, 0, 0, 0));
            outcomes[i] = failure == null ? new PathOutcome(tracker.rounded(path.z), tracker.precise(path.z), null, 1,
                    false, true, false) : PathOutcome.failed(failure);
            if (failure == null) {
                record(tracker, path.z);
            }
        }, monitor);
    }

    private boolean countReached() {
        synchronized (found) {
            return found.size() >= options.expectedSolutions();
        }
    }

    /** Adds a regular finite endpoint that is not known yet, as an affine point. */
    private void record(PathTracker tracker, double[] z) {
        if (EndgameTracker.infinityRatio(z) <= AT_INFINITY || !tracker.isRegularEndpoint(z)) {
            return;
        }
        double[] x = target.dehomogenize(z);
        synchronized (found) {
            for (double[] known : found) {
                if (EndgameTracker.distance(known, x) <= options.endpointTolerance() * Math.max(1, PathTracker.norm(x))) {
                    return;
                }
            }
            found.add(x);
        }
    }

    /** What one worker does, with its own tracker, to a path. */
    private interface Work {
        IntConsumer with(PathTracker tracker);
    }

    /** The paths in this order on the option's threads, each thread with a tracker of its own. */
    private void inParallel(List<Integer> order, Work work, ProgressMonitor monitor) {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(options.threads(), order.size()));
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(() -> {
                IntConsumer item = work.with(new PathTracker(homotopy, TrackerSettings.of(options), stop));
                for (int k = next.getAndIncrement(); k < order.size(); k = next.getAndIncrement()) {
                    item.accept(order.get(k));
                }
            }, "neuroalgebra-path-tracker-" + w); //$NON-NLS-1$
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join(20);
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop.stop(FailureReason.CANCELED);
                }
                if (monitor.isCanceled()) {
                    stop.stop(FailureReason.CANCELED);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
