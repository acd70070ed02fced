// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.resource.Resource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.data.DatasetMaterializer;
import org.neuroalgebra.analysis.edd.EddAnalysis.CrossCheck;
import org.neuroalgebra.analysis.internal.ArchitectureParametrizations;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.analysis.internal.GaugeChart;
import org.neuroalgebra.analysis.internal.ParametricChart;

/**
 * The {@code edd} analysis of an architecture. Polynomial MLPs whose neuromanifold has an
 * injective gauge-fixed chart (linear networks with a bottleneck, one hidden neuron with a monomial
 * activation; {@link GaugeFixedChart}) use {@link GaugeFixedArchitectureEdd} when Q is positive
 * definite, which certifies; other polynomial MLPs use the parametric formulation
 * ({@link ParametricEdComputation}) unless the option {@code formulation=implicit} asks for
 * {@link ImplicitArchitectureEdd}, which every other architecture uses by default; their parametric
 * formulation ({@code formulation=parametric}) works in a {@link GaugeChart} (one-head attention, single-channel
 * CNNs) or a coordinate slice of the parameters ({@link org.neuroalgebra.analysis.internal.CoordinateSliceChart}:
 * several heads, stacks, channels); {@code formulation=...}
 * forces any of the three where it applies; parametric:
 * {@code metric data DATASET} is turned into Q = AᵀA by
 * {@link DataMetrics}.
 * <p>
 * The parametric formulation is never {@code certified} (docs/CERTIFICATES.md): the number it
 * reports is the number of distinct pure images, while the exact count modulo two primes
 * ({@code crossCheck}) counts the critical parameter points behind them; grouping them into
 * images and the pure/spurious split are numerical rank and distance decisions. The cross-check
 * is kept as evidence, and the implicit formulation gives a certified count where M is a
 * hypersurface in its span.
 */
final class ArchitectureEdd {

    /**
     * The option choosing the formulation: {@value #GAUGE_FIXED} (default for MLPs with an injective
     * gauge-fixed chart and a positive definite Q), {@value #PARAMETRIC} (default for other MLPs with
     * a positive definite Q) or {@value #IMPLICIT} (default for other architectures, and for MLPs with a
     * degenerate Q when M is a hypersurface in its span).
     */
    static final String FORMULATION = "formulation"; //$NON-NLS-1$

    static final String PARAMETRIC = "parametric"; //$NON-NLS-1$

    static final String IMPLICIT = "implicit"; //$NON-NLS-1$

    static final String GAUGE_FIXED = "gauge-fixed"; //$NON-NLS-1$

    /** Why the parametric formulation's count is numerical, the first words of its note. */
    static final String NOT_CERTIFIED = "numerical: the ED degree is the number of distinct pure images; grouping " //$NON-NLS-1$
            + "critical parameter points into images and the pure/spurious split are numerical decisions, so the " //$NON-NLS-1$
            + "exact count, which counts parameter points, cannot certify it (formulation=implicit can when M is a " //$NON-NLS-1$
            + "hypersurface in its span)"; //$NON-NLS-1$

    private ArchitectureEdd() {
    }

