// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra;

/**
 * Progress and cancellation callback for long computations. A plain-Java
 * counterpart of Eclipse's {@code IProgressMonitor}, so that the algebra core
 * can be used outside OSGi; the launch and UI layers adapt it to the real
 * thing.
 */
public interface ProgressMonitor {

    /** A monitor that ignores progress and is never canceled. */
    ProgressMonitor NULL = cancellationOf(() -> false);

    /**
     * Starts a task.
     *
     * @param task
     *            a human-readable name of the task
     * @param totalWork
     *            the number of work units the task will report, or a negative
     *            number when unknown
     */
    void begin(String task, int totalWork);

    /**
     * Reports that some work units of the current task were completed.
     *
     * @param units
     *            the number of units completed since the last call
     */
    void worked(int units);

    /**
     * @return true when the caller asked to stop; computations poll this and
     *         stop early by throwing or returning a partial result
     */
    boolean isCanceled();

    /**
     * @param canceled
     *            whether the work is to stop, e.g. {@code monitor::isCanceled} (thread-safe)
     * @return a monitor for work beside a task's own on another thread: it reports no progress (the
     *         task does) and is canceled when {@code canceled} says so
     */
    static ProgressMonitor cancellationOf(java.util.function.BooleanSupplier canceled) {
        return new ProgressMonitor() {
            @Override
            public void begin(String task, int totalWork) {
                // nothing to report to: the task's own monitor reports the progress, if any
            }

            @Override
            public void worked(int units) {
                // nothing to report to: the task's own monitor reports the progress, if any
            }

            @Override
            public boolean isCanceled() {
                return canceled.getAsBoolean();
            }
        };
    }
}
