// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.util.EnumSet;
import java.util.Set;

import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.AnalysisKind;
import org.neuroalgebra.model.AnalysisSubject;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * An analysis needs a known subject of the right kind, the settings its kind requires
 * (a target for membership, data for loss and training), a target polynomial in the
 * subject's variables, and a dataset whose inputs fit the architecture.
 */
public final class AnalysisConstraints {

    /** Kinds that are questions about a parametrization, not about a bare variety. */
    private static final Set<AnalysisKind> NEED_ARCHITECTURE = EnumSet.of(AnalysisKind.FIBER, AnalysisKind.LOSS,
            AnalysisKind.TRAIN);
    private static final Set<AnalysisKind> NEED_DATA = EnumSet.of(AnalysisKind.LOSS, AnalysisKind.TRAIN);

    /**
     * Above this many inputs a target is not checked: listing the variables would cost more
     * than the check is worth, and the architecture's own size check refuses such a model.
     */
    private static final int MAX_TARGET_VARIABLES = 100_000;

    private AnalysisConstraints() {
    }

    public static void check(Analysis analysis, Problems problems) {
        AnalysisKind kind = analysis.getKind();
        AnalysisSubject subject = analysis.getSubject();
        boolean incomplete = SourceLocation.isIncomplete(analysis);
        if (incomplete && (subject == null || !analysis.eIsSet(Literals.ANALYSIS__KIND))) {
            // the clause that would have given them has a syntax error
            return;
        }
        if (subject == null || subject.eIsProxy()) {
            problems.error(analysis, Literals.ANALYSIS__SUBJECT, 0, "unknown architecture or variety '" //$NON-NLS-1$
                    + References.name(analysis, Literals.ANALYSIS__SUBJECT) + "'"); //$NON-NLS-1$
            subject = null;
        } else if (NEED_ARCHITECTURE.contains(kind) && subject instanceof Variety) {
            problems.error(analysis, Literals.ANALYSIS__SUBJECT, 0, "a " + kind.getLiteral() //$NON-NLS-1$
                    + " analysis needs an architecture, but '" + subject.getName() + "' is a variety"); //$NON-NLS-1$ //$NON-NLS-2$
        } else if (kind == AnalysisKind.BIAS && subject instanceof Variety variety
                && (variety.getCoordinates().size() != 2 || variety.getEquations().size() != 1)) {
            problems.error(analysis, Literals.ANALYSIS__SUBJECT, 0, "a bias analysis of a variety needs a plane curve " //$NON-NLS-1$
                    + "(2 coordinates, 1 equation), but '" + subject.getName() + "' has " //$NON-NLS-1$ //$NON-NLS-2$
                    + variety.getCoordinates().size() + " coordinates and " + variety.getEquations().size() //$NON-NLS-1$
                    + " equations"); //$NON-NLS-1$
        }
        target(analysis, subject, problems, incomplete);
        Dataset dataset = dataset(analysis, problems);
        if (dataset == null && NEED_DATA.contains(kind) && !analysis.eIsSet(Literals.ANALYSIS__DATASET) && !incomplete) {
            problems.error(analysis, Literals.ANALYSIS__KIND, 0,
                    "a " + kind.getLiteral() + " analysis needs 'data DATASET'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (dataset != null && subject instanceof Architecture architecture) {
            References.checkInputDimension(problems, analysis, Literals.ANALYSIS__DATASET, dataset, architecture);
        }
        if (analysis.getMetric() != null) {
            metric(analysis.getMetric(), subject, problems);
        }
    }

    private static void target(Analysis analysis, AnalysisSubject subject, Problems problems, boolean incomplete) {
        if (analysis.getTarget() == null) {
            if (analysis.getKind() == AnalysisKind.MEMBERSHIP && !incomplete) {
                problems.error(analysis, Literals.ANALYSIS__KIND, 0,
                        "a membership analysis needs 'target POLYNOMIAL'"); //$NON-NLS-1$
            }
            return;
        }
        if (subject instanceof Architecture architecture
                && ArchitectureConstraints.inputDimension(architecture) <= MAX_TARGET_VARIABLES) {
            PolynomialCheck.parse(problems, analysis, Literals.ANALYSIS__TARGET, 0, analysis.getTarget(), 0,
                    ArchitectureConstraints.inputVariables(architecture), "target"); //$NON-NLS-1$
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
        }
    }
}
