// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import org.neuroalgebra.analysis.AnalysisResult;

/**
 * Told about analysis runs started from launch configurations. Views register through
 * {@link AnalysisRuns}. Called from the job's thread: UI listeners must hop to the display
 * thread themselves. Every method does nothing by default, so a listener implements what it needs:
 * {@link #runStarted(AnalysisRun)} and {@link #runEnded(AnalysisRun, RunOutcome)} carry all a
 * history needs; the methods taking a run name are the short form of the same events.
 */
public interface AnalysisResultListener {

    /** A run started. */
    default void started(String runName) {
        // not interested
    }

    /**
     * A run started; {@code run} describes it (file, block, subject, analysis, seed, content hash
     * of the model). Called just after {@link #started(String)}.
     */
    default void runStarted(AnalysisRun run) {
        // not interested
    }

    /**
     * A running analysis published what it has so far (finished training runs, samples drawn); more
     * partial results or the final one follow. Listeners that only want final results ignore it.
     */
    default void partial(String runName, AnalysisResult partial) {
        // final results only, by default
    }

    /** A run finished with a result. */
    default void finished(String runName, AnalysisResult result) {
        // not interested
    }

    /** A run failed or was canceled; the message says why. */
    default void failed(String runName, String message) {
        // not interested
    }

    /**
     * A run ended, whichever way; called just after {@link #finished(String, AnalysisResult)} or
     * {@link #failed(String, String)}. A failed or canceled run carries its last partial result.
     */
    default void runEnded(AnalysisRun run, RunOutcome outcome) {
        // not interested
    }
}
