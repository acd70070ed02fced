// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.resource.Resource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.data.DatasetMaterializer;
import org.neuroalgebra.analysis.data.Samples;
import org.neuroalgebra.analysis.edd.EddAnalysis.CrossCheck;
import org.neuroalgebra.analysis.internal.CostEstimate;
import org.neuroalgebra.analysis.internal.OutputMonomials;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.analysis.internal.TopComponentCheck;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The {@code edd} analysis of an architecture in the implicit formulation (docs/MATHEMATICS.md §6): for
 * networks that are not polynomial MLPs (attention, CNNs), and for MLPs with
 * {@code formulation=implicit}.
 * <ol>
 * <li>the span L of M and a chart y of it, c = c₀ + E y ({@link LinearSpanChart});</li>
 * <li>the generator F(y) of M as a hypersurface in L ({@link ChartHypersurface}; option
 * {@code degree}, default 6, bounds its degree);</li>
 * <li>the metric in the chart ({@link ChartMetric}): for {@code data} the MSE loss restricted to
 * L, else the ambient form pulled back;</li>
 * <li>the critical points of V(F) ⊂ C^r by {@link EdDegreeComputation} with the same exact
 * cross-check as for varieties.</li>
 * </ol>
 * There is no parametrization in these equations, so there is no pure/spurious split.
 */
final class ImplicitArchitectureEdd {

    static final String DEGREE_OPTION = "degree"; //$NON-NLS-1$

    private ImplicitArchitectureEdd() {
    }

    static EddAnalysisResult run(AnalysisRequest request, Architecture architecture, Parametrization parametrization,
            ParameterHomotopySolver solver, SolutionCounter counter, ProgressMonitor monitor) throws AnalysisException {
        return run(request, architecture, parametrization, solver, counter, monitor, null,
                ArchitectureEdd.IMPLICIT.equals(SettingValues.text(request, EddSettings.FORMULATION)));
    }

