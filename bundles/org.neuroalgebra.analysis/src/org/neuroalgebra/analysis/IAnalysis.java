// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * One kind of question asked of a model (dimension, ED degree, ...). Implementations are OSGi
 * services: third-party bundles contribute new analyses by registering an {@code IAnalysis}
 * with Declarative Services, and the workbench, the launch delegates and the headless
 * application find them through {@link AnalysisRegistry}.
 * <p>
 * Implementations must be stateless and thread-safe: one instance serves concurrent runs.
 */
public interface IAnalysis {

    /** @return the stable identifier used in {@code .nalg} files and on the command line, e.g. "dimension" */
    String id();

    /** @return a short human-readable name, e.g. "Dimension of the neuromanifold" */
    String label();

    /**
     * @return names of the settings this analysis reads, which the command line accepts as
     *         {@code --name value} and launch configurations pass on: {@code target},
     *         {@code metric} and {@code dataset} set the block's fields of those names (see
     *         {@link AnalysisRequests#applySetting}), anything else goes to its options map
     */
    default List<String> settingNames() {
        return List.of();
    }

    /**
     * Runs the analysis.
     *
     * @param request
     *            what to analyse and with which settings
     * @param monitor
     *            progress and cancellation; implementations poll {@link ProgressMonitor#isCanceled()}
     * @return the result, saying how it was obtained
     * @throws AnalysisException
     *             when the request cannot be answered (bad input, too large, canceled)
     */
    AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException;

    /**
     * Runs the analysis, publishing intermediate results on the way. Analyses that have something
     * to show before they finish (training runs, samples) override this method; the default
     * publishes nothing.
     *
     * @param partials
     *            receives the results of the work done so far, in order
     * @see #run(AnalysisRequest, ProgressMonitor)
     */
    default AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor, PartialResults partials)
            throws AnalysisException {
        return run(request, monitor);
    }
}
