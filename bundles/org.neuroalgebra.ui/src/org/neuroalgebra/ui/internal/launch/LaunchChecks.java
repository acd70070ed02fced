// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisPreflight;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisRequests;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.ModelFiles;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.validation.ModelProblem;

/**
 * The launch dialog's checks, the same as a launch makes before it starts: the file loads
 * without errors, and an analysis run on a subject passes {@link AnalysisPreflight} with the
 * settings typed in the form (declared types and ranges, the subject's kind, required fields,
 * the analysis's own {@link IAnalysis#check}). The first problem is shown, in one line.
 */
final class LaunchChecks {

    private LaunchChecks() {
    }

    /** @return the first problem of the dialog's values, or empty when the configuration may run */
    static Optional<String> problem(String file, String block, IAnalysis analysis, String subject, String seed,
            Map<String, String> settings, AnalysisRegistry registry) {
        if (file.isBlank()) {
            return Optional.of("Choose a model file"); //$NON-NLS-1$
        }
        if (!seed.isBlank() && !seed.matches("-?\\d{1,18}")) { //$NON-NLS-1$
            return Optional.of("The seed must be an integer"); //$NON-NLS-1$
        }
        if (!block.isBlank()) {
            return Optional.empty();
        }
        if (analysis == null) {
            return Optional.of("Choose an analysis"); //$NON-NLS-1$
        }
        if (subject.isBlank()) {
            return Optional.of("Choose an architecture or variety, or name an analysis block"); //$NON-NLS-1$
        }
        for (AnalysisSetting setting : analysis.settings()) {
            String value = settings.get(setting.name());
            if (value != null) {
                Optional<String> wrong = setting.check(value);
                if (wrong.isPresent()) {
                    return wrong;
                }
            }
        }
        Path path = ModelOutline.path(file);
        if (path == null || !path.toFile().isFile()) {
            return Optional.of("No model file " + file); //$NON-NLS-1$
        }
        ModelFiles.LoadedModel loaded = ModelFiles.load(path, AnalysisRequest.DEFAULT_MONOMIAL_LIMIT, registry);
        if (!loaded.problems().isEmpty()) {
            return Optional.of(loaded.problems().get(0));
        }
        if (registry == null) {
            return Optional.empty();
        }
        try {
            Analysis spec = AnalysisRequests.specFor(loaded.model(), analysis.id(), subject,
                    seed.isBlank() ? null : Long.valueOf(seed));
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                AnalysisRequests.applySetting(loaded.model(), spec, setting.getKey(), setting.getValue());
            }
            List<ModelProblem> problems = AnalysisPreflight.check(new AnalysisRequest(spec), registry);
            return problems.stream().findFirst().map(ModelProblem::message);
        } catch (AnalysisException e) {
            return Optional.of(e.getMessage());
        }
    }
}