    /**
     * @param why
     *            why this formulation was chosen when the user did not ask for it, or null; the
     *            result's first note
     * @param anyCodimension
     *            whether M may have codimension ≥ 2 in its span (its Lagrange system is larger, so
     *            only on request or where the parametric formulation would miss critical points);
     *            otherwise such an M is refused
     */
    static EddAnalysisResult run(AnalysisRequest request, Architecture architecture, Parametrization parametrization,
            ParameterHomotopySolver solver, SolutionCounter counter, ProgressMonitor monitor, String why,
            boolean anyCodimension) throws AnalysisException {
        String name = architecture.getName();
        long seed = request.seed();
        ChartHypersurface hypersurface;
        try {
            LinearSpanChart chart = LinearSpanChart.of(parametrization, seed);
            try {
                hypersurface = ChartHypersurface.of(parametrization, chart, degree(request),
                        CostEstimate.interpolationLimit(request), seed, monitor);
            } catch (ChartHypersurface.HigherCodimension e) {
                if (!anyCodimension) {
                    throw e;
                }
                ChartVariety variety = ChartVariety.of(parametrization, chart, e.dimension(), degree(request),
                        CostEstimate.interpolationLimit(request), seed, monitor);
                return run(request, architecture, parametrization, variety, solver, counter, monitor, why);
            }
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (ArithmeticException | IllegalStateException e) {
            throw new AnalysisException(Kind.FAILED, "architecture '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ChartMetric metric = metric(request, architecture, parametrization, hypersurface.chart());
        List<org.neuroalgebra.algebra.poly.Polynomial> equations = List.of(hypersurface.equation());
        LagrangeCount count = new LagrangeCount(counter, equations, 1, metric.metric(), seed);
        EdDegreeResult result;
        try {
            result = new EdDegreeComputation(solver).compute(equations, 1, metric.metric(), metric.data(), seed,
                    count, monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        result = new CriticalPointCertification(equations, 1, metric.metric(), seed).certify(result);
        CrossCheck check = count.check(result, monitor);
        result = EddAnalysis.withCheck(result, check);
        List<String> notes = new ArrayList<>();
        if (why != null) {
            notes.add(why);
        }
        notes.addAll(result.notes());
        notes.add(String.format("implicit formulation: M (dimension %d) is the hypersurface F = 0 of degree %d in its " //$NON-NLS-1$
                + "%s span of dimension %d, written in the chart %s; no pure/spurious split (no parametrization)", //$NON-NLS-1$
                hypersurface.dimension(), hypersurface.degree(), hypersurface.chart().linear() ? "linear" : "affine", //$NON-NLS-1$ //$NON-NLS-2$
                hypersurface.chart().dimension(), hypersurface.chart().names()));
        EdDegreeResult annotated = result.withNotes(notes);
        return new EddAnalysisResult(name, hypersurface.chart().names(), metric.metric().description(), annotated,
                check, null, hypersurface);
    }

    /**
     * Codimension ≥ 2: the critical points of V(F) for the equations F of M up to the searched
     * degree. V(F) ⊇ M; the count is the ED degree of M when M is the only top-dimensional
     * component of V(F) ({@link TopComponentCheck}), and it is certified only when that is proven
     * as well (docs/MATHEMATICS.md §6.2).
     */
    private static EddAnalysisResult run(AnalysisRequest request, Architecture architecture,
            Parametrization parametrization, ChartVariety variety, ParameterHomotopySolver solver,
            SolutionCounter counter, ProgressMonitor monitor, String why) throws AnalysisException {
        String name = architecture.getName();
        long seed = request.seed();
        ChartMetric metric = metric(request, architecture, parametrization, variety.chart());
        List<org.neuroalgebra.algebra.poly.Polynomial> equations = variety.equations();
        int codimension = variety.codimension();
        LagrangeCount count = new LagrangeCount(counter, equations, codimension, metric.metric(), seed);
        EdDegreeResult result;
        try {
            result = new EdDegreeComputation(solver).compute(equations, codimension, metric.metric(), metric.data(),
                    seed, count, monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        result = new CriticalPointCertification(equations, codimension, metric.metric(), seed).certify(result);
        CrossCheck check = count.check(result, monitor);
        result = EddAnalysis.withCheck(result, check);
        List<String> notes = new ArrayList<>();
        if (why != null) {
            notes.add(why);
        }
        notes.addAll(result.notes());
        notes.add(String.format("implicit formulation in codimension %d: the %d equations of M of degree <= %d, " //$NON-NLS-1$
                + "found by interpolation and verified at fresh points, cut out V(F) ⊇ M in the %s span of dimension " //$NON-NLS-1$
                + "%d (chart %s)", //$NON-NLS-1$
                codimension, equations.size(), variety.maxDegree(), variety.chart().linear() ? "linear" : "affine", //$NON-NLS-1$ //$NON-NLS-2$
                variety.chart().dimension(), variety.chart().names()));
        boolean topComponent = topComponent(counter, parametrization, variety, seed, monitor, notes);
        EdDegreeResult annotated = result.withNotes(notes).withCertified(result.certified() && topComponent);
        return new EddAnalysisResult(name, variety.chart().names(), metric.metric().description(), annotated, check);
    }

    /**
     * Whether M is the only top-dimensional component of V(F), so that the critical points of V(F)
     * for generic data are those of M; the account goes to the notes either way.
     */
    private static boolean topComponent(SolutionCounter counter, Parametrization parametrization,
            ChartVariety variety, long seed, ProgressMonitor monitor, List<String> notes) throws AnalysisException {
        String numerical = "; so the count is numerical (formulation=parametric counts the critical points from the " //$NON-NLS-1$
                + "parametrization)"; //$NON-NLS-1$
        if (counter == null) {
            notes.add("no exact counter is installed to compare V(F) with M" + numerical); //$NON-NLS-1$
            return false;
        }
        try {
            TopComponentCheck.Verdict verdict = TopComponentCheck.check(counter, parametrization, variety.equations(),
                    variety.chart().pivots(), variety.dimension(), EddAnalysis.PRIMES, seed, monitor);
            notes.add(verdict.account() + (verdict.proven()
                    ? "; lower-dimensional components of V(F) carry no critical point for generic data" //$NON-NLS-1$
                    : numerical));
            return verdict.proven();
        } catch (CancellationException e) {
            // a CancellationException is an IllegalStateException: it must not pass for a failed comparison
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException | IllegalStateException e) {
            notes.add("V(F) could not be compared with M (" + e.getMessage() + ")" + numerical); //$NON-NLS-1$ //$NON-NLS-2$
            return false;
        }
    }

    private static int degree(AnalysisRequest request) throws AnalysisException {
        return SettingValues.integer(request, EddSettings.DEGREE);
    }

    private static ChartMetric metric(AnalysisRequest request, Architecture architecture,
            Parametrization parametrization, LinearSpanChart chart) throws AnalysisException {
        org.neuroalgebra.model.Metric spec = request.spec().getMetric();
        int n = parametrization.ambientDimension();
        try {
            if (spec != null && spec.getKind() == MetricKind.DATA) {
                if (spec.getDataset() == null) {
                    throw new AnalysisException(Kind.BAD_INPUT, "metric data needs a dataset"); //$NON-NLS-1$
                }
                OutputMonomials layout = OutputMonomials.of(parametrization, architecture);
                Samples samples = DatasetMaterializer.materialize(spec.getDataset(), layout.inputs(), layout.outputs(),
                        directory(request), request.monomialLimit());
                double[] targets = new double[samples.size() * layout.outputs()];
                for (int k = 0; k < samples.size(); k++) {
                    System.arraycopy(samples.outputs()[k], 0, targets, k * layout.outputs(), layout.outputs());
                }
                return ChartMetric.fromData(chart, layout.rows(samples.inputs()), targets, "data-induced (AE)ᵀ(AE) on " //$NON-NLS-1$
                        + "the span (" + samples.size() + " samples of '" + spec.getDataset().getName() + "')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            Metric ambient = EddAnalysis.EddMetrics.of(spec, n, parametrization);
            double[] point = ArchitectureEdd.point(request, n);
            double[] u = point != null ? point : gaussian(n, request.seed());
            return ChartMetric.pullBack(chart, ambient, u);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    private static Path directory(AnalysisRequest request) {
        Resource resource = request.spec().eResource();
        if (resource != null && resource.getURI() != null && resource.getURI().isFile()) {
            return Path.of(resource.getURI().toFileString()).toAbsolutePath().getParent();
        }
        return null;
    }

    private static double[] gaussian(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = random.nextGaussian();
        }
        return u;
    }
}
