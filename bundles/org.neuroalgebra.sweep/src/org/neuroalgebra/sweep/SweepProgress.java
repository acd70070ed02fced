// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.Locale;

/**
 * How far a sweep is, in one line: rows done of the total, members running, and the time left,
 * estimated from the mean time of the members finished in this process and the number of workers.
 * Members resumed from the journal count as done but not in the mean, which is of this machine now.
 */
public final class SweepProgress {

    private final String sweep;
    private final long totalRows;
    private final long totalMembers;
    private final int workers;
    private long doneRows;
    private long doneMembers;
    private long timedMembers;
    private double timedSeconds;

    /**
     * @param totalMembers
     *            the members of the sweep
     * @param runs
     *            the rows of a member
     * @param workers
     *            how many members run at the same time
     */
    public SweepProgress(String sweep, long totalMembers, int runs, int workers) {
        this.sweep = sweep;
        this.totalMembers = totalMembers;
        this.totalRows = totalMembers * runs;
        this.workers = Math.max(1, workers);
    }

    /** Counts members finished before (resumed from the journal). */
    public synchronized void resumed(int members, int rows) {
        doneMembers += members;
        doneRows += rows;
    }

    /** Counts a member finished now, which took {@code seconds}. */
    public synchronized void finished(int rows, double seconds) {
        doneMembers++;
        doneRows += rows;
        timedMembers++;
        timedSeconds += seconds;
    }

    /** @return the rows finished */
    public synchronized long doneRows() {
        return doneRows;
    }

    /** @return the members neither finished nor waiting for a worker: at most one per worker */
    public synchronized long running() {
        return Math.min(workers, totalMembers - doneMembers);
    }

    /**
     * @return the estimate of the seconds left: the members left, in rounds of {@code workers},
     *         times the mean member time; NaN before the first member finished here
     */
    public synchronized double secondsLeft() {
        if (timedMembers == 0) {
            return Double.NaN;
        }
        long left = totalMembers - doneMembers;
        return Math.ceil((double) left / workers) * (timedSeconds / timedMembers);
    }

    /** @return e.g. {@code sweep square: 12/40 rows, 2 running, about 1 min 20 s left} */
    public synchronized String line() {
        double left = secondsLeft();
        String estimate = Double.isNaN(left) ? "time left unknown yet" : "about " + duration(left) + " left"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return String.format(Locale.ROOT, "sweep %s: %d/%d rows, %d running, %s", sweep, Long.valueOf(doneRows), //$NON-NLS-1$
                Long.valueOf(totalRows), Long.valueOf(running()), estimate);
    }

    /** @return seconds for people: {@code 42 s}, {@code 3 min 5 s}, {@code 2 h 10 min} */
    static String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 60) {
            return whole + " s"; //$NON-NLS-1$
        }
        if (whole < 3600) {
            return whole / 60 + " min " + whole % 60 + " s"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return whole / 3600 + " h " + whole % 3600 / 60 + " min"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
