// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import org.neuroalgebra.analysis.AnalysisResult;

/**
 * Told about analysis runs started from launch configurations. Views register through
 * {@link AnalysisRuns}. Called from the job's thread: UI listeners must hop to the display
 * thread themselves.
 */
public interface AnalysisResultListener {

    /** A run started. */
    void started(String runName);

    /**
     * A running analysis published what it has so far (finished training runs, samples drawn); more
     * partial results or the final one follow. Listeners that only want final results ignore it.
     */
    default void partial(String runName, AnalysisResult partial) {
        // final results only, by default
    }

    /** A run finished with a result. */
    void finished(String runName, AnalysisResult result);

    /** A run failed or was canceled; the message says why. */
    void failed(String runName, String message);
}
