// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.model.validation.ModelProblem.Severity;

/**
 * Checks analysis requests before any of them runs: the analysis is installed, every option is
 * one it declares ({@link IAnalysis#settings()}), every value has the declared type and range,
 * and the analysis's own {@link IAnalysis#check} passes (sizes, costs, shapes). Problems carry
 * the {@code file:line:column} of the option or field they are about when the block was parsed
 * from text, so a file with a bad last block is refused before its first block spends an hour.
 */
public final class AnalysisPreflight {

    private AnalysisPreflight() {
    }

    /**
     * @return the problems of all requests, in request order; empty when all may run
     */
    public static List<ModelProblem> check(List<AnalysisRequest> requests, AnalysisRegistry registry) {
        List<ModelProblem> problems = new ArrayList<>();
        for (AnalysisRequest request : requests) {
            problems.addAll(check(request, registry));
        }
        return problems;
    }

    /** @return the problems of one request; empty when it may run */
    public static List<ModelProblem> check(AnalysisRequest request, AnalysisRegistry registry) {
        Analysis spec = request.spec();
        List<ModelProblem> problems = new ArrayList<>();
        Optional<IAnalysis> found = registry.find(request.analysisId());
        if (found.isEmpty()) {
            problems.add(problem(spec, Literals.ANALYSIS__KIND, 0, "no analysis '" + request.analysisId() //$NON-NLS-1$
                    + "' is installed; installed: " + installed(registry))); //$NON-NLS-1$
            return problems;
        }
        IAnalysis analysis = found.get();
        List<String> known = analysis.settingNames();
        int index = 0;
        for (Map.Entry<String, String> option : spec.getOptions()) {
            String name = option.getKey();
            if (!known.contains(name)) {
                problems.add(problem(spec, Literals.ANALYSIS__OPTIONS, index, "unknown option '" + name + "' for the " //$NON-NLS-1$ //$NON-NLS-2$
                        + analysis.id() + " analysis; " + (known.isEmpty() ? "it takes none" //$NON-NLS-1$ //$NON-NLS-2$
                                : "it reads " + String.join(", ", known)))); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                int position = index;
                declared(analysis, name).flatMap(setting -> setting.check(option.getValue()))
                        .ifPresent(message -> problems.add(problem(spec, Literals.ANALYSIS__OPTIONS, position, message)));
            }
            index++;
        }
        if (problems.isEmpty()) {
            try {
                analysis.check(request);
            } catch (AnalysisException e) {
                problems.add(at(spec, e));
            }
        }
        return problems;
    }

    private static Optional<AnalysisSetting> declared(IAnalysis analysis, String name) {
        return analysis.settings().stream().filter(setting -> setting.name().equals(name)).findFirst();
    }

    private static ModelProblem at(Analysis spec, AnalysisException e) {
        String setting = e.setting();
        if (setting == null) {
            return problem(spec, null, 0, e.getMessage());
        }
        switch (setting) {
            case "target": //$NON-NLS-1$
                return problem(spec, Literals.ANALYSIS__TARGET, 0, e.getMessage());
            case "dataset": //$NON-NLS-1$
                return problem(spec, Literals.ANALYSIS__DATASET, 0, e.getMessage());
            case "metric": //$NON-NLS-1$
                return spec.getMetric() == null ? problem(spec, null, 0, e.getMessage())
                        : problem(spec.getMetric(), null, 0, e.getMessage());
            default:
                // the options in file order, as they were located; an EMap's keySet is in hash order
                int index = 0;
                for (Map.Entry<String, String> option : spec.getOptions()) {
                    if (option.getKey().equals(setting)) {
                        return problem(spec, Literals.ANALYSIS__OPTIONS, index, e.getMessage());
                    }
                    index++;
                }
                return problem(spec, null, 0, e.getMessage());
        }
    }

    private static ModelProblem problem(EObject object, EStructuralFeature feature, int index, String message) {
        SourcePosition position = SourceLocation.find(object, feature, index);
        String location = object.eResource() == null || object.eResource().getURI() == null ? null
                : object.eResource().getURI().toString();
        String block = object instanceof Analysis analysis ? analysis.getName()
                : object.eContainer() instanceof Analysis analysis ? analysis.getName() : null;
        String text = position == null && block != null ? "analysis '" + block + "': " + message : message; //$NON-NLS-1$ //$NON-NLS-2$
        return new ModelProblem(Severity.ERROR, location, position == null ? 0 : position.line(),
                position == null ? 0 : position.column(), text);
    }

    private static String installed(AnalysisRegistry registry) {
        return String.join(", ", registry.all().stream().map(IAnalysis::id).toList()); //$NON-NLS-1$
    }
}
