// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.util.Optional;

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.AnalysisSubject;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Sweep;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.text.SourceLocation;
import org.neuroalgebra.model.text.SourcePosition;
import org.neuroalgebra.model.text.TargetEntries;
import org.neuroalgebra.model.validation.AnalysisCatalog;
import org.neuroalgebra.model.validation.UserMetrics;

/**
 * An analysis names an installed analysis (when a {@link AnalysisCatalog} says which are
 * installed), a known subject, a target polynomial in the subject's variables, and a dataset
 * whose inputs fit the architecture. What a particular analysis needs (a kind of subject, a
 * target, data) is declared by the analysis itself and checked with its settings by the
 * analysis preflight, which the command line, the launches and the editors run.
 */
public final class AnalysisConstraints {

    /**
     * Above this many inputs a target is not checked: listing the variables would cost more
     * than the check is worth, and the architecture's own size check refuses such a model.
     */
    private static final int MAX_TARGET_VARIABLES = 100_000;

    private AnalysisConstraints() {
    }

    public static void check(Analysis analysis, Problems problems, Optional<AnalysisCatalog> catalog) {
        AnalysisSubject subject = analysis.getSubject();
        boolean incomplete = SourceLocation.isIncomplete(analysis);
        if (incomplete && (subject == null || !analysis.eIsSet(Literals.ANALYSIS__KIND))) {
            // the clause that would have given them has a syntax error
            return;
        }
        if (analysis.eContainer() instanceof Sweep) {
            run(analysis, problems, catalog);
            return;
        }
        id(analysis, problems, catalog);
        if (subject == null || subject.eIsProxy()) {
            problems.error(analysis, Literals.ANALYSIS__SUBJECT, 0, "unknown architecture or variety '" //$NON-NLS-1$
                    + References.name(analysis, Literals.ANALYSIS__SUBJECT) + "'"); //$NON-NLS-1$
            subject = null;
        }
        target(analysis, subject, problems);
        Dataset dataset = dataset(analysis, problems);
        if (dataset != null && subject instanceof Architecture architecture) {
            References.checkInputDimension(problems, analysis, Literals.ANALYSIS__DATASET, dataset, architecture);
        }
        if (analysis.getMetric() != null) {
            metric(analysis.getMetric(), subject, problems);
        }
    }

    /**
     * A sweep's run has no subject of its own: each member's copy of it has the member. What
     * depends on the subject (the target's variables, the data's dimension, the analysis's
     * declarations) is checked for each member; here, what does not.
     */
    private static void run(Analysis run, Problems problems, Optional<AnalysisCatalog> catalog) {
        if (catalog.isPresent() && run.getKind() != null) {
            installed(run, problems, catalog.get());
        }
        dataset(run, problems);
        if (run.getMetric() != null) {
            metric(run.getMetric(), null, problems);
        }
    }

    private static void id(Analysis analysis, Problems problems, Optional<AnalysisCatalog> catalog) {
        String id = analysis.getKind();
        if (id == null || id.isBlank()) {
            problems.error(analysis, "analysis '" + analysis.getName() + "' names no analysis"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        if (catalog.isEmpty()) {
            return;
        }
        if (!installed(analysis, problems, catalog.get())) {
            return;
        }
        for (AnalysisCatalog.Violation violation : catalog.get().check(analysis)) {
            problems.error(violation.object(), violation.feature(), violation.index(), violation.message());
        }
    }

    private static boolean installed(Analysis analysis, Problems problems, AnalysisCatalog catalog) {
        if (catalog.analysisIds().contains(analysis.getKind())) {
            return true;
        }
        problems.error(analysis, Literals.ANALYSIS__KIND, 0, "unknown analysis '" + analysis.getKind() + "' (installed: " //$NON-NLS-1$ //$NON-NLS-2$
                + String.join(", ", catalog.analysisIds()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        return false;
    }

    private static void target(Analysis analysis, AnalysisSubject subject, Problems problems) {
        if (analysis.getTarget() == null) {
            return;
        }
        if (subject instanceof Architecture architecture
                && ArchitectureConstraints.inputDimension(architecture) <= MAX_TARGET_VARIABLES) {
            // one polynomial per output; whether their number is the number of outputs is for the analysis to say
            try {
                for (TargetEntries.Entry entry : TargetEntries.split(analysis.getTarget()).entries()) {
                    PolynomialCheck.parse(problems, analysis, Literals.ANALYSIS__TARGET, 0, entry.text(), entry.offset(),
                            ArchitectureConstraints.inputVariables(architecture), "target"); //$NON-NLS-1$
                }
            } catch (TargetEntries.SyntaxException e) {
                SourcePosition start = SourceLocation.find(analysis, Literals.ANALYSIS__TARGET, 0);
                problems.errorAt(analysis, start == null ? null : start.shift(e.offset(), 1), "target: " + e.getMessage()); //$NON-NLS-1$
            }
        } else if (subject instanceof Variety variety) {
            PolynomialCheck.parse(problems, analysis, Literals.ANALYSIS__TARGET, 0, analysis.getTarget(), 0,
                    variety.getCoordinates(), "target"); //$NON-NLS-1$
        }
    }

    private static Dataset dataset(Analysis analysis, Problems problems) {
        Dataset dataset = analysis.getDataset();
        if (dataset != null && dataset.eIsProxy()) {
            problems.error(analysis, Literals.ANALYSIS__DATASET, 0,
                    "unknown dataset '" + References.name(analysis, Literals.ANALYSIS__DATASET) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        return dataset;
    }

    private static void metric(Metric metric, AnalysisSubject subject, Problems problems) {
        if (metric.getKind() == MetricKind.DATA) {
            Dataset dataset = metric.getDataset();
            if (dataset == null || dataset.eIsProxy()) {
                problems.error(metric, Literals.METRIC__DATASET, 0,
                        "unknown dataset '" + References.name(metric, Literals.METRIC__DATASET) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (subject instanceof Architecture architecture) {
                // Q = A^T A is built from the monomials of the architecture's inputs at the data points.
                References.checkInputDimension(problems, metric, Literals.METRIC__DATASET, dataset, architecture);
            }
        } else if (metric.getKind() == MetricKind.KERNEL && metric.getKernelDimension() < 0) {
            problems.error(metric, Literals.METRIC__KERNEL_DIMENSION, 0,
                    "the kernel dimension must be non-negative, found " + metric.getKernelDimension()); //$NON-NLS-1$
        } else if (UserMetrics.isUserMetric(metric)) {
            // whether its size fits the subject is for the analysis to say: only it knows the ambient space
            UserMetrics.problem(metric).ifPresent(problem -> {
                if (problem.entry() < 0) {
                    problems.error(metric, problem.message());
                } else {
                    problems.error(metric, Literals.METRIC__ENTRIES, problem.entry(), problem.message());
                }
            });
        }
    }
}
