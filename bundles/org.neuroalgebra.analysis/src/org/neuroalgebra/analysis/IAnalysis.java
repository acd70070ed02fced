// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
     * @return the kinds of subject this analysis accepts; {@link AnalysisPreflight} refuses a
     *         block about another kind at the subject's position. The default accepts both.
     */
    default Set<SubjectKind> subjectKinds() {
        return EnumSet.allOf(SubjectKind.class);
    }

    /**
     * @return the settings this analysis reads, with their types, defaults, ranges and help; the
     *         model language, the command line ({@code --name value}), the launch dialog and
     *         {@link AnalysisPreflight} read these declarations. {@code target}, {@code metric}
     *         and {@code dataset} are block fields ({@link AnalysisSetting#field}), anything else
     *         goes to the block's options map.
     */
    default List<AnalysisSetting> settings() {
        return List.of();
    }

    /** @return the names of {@link #settings()}, in order */
    default List<String> settingNames() {
        return settings().stream().map(AnalysisSetting::name).toList();
    }

    /**
     * Checks a request before any work starts: what the declared types and ranges of
     * {@link #settings()} cannot express (a box that must fit the subject's dimension, a cost
     * estimate that must stay under a limit). {@link AnalysisPreflight} calls this for every block
     * of a file before the first one runs. It must be cheap: no solving, no expansion that the
     * size guard has not admitted.
     *
     * @throws AnalysisException
     *             with {@link AnalysisException#setting()} naming the offending setting when there
     *             is one, so that the problem is reported at its position
     */
    default void check(AnalysisRequest request) throws AnalysisException {
        // nothing beyond the declared settings
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