    static EddAnalysisResult run(AnalysisRequest request, Architecture architecture, ParameterHomotopySolver solver,
            SolutionCounter counter, ProgressMonitor monitor) throws AnalysisException {
        Parametrization parametrization = ArchitectureParametrizations.of(architecture, request.monomialLimit());
        String formulation = SettingValues.text(request, EddSettings.FORMULATION);
        if (!(parametrization instanceof MlpParametrization mlp) || IMPLICIT.equals(formulation)) {
            if (GAUGE_FIXED.equals(formulation)) {
                throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': the " //$NON-NLS-1$ //$NON-NLS-2$
                        + formulation + " formulation is built for polynomial MLPs only; use formulation=implicit or parametric"); //$NON-NLS-1$
            }
            if (PARAMETRIC.equals(formulation)) {
                return parametric(request, architecture, GaugeChart.of(parametrization, request.seed()),
                        slicedMetric(request, architecture, parametrization), solver, counter, monitor, null);
            }
            return ImplicitArchitectureEdd.run(request, architecture, parametrization, solver, counter, monitor);
        }
        Metric metric = metric(request, mlp);
        String noChart = GaugeFixedChart.notApplicable(mlp);
        if (GAUGE_FIXED.equals(formulation) || formulation == null && noChart == null && metric.kernelDimension() == 0) {
            if (noChart != null) {
                throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                        + "': the gauge-fixed formulation needs an injective chart of M, and " + noChart); //$NON-NLS-1$
            }
            return GaugeFixedArchitectureEdd.run(request, architecture, mlp, metric, solver, counter, monitor,
                    formulation == null ? GaugeFixedArchitectureEdd.AUTOMATIC : null);
        }
        String implicitRefused = null;
        if (formulation == null && metric.kernelDimension() > 0) {
            // With a degenerate Q the critical points on the ramification locus are double solutions of the
            // parametric equations, which that formulation cannot separate: prefer the implicit one when M allows.
            try {
                return ImplicitArchitectureEdd.run(request, architecture, parametrization, solver, counter, monitor,
                        "Q is degenerate (kernel dimension " + metric.kernelDimension() + "): the implicit formulation " //$NON-NLS-1$ //$NON-NLS-2$
                                + "is used, which also finds the critical points on the ramification locus; " //$NON-NLS-1$
                                + "formulation=parametric gives the parameter-space view (pure/spurious)", true); //$NON-NLS-1$
            } catch (AnalysisException e) {
                if (e.kind() != Kind.BAD_INPUT) {
                    throw e;
                }
                implicitRefused = "the implicit formulation does not apply (" + e.getMessage() //$NON-NLS-1$
                        + "), so critical points on the ramification locus of this degenerate Q may be missing"; //$NON-NLS-1$
            }
        }
        EddAnalysisResult implicit = null;
        if (PARAMETRIC.equals(formulation) && metric.kernelDimension() > 0) {
            implicit = implicitCheck(request, architecture, parametrization, solver, counter, monitor);
        }
        EddAnalysisResult result = parametric(request, architecture, NormalizedChart.of(mlp, request.seed()), metric,
                solver, counter, monitor, implicitRefused);
        return implicit == null ? result : result.withNote(comparison(implicit, result));
    }

    /**
     * The implicit formulation at the same Q, as a check of a parametric run with a degenerate Q:
     * it counts the critical points on the ramification locus, which are multiple solutions of the
     * parametric equations, in any codimension. Null when it does not apply (M fills its span, or
     * its equations are beyond the degree option or the size limit).
     */
    private static EddAnalysisResult implicitCheck(AnalysisRequest request, Architecture architecture,
            Parametrization parametrization, ParameterHomotopySolver solver, SolutionCounter counter,
            ProgressMonitor monitor) throws AnalysisException {
        try {
            return ImplicitArchitectureEdd.run(request, architecture, parametrization, solver, counter, monitor, null,
                    true);
        } catch (AnalysisException e) {
            if (e.kind() != Kind.BAD_INPUT) {
                throw e;
            }
            return null;
        }
    }

    private static String comparison(EddAnalysisResult implicit, EddAnalysisResult parametric) {
        int all = implicit.result().edDegree();
        int found = parametric.result().edDegree();
        return "checked by the implicit formulation, which also counts the critical points on the ramification " //$NON-NLS-1$
                + "locus of Q: " + all + " critical points (" //$NON-NLS-1$ //$NON-NLS-2$
                + (implicit.result().certified() ? "certified" : "numerical") + "); " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (all == found ? "the two formulations agree" //$NON-NLS-1$
                        : "this formulation found " + found + (found < all ? ", the other " + (all - found) //$NON-NLS-1$ //$NON-NLS-2$
                                + " are the multiple solutions it cannot separate" : "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The parametric formulation in the given chart, with the exact count of the same equations as evidence. */
    private static EddAnalysisResult parametric(AnalysisRequest request, Architecture architecture,
            ParametricChart chart, Metric metric, ParameterHomotopySolver solver, SolutionCounter counter,
            ProgressMonitor monitor, String firstNote) throws AnalysisException {
        int n = chart.coefficients().length;
        double[] point = point(request, n);
        long seed = request.seed();
        ParametricEdComputation.Outcome outcome;
        try {
            outcome = new ParametricEdComputation(solver, counter).compute(chart, metric, point, seed, monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
        ParametricEdResult result = outcome.result();
        CrossCheck check = outcome.count();
        List<String> notes = new ArrayList<>();
        if (firstNote != null) {
            notes.add(firstNote);
        }
        notes.add(NOT_CERTIFIED + (check.agrees()
                ? "; the exact count modulo " + check.primesText() + " of the critical equations at the same data " //$NON-NLS-1$ //$NON-NLS-2$
                        + "confirms the " + check.distinct() + " critical parameter points behind them" //$NON-NLS-1$ //$NON-NLS-2$
                : "")); //$NON-NLS-1$
        List<String> names = ArchitectureParametrizations.of(architecture, request.monomialLimit()).coordinateNames();
        return new EddAnalysisResult(architecture.getName(), names, metric.description(),
                result.toEdDegreeResult(false, notes), check, result);
    }

    /**
     * The metric of the parametric formulation of an architecture that is not an MLP: identity,
     * random, kernel or user metrics on its coefficient space; data metrics go through the implicit
     * formulation, which restricts the loss to the span of M.
     */
    private static Metric slicedMetric(AnalysisRequest request, Architecture architecture,
            Parametrization parametrization) throws AnalysisException {
        org.neuroalgebra.model.Metric spec = request.spec().getMetric();
        int n = parametrization.ambientDimension();
        if (spec == null) {
            return Metric.identity(n);
        }
        if (spec.getKind() == MetricKind.DATA || spec.getKind() == MetricKind.BOMBIERI_WEYL) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                    + "': the parametric formulation of this architecture takes identity, random, kernel, weights or matrix metrics; " //$NON-NLS-1$
                    + "use formulation=implicit for metric " + spec.getKind().getLiteral()); //$NON-NLS-1$
        }
        return EddAnalysis.EddMetrics.of(spec, n, parametrization);
    }

    private static Metric metric(AnalysisRequest request, MlpParametrization mlp) throws AnalysisException {
        org.neuroalgebra.model.Metric spec = request.spec().getMetric();
        int n = mlp.ambientDimension();
        if (spec == null) {
            return Metric.identity(n);
        }
        int[] widths = mlp.widths();
        if (spec.getKind() == MetricKind.DATA) {
            Path directory = null;
            Resource resource = request.spec().eResource();
            if (resource != null && resource.getURI() != null && resource.getURI().isFile()) {
                directory = Path.of(resource.getURI().toFileString()).toAbsolutePath().getParent();
            }
            double[][] inputs = DatasetMaterializer.materialize(spec.getDataset(), widths[0],
                    widths[widths.length - 1], directory, request.monomialLimit()).inputs();
            return DataMetrics.of(mlp, inputs);
        }
        return EddAnalysis.EddMetrics.of(spec, n, mlp);
    }

    /** @return the request's point in the coefficient space of dimension n, or null */
    static double[] point(AnalysisRequest request, int n) throws AnalysisException {
        return EddSettings.point(request, n, "the coefficient space has dimension " + n); //$NON-NLS-1$
    }
}
