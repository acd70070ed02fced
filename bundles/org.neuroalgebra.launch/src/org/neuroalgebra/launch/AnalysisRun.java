// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.time.Instant;

/**
 * What a history needs to know about one run of one analysis block, announced when the run starts:
 * enough to show it, to re-run it with the same inputs and to tell whether the model has changed
 * since.
 *
 * @param name
 *            the job's name (analysis, subject, block and file)
 * @param file
 *            the absolute path of the model file, or null when the model was not loaded from a file
 * @param block
 *            the name of the analysis block, or null for a request built from an analysis id and a
 *            subject
 * @param subject
 *            the name of the architecture or variety analysed
 * @param analysisId
 *            the registered id of the analysis
 * @param analysisLabel
 *            the analysis' label, for people
 * @param seed
 *            the seed of every randomized step
 * @param contentHash
 *            the SHA-256 of the model file's bytes when the run was created (hexadecimal), or null
 *            when there is no file
 * @param started
 *            when the run started
 */
public record AnalysisRun(String name, String file, String block, String subject, String analysisId,
        String analysisLabel, long seed, String contentHash, Instant started) {
}
