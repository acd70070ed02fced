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
import org.neuroalgebra.model.validation.AnalysisCatalog.Violation;
import org.neuroalgebra.model.validation.ModelProblem;
import org.neuroalgebra.model.validation.ModelProblem.Severity;

/**
 * Checks analysis requests before any of them runs: the analysis is installed, the subject is of
 * a kind it accepts ({@link IAnalysis#subjectKinds()}), the block gives every field it requires
 * ({@link AnalysisSetting#required()}), every option is one it declares
 * ({@link IAnalysis#settings()}), every value has the declared type and range, and the
 * analysis's own {@link IAnalysis#check} passes (sizes, costs, shapes). Nothing here knows a
 * particular analysis: all of it comes from the analyses' declarations. Problems carry
 * the {@code file:line:column} of the option or field they are about when the block was parsed
 * from text, so a file with a bad last block is refused before its first block spends an hour.
 */
public final class AnalysisPreflight {

    /**
     * The name under which {@link IAnalysis#check} blames the block's subject
     * ({@link AnalysisException#badSetting}), reported at the subject's position.
     */
    public static final String SUBJECT = "subject"; //$NON-NLS-1$

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
        Optional<IAnalysis> found = registry.find(request.analysisId());
        if (found.isEmpty()) {
            return List.of(problem(spec, Literals.ANALYSIS__KIND, 0, unknown(request.analysisId(), registry)));
        }
        IAnalysis analysis = found.get();
        List<ModelProblem> problems = new ArrayList<>();
        for (Violation violation : declarations(spec, analysis)) {
            problems.add(problem(violation.object(), violation.feature(), violation.index(), violation.message()));
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

    /** @return "unknown analysis 'ID' (installed: a, b, c)" */
    static String unknown(String id, AnalysisRegistry registry) {
        return "unknown analysis '" + id + "' (installed: " + installed(registry) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * What the analysis's declarations say about a block: the kind of its subject, the fields it
     * requires, the names, types and ranges of its options. These need no work and no resolved
     * subject, so model validation shows them in the editors too ({@link AnalysisRegistry} as an
     * {@code AnalysisCatalog}).
     */
    static List<Violation> declarations(Analysis spec, IAnalysis analysis) {
        List<Violation> violations = new ArrayList<>();
        SubjectKind kind = spec.getSubject() == null || spec.getSubject().eIsProxy() ? null
                : SubjectKind.of(spec.getSubject());
        if (kind != null && !analysis.subjectKinds().contains(kind)) {
            violations.add(new Violation(spec, Literals.ANALYSIS__SUBJECT, 0, article(analysis.id()) + " analysis needs " //$NON-NLS-1$
                    + kinds(analysis) + ", but '" + spec.getSubject().getName() + "' is " + article(kind.word()))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (AnalysisSetting setting : analysis.settings()) {
            if (setting.required() && !given(spec, setting.name())) {
                violations.add(new Violation(spec, Literals.ANALYSIS__KIND, 0, article(analysis.id()) + " analysis needs '" //$NON-NLS-1$
                        + form(setting.name()) + "'")); //$NON-NLS-1$
            }
        }
        List<String> known = analysis.settingNames();
        int index = 0;
        for (Map.Entry<String, String> option : spec.getOptions()) {
            String name = option.getKey();
            if (!known.contains(name)) {
                violations.add(new Violation(spec, Literals.ANALYSIS__OPTIONS, index, "unknown option '" + name + "' for the " //$NON-NLS-1$ //$NON-NLS-2$
                        + analysis.id() + " analysis; " + (known.isEmpty() ? "it takes none" //$NON-NLS-1$ //$NON-NLS-2$
                                : "it reads " + String.join(", ", known)))); //$NON-NLS-1$ //$NON-NLS-2$
            } else {
                int position = index;
                declared(analysis, name).flatMap(setting -> setting.check(option.getValue())).ifPresent(
                        message -> violations.add(new Violation(spec, Literals.ANALYSIS__OPTIONS, position, message)));
            }
            index++;
        }
        return violations;
    }

    private static boolean given(Analysis spec, String field) {
        return switch (field) {
            case "target" -> spec.getTarget() != null; //$NON-NLS-1$
            case "dataset" -> spec.eIsSet(Literals.ANALYSIS__DATASET); //$NON-NLS-1$
            case "metric" -> spec.getMetric() != null; //$NON-NLS-1$
            default -> spec.getOptions().containsKey(field);
        };
    }

    /** @return how a field is written in a block, e.g. "data DATASET" */
    private static String form(String field) {
        return switch (field) {
            case "target" -> "target POLYNOMIAL"; //$NON-NLS-1$ //$NON-NLS-2$
            case "dataset" -> "data DATASET"; //$NON-NLS-1$ //$NON-NLS-2$
            case "metric" -> "metric METRIC"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> field + "=VALUE"; //$NON-NLS-1$
        };
    }

    private static String kinds(IAnalysis analysis) {
        return String.join(" or ", analysis.subjectKinds().stream().map(kind -> article(kind.word())).toList()); //$NON-NLS-1$
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
            case SUBJECT:
                return problem(spec, Literals.ANALYSIS__SUBJECT, 0, e.getMessage());
            case "target": //$NON-NLS-1$
                // the target is the rest of one line, so an offset into it is an offset in columns
                ModelProblem problem = problem(spec, Literals.ANALYSIS__TARGET, 0, e.getMessage());
                return problem.line() == 0 ? problem : new ModelProblem(problem.severity(), problem.location(),
                        problem.line(), problem.column() + e.offset(), problem.message());
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
