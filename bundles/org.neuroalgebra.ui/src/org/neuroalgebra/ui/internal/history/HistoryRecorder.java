// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.neuroalgebra.launch.AnalysisResultListener;
import org.neuroalgebra.launch.AnalysisRun;
import org.neuroalgebra.launch.AnalysisRuns;
import org.neuroalgebra.launch.RunOutcome;

/**
 * Puts every ended run into the workbench's history, whether or not a view is open, and tells the
 * workbench when a run starts (so that the history view comes to the front). One per workbench,
 * started by the first view or by the early-startup hook.
 */
public final class HistoryRecorder implements AnalysisResultListener {

    private static HistoryRecorder instance;

    private final ResultsHistory history;
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
        onStart.accept(run);
    }

    @Override
    public void runEnded(AnalysisRun run, RunOutcome outcome) {
        try {
            HistoryEntry entry = history.add(HistoryEntry.of(run, outcome));
            WorkspaceLocations.refresh(entry.storedAt().getParent());
        } catch (IOException | RuntimeException e) {
            ILog.of(HistoryRecorder.class).log(Status.error("The result of " + run.name() //$NON-NLS-1$
                    + " could not be kept in the history: " + e.getMessage(), e)); //$NON-NLS-1$
        }
    }
}
