// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The {@code edd} analysis of an MLP in the gauge-fixed formulation ({@link GaugeFixedChart},
 * {@link GaugeFixedEdComputation}): the default for linear networks with a bottleneck and for one
 * hidden neuron with a monomial activation when Q is positive definite, and {@code
 * formulation=gauge-fixed} forces it. The critical points are reported in M's coordinates.
 */
final class GaugeFixedArchitectureEdd {

    /** The note of a result whose formulation was chosen automatically. */
    static final String AUTOMATIC = "formulation gauge-fixed, chosen automatically: M has an injective chart with " //$NON-NLS-1$
            + "every weight symmetry quotiented exactly, so the critical equations have no spurious families and the " //$NON-NLS-1$
            + "count can be certified (formulation=parametric or formulation=implicit choose the others)"; //$NON-NLS-1$

    private GaugeFixedArchitectureEdd() {
    }

    /**
     * @param why
     *            why this formulation was chosen when the user did not ask for it, or null; the
     *            result's first note
     */
    static EddAnalysisResult run(AnalysisRequest request, Architecture architecture, MlpParametrization mlp,
            Metric metric, ParameterHomotopySolver solver, SolutionCounter counter, ProgressMonitor monitor,
            String why) throws AnalysisException {
        String name = architecture.getName();
        double[] point = ArchitectureEdd.point(request, mlp.ambientDimension());
        GaugeFixedEdComputation.Outcome outcome;
        try {
            GaugeFixedChart chart = GaugeFixedChart.of(mlp, request.seed());
            outcome = new GaugeFixedEdComputation(solver, counter).compute(chart, metric, point, request.seed(),
                    monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + name + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        EdDegreeResult result = outcome.result();
        List<String> notes = new ArrayList<>();
        if (why != null) {
            notes.add(why);
        }
        notes.addAll(result.notes());
        return new EddAnalysisResult(name, mlp.coordinateNames(), metric.description(), result.withNotes(notes),
                outcome.crossCheck(), null, null, ArchitectureEdd.GAUGE_FIXED);
    }
}
