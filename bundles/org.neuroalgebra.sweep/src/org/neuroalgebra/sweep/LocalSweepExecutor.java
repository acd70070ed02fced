// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * Runs work units on threads of this JVM, {@code workers} at a time. A unit whose evaluation throws
 * is reported when all others have finished: the others are not lost to it.
 */
public final class LocalSweepExecutor implements SweepExecutor {

    private static final long POLL_MILLIS = 100;
    private static final long STOP_SECONDS = 10;

    private final int workers;
    private final WorkUnitEvaluator evaluator;

    /**
     * @param workers
     *            how many units run at the same time, at least 1
     */
    public LocalSweepExecutor(int workers, WorkUnitEvaluator evaluator) {
        if (workers < 1) {
            throw new IllegalArgumentException("a sweep needs at least one worker, found " + workers); //$NON-NLS-1$
        }
        this.workers = workers;
        this.evaluator = evaluator;
    }

    /** @return an executor with one worker per available processor */
    public static LocalSweepExecutor withAvailableProcessors(WorkUnitEvaluator evaluator) {
        return new LocalSweepExecutor(Runtime.getRuntime().availableProcessors(), evaluator);
    }

    @Override
    public int workers() {
        return workers;
    }

    /**
     * @throws IllegalStateException
     *             after all units ran, when an evaluation threw (a defect: {@link MemberEvaluation}
     *             turns every failure of a run into a row)
     */
    @Override
    public void execute(List<String> workUnits, BiConsumer<Integer, String> sink, ProgressMonitor monitor)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, workUnits.size())),
                new WorkerThreads());
        List<RuntimeException> defects = new ArrayList<>();
        try {
            for (int i = 0; i < workUnits.size(); i++) {
                int index = i;
                pool.execute(() -> evaluate(index, workUnits.get(index), sink, monitor, defects));
            }
            pool.shutdown();
            while (!pool.awaitTermination(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (monitor.isCanceled()) {
                    return;
                }
            }
        } finally {
            // Canceled or interrupted: the running evaluations are interrupted, which cancels their
            // computations; they are given a moment to end so none outlives the sweep by much.
            pool.shutdownNow();
            awaitEnd(pool);
        }
        synchronized (defects) {
            if (!defects.isEmpty()) {
                throw new IllegalStateException(defects.size() + " work unit(s) could not be evaluated: " //$NON-NLS-1$
                        + defects.get(0).getMessage(), defects.get(0));
            }
        }
    }

    private static void awaitEnd(ExecutorService pool) {
        try {
            pool.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void evaluate(int index, String workUnit, BiConsumer<Integer, String> sink, ProgressMonitor monitor,
            List<RuntimeException> defects) {
        if (monitor.isCanceled()) {
            return;
        }
        String rows;
        try {
            rows = evaluator.evaluate(workUnit);
        } catch (CancellationException e) {
            return;
        } catch (RuntimeException e) {
            synchronized (defects) {
                defects.add(new IllegalStateException("work unit " + index + ": " + e, e)); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return;
        }
        if (!monitor.isCanceled() && !Thread.currentThread().isInterrupted()) {
            sink.accept(Integer.valueOf(index), rows);
        }
    }

    /** Daemon threads with names that say what they are, so a stuck sweep is easy to find in a thread dump. */
    private static final class WorkerThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "neuroalgebra sweep worker " + count.incrementAndGet()); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        }
    }
}
