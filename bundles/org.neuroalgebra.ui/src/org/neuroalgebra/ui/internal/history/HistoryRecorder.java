// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.launch.AnalysisResultListener;
import org.neuroalgebra.launch.AnalysisRun;
import org.neuroalgebra.launch.AnalysisRuns;
import org.neuroalgebra.launch.RunOutcome;
import org.neuroalgebra.sweep.SweepResult;

/**
 * Puts every ended run into the workbench's history, whether or not a view is open, and tells the
 * workbench when a run starts (so that the history view comes to the front). A sweep is in the
 * history from its first finished member on, its entry filling in row by row. One per workbench,
 * started by the first view or by the early-startup hook.
 */
public final class HistoryRecorder implements AnalysisResultListener {

    private static HistoryRecorder instance;

    /** How often a running sweep's entry is written again, in nanoseconds. */
    private static final long RUNNING_ENTRY_INTERVAL = 1_000_000_000L;

    /** A sweep being recorded: its run and the entry written so far. */
    private static final class Running {
        final AnalysisRun run;
        HistoryEntry entry;
        long written;

        Running(AnalysisRun run) {
            this.run = run;
        }
    }

    private final ResultsHistory history;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private volatile Consumer<AnalysisRun> onStart = run -> {
        // no workbench hook yet
    };

    private HistoryRecorder(ResultsHistory history) {
        this.history = history;
    }

    /** @return the workbench's recorder, started and its history loaded on first use */
    public static synchronized HistoryRecorder get() {
        if (instance == null) {
            ResultsHistory history = new ResultsHistory(new WorkspaceLocations());
            history.reload();
            instance = new HistoryRecorder(history);
            AnalysisRuns.addListener(instance);
        }
        return instance;
    }

    /** @return the workbench's history */
    public ResultsHistory history() {
        return history;
    }

    /** Sets what to do (on the job's thread) when a run starts. */
    public void onStart(Consumer<AnalysisRun> action) {
        onStart = action;
    }

    @Override
    public void runStarted(AnalysisRun run) {
        if (SweepResult.ID.equals(run.analysisId())) {
            running.put(run.name(), new Running(run));
        }
        onStart.accept(run);
    }

    /**
     * A sweep's rows so far become its history entry, marked running, at most once a second (the
     * whole entry is written each time); its end replaces it. Other analyses' partial results are
     * shown by the results view but kept only when the run ends.
     */
    @Override
    public void partial(String runName, AnalysisResult partial) {
        Running sweep = running.get(runName);
        if (sweep == null) {
            return;
        }
        synchronized (sweep) {
            long now = System.nanoTime();
            if (sweep.entry != null && now - sweep.written < RUNNING_ENTRY_INTERVAL) {
                return;
            }
            try {
                HistoryEntry entry = HistoryEntry.running(sweep.run, partial);
                sweep.entry = sweep.entry == null ? history.add(entry) : history.replace(sweep.entry, entry);
                sweep.written = now;
            } catch (IOException | RuntimeException e) {
                ILog.of(HistoryRecorder.class).log(Status.error("The rows so far of " + runName //$NON-NLS-1$
                        + " could not be kept in the history: " + e.getMessage(), e)); //$NON-NLS-1$
            }
        }
    }

    @Override
    public void runEnded(AnalysisRun run, RunOutcome outcome) {
        Running sweep = running.remove(run.name());
        try {
            HistoryEntry ended = HistoryEntry.of(run, outcome);
            HistoryEntry entry;
            if (sweep == null) {
                entry = history.add(ended);
            } else {
                synchronized (sweep) {
                    entry = sweep.entry == null ? history.add(ended) : history.replace(sweep.entry, ended);
                }
            }
            WorkspaceLocations.refresh(entry.storedAt().getParent());
        } catch (IOException | RuntimeException e) {
            ILog.of(HistoryRecorder.class).log(Status.error("The result of " + run.name() //$NON-NLS-1$
                    + " could not be kept in the history: " + e.getMessage(), e)); //$NON-NLS-1$
        }
    }
}
