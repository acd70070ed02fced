// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.PrintStream;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * A progress line on stderr, rewritten in place, for terminals. The launcher script enables it
 * only when stderr is a terminal, so logs and pipes stay clean.
 */
final class TerminalProgress implements ProgressMonitor {

    /** Returns to the start of the line and erases it. */
    static final String CLEAR_LINE = "\r\033[K"; //$NON-NLS-1$

    private static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final PrintStream err;
    private String task = ""; //$NON-NLS-1$
    private int total;
    private int done;
    private long lastPrint;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void begin(String taskName, int totalWork) {
        task = taskName;
        total = totalWork;
        done = 0;
        print();
    }

    @Override
    public synchronized void worked(int units) {
        done += units;
        long now = System.nanoTime();
        if (now - lastPrint > MIN_INTERVAL_NANOS || done == total) {
            print();
        }
    }

    @Override
    public boolean isCanceled() {
        return false;
    }

    /** Clears the progress line before real output is written. */
    synchronized void clear() {
        err.print(CLEAR_LINE);
        err.flush();
    }

    private void print() {
        lastPrint = System.nanoTime();
        String amount = total > 0 ? done + "/" + total : Integer.toString(done); //$NON-NLS-1$
        err.print(CLEAR_LINE + task + " " + amount); //$NON-NLS-1$
        err.flush();
    }
}
