// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

/**
 * Where a long analysis publishes what it has so far (the training runs finished, the samples
 * drawn), so that a view can show it while the job runs. A partial result is a complete
 * {@link AnalysisResult} of the work done so far; the final result replaces it. Publishing happens
 * on the analysis' thread: receivers hand the result on and return quickly.
 */
@FunctionalInterface
public interface PartialResults {

    /** Ignores partial results (the command line, which prints the final result only). */
    PartialResults NONE = partial -> {
        // nobody is watching
    };

    /** Receives the result of the work done so far. */
    void publish(AnalysisResult partial);
}
