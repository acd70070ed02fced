// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * Runs a computation on its own thread until a deadline. At the deadline its monitor says
 * canceled; a computation that still has not returned after a grace period is interrupted and
 * abandoned (its daemon thread is left to finish or die with the JVM: Java cannot stop a thread
 * safely, so it may go on using a processor), so that one computation that ignores the cancel
 * cannot hold the sweep.
 */
public final class TimedRun {

    /** A computation that watches its monitor. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressMonitor monitor) throws Exception;
    }

    /**
     * What became of the computation.
     *
     * @param value
     *            its result, when it returned in time
     * @param failure
     *            what it threw, when it threw in time (also an error: a full heap is the run's failure)
     * @param timedOut
     *            whether the deadline came first
     * @param abandoned
     *            whether, after the deadline, it did not stop within the grace period
     */
    public record Outcome<T>(T value, Throwable failure, boolean timedOut, boolean abandoned) {
    }

    private TimedRun() {
    }

    /**
     * @param deadlineNanos
     *            the {@link System#nanoTime()} at which to cancel; {@link Long#MAX_VALUE} for none
     * @param graceNanos
     *            how long a canceled computation may take to stop
     * @param parent
     *            canceled with the computation: the sweep's own cancel
     * @throws InterruptedException
     *             when the calling thread is interrupted; the computation is canceled first
     */
    public static <T> Outcome<T> run(String name, Work<T> work, long deadlineNanos, long graceNanos,
            ProgressMonitor parent) throws InterruptedException {
        CompletableFuture<T> future = new CompletableFuture<>();
        AtomicBoolean canceled = new AtomicBoolean();
        ProgressMonitor monitor = ProgressMonitor.cancellationOf(() -> canceled.get() || parent.isCanceled());
        Thread thread = new Thread(() -> {
            try {
                future.complete(work.run(monitor));
            } catch (Exception | Error e) { // NOSONAR: whatever the computation throws is its outcome
                future.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        try {
            try {
                T value = deadlineNanos == Long.MAX_VALUE ? future.get()
                        : future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
                return new Outcome<>(value, null, false, false);
            } catch (ExecutionException e) {
                return failed(e);
            } catch (TimeoutException e) {
                canceled.set(true);
                try {
                    future.get(graceNanos, TimeUnit.NANOSECONDS);
                } catch (ExecutionException stopped) {
                    // stopped by the cancel, as it should
                } catch (TimeoutException ignoredCancel) {
                    // A last resort that some blocking code heeds; the thread is left alone after it.
                    thread.interrupt();
                    return new Outcome<>(null, null, true, true);
                }
                return new Outcome<>(null, null, true, false);
            }
        } catch (InterruptedException e) {
            canceled.set(true);
            throw e;
        }
    }

    private static <T> Outcome<T> failed(ExecutionException e) {
        return new Outcome<>(null, e.getCause(), false, false);
    }
}
