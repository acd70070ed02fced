// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.io.IOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * Runs the members of a sweep that the journal does not hold yet on an executor, records each
 * finished member in the journal, and hands its rows on as they come. Knows members only by index:
 * what a member is, is in its work unit.
 */
public final class SweepRunner {

    /** Receives the rows as members finish, from the executor's threads, one member at a time. */
    public interface Listener {

        /** The rows of a member just finished (and journaled). */
        void finished(List<SweepRow> rows, SweepProgress progress);
    }

    /**
     * @param rows
     *            every row known at the end, resumed and new, sorted by member and run
     * @param complete
     *            whether every member has its rows (false after a cancel)
     */
    public record Outcome(List<SweepRow> rows, boolean complete) {
    }

    private final String sweep;
    private final int members;
    private final int runs;
    private final IntFunction<String> workUnit;
    private final SweepExecutor executor;

    /**
     * @param members
     *            the number of members
     * @param runs
     *            the runs of a member (its rows)
     * @param workUnit
     *            the work unit of a member index, as JSON; called only for members that run
     */
    public SweepRunner(String sweep, int members, int runs, IntFunction<String> workUnit, SweepExecutor executor) {
        this.sweep = sweep;
        this.members = members;
        this.runs = runs;
        this.workUnit = workUnit;
        this.executor = executor;
    }

    /**
     * @param journal
     *            the journal to resume from and append to, or null to keep nothing
     * @throws IOException
     *             when the journal cannot be written (the sweep stops at once: a result that
     *             cannot be kept would be computed in vain)
     */
    public Outcome run(SweepJournal journal, Listener listener, ProgressMonitor monitor)
            throws IOException, InterruptedException {
        List<SweepRow> rows = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        Map<Integer, List<SweepRow>> resumed = journal == null ? Map.of() : journal.finished();
        SweepProgress progress = new SweepProgress(sweep, members, runs, executor.workers());
        for (int member = 0; member < members; member++) {
            List<SweepRow> done = resumed.get(Integer.valueOf(member));
            if (done == null) {
                pending.add(Integer.valueOf(member));
            } else {
                rows.addAll(done);
                progress.resumed(1, done.size());
            }
        }
        // Built when a worker takes it: a unit carries the model's text, and a sweep may have many members.
        List<String> units = new AbstractList<>() {
            @Override
            public String get(int index) {
                return workUnit.apply(pending.get(index).intValue());
            }

            @Override
            public int size() {
                return pending.size();
            }
        };
        IOException[] journalFailure = new IOException[1];
        // A member that finishes after the executor returned (a cancel) is not counted: the outcome is given.
        boolean[] over = new boolean[1];
        ProgressMonitor stopping = ProgressMonitor.cancellationOf(() -> {
            synchronized (rows) {
                return journalFailure[0] != null || monitor.isCanceled();
            }
        });
        try {
            executor.execute(units, (index, json) -> {
                List<SweepRow> memberRows = SweepRow.fromJsonArray(json);
                synchronized (rows) {
                    if (journalFailure[0] != null || over[0]) {
                        return;
                    }
                    try {
                        if (journal != null) {
                            journal.append(pending.get(index.intValue()).intValue(), memberRows);
                        }
                    } catch (IOException e) {
                        journalFailure[0] = e;
                        return;
                    }
                    rows.addAll(memberRows);
                    progress.finished(memberRows.size(), memberRows.stream().mapToDouble(SweepRow::seconds)
                            .filter(Double::isFinite).sum());
                    listener.finished(memberRows, progress);
                }
            }, stopping);
        } finally {
            synchronized (rows) {
                over[0] = true;
            }
        }
        synchronized (rows) {
            if (journalFailure[0] != null) {
                throw journalFailure[0];
            }
            List<SweepRow> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparingInt(SweepRow::member).thenComparingInt(SweepRow::run));
            long finishedMembers = sorted.stream().mapToInt(SweepRow::member).distinct().count();
            return new Outcome(sorted, finishedMembers == members);
        }
    }
}
