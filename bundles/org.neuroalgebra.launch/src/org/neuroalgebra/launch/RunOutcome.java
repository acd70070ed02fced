// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.time.Instant;

import org.neuroalgebra.analysis.AnalysisResult;

/**
 * How a run ended.
 *
 * @param state
 *            finished, failed or canceled
 * @param result
 *            the final result, or for a failed or canceled run the last partial result it published
 *            (null when it published none)
 * @param message
 *            why a run failed or was canceled, in one line; empty when it finished
 * @param ended
 *            when the run ended
 */
public record RunOutcome(State state, AnalysisResult result, String message, Instant ended) {

    /** How a run ended. */
    public enum State {
        /** with a final result */
        FINISHED,
        /** with an error */
        FAILED,
        /** on request of the user */
        CANCELED
    }

    /** @return whether the result is the partial result of a run that did not finish */
    public boolean isPartial() {
        return state != State.FINISHED && result != null;
    }
}
