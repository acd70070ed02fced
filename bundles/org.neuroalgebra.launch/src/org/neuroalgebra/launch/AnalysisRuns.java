// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neuroalgebra.analysis.AnalysisResult;

/**
 * Where launched analysis runs announce themselves, and the last result is kept so that a view
 * opened later still shows it.
 */
public final class AnalysisRuns {

    private static final List<AnalysisResultListener> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile AnalysisResult last;

    private AnalysisRuns() {
    }

    /**
     * @param listener
     *            told of every result of a launched run, in the thread that finished it
     */
    public static void addListener(AnalysisResultListener listener) {
        LISTENERS.add(listener);
    }

    /**
     * @param listener
     *            a listener added before; no longer told of results
     */
    public static void removeListener(AnalysisResultListener listener) {
        LISTENERS.remove(listener);
    }

    /** @return the most recent result of any launched run, or null */
    public static AnalysisResult lastResult() {
        return last;
    }

    static void fireStarted(AnalysisRun run) {
        LISTENERS.forEach(l -> {
            l.started(run.name());
            l.runStarted(run);
        });
    }

    static void firePartial(String runName, AnalysisResult partial) {
        LISTENERS.forEach(l -> l.partial(runName, partial));
    }

    static void fireEnded(AnalysisRun run, RunOutcome outcome) {
        if (outcome.state() == RunOutcome.State.FINISHED) {
            last = outcome.result();
        }
        LISTENERS.forEach(l -> {
            if (outcome.state() == RunOutcome.State.FINISHED) {
                l.finished(run.name(), outcome.result());
            } else {
                l.failed(run.name(), outcome.message());
            }
            l.runEnded(run, outcome);
        });
    }
}
