// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.train.Optimizer;
import org.neuroalgebra.analysis.train.TrainingSettings;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code bias} analysis (MATH.md §7): data u uniform in a box, the nearest point of M to each,
 * and the mass of each stratum with 99% Wilson intervals. For a network (polynomial MLP, 1-D CNN,
 * lightning self-attention), u lives in coefficient space and the nearest point comes from
 * multi-start Adam polished by Levenberg–Marquardt ({@link NetworkNearestPoint}); for a plane curve
 * given by one equation and any inequalities, from the critical points of the distance
 * ({@link PlaneCurveNearestPoint}), and the Voronoi picture draws the curve itself
 * ({@link CurveTracer}).
 * Options: {@code samples} (200), {@code box} (one half-width a for [−a, a]^n, default 1, or
 * {@code "low_1 high_1 … low_n high_n"}); for networks also {@code starts} (8), {@code steps} (300
 * Adam steps before the polish), {@code rate} (0.03), {@code init} (0.7), {@code tolerance} (1e-3,
 * zero neurons and filter entries), {@code threads}.
 */
@Component(service = IAnalysis.class)
public class BiasAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "bias"; //$NON-NLS-1$

    private SolverRegistry solvers;

    /** For use outside OSGi; varieties then need {@link #BiasAnalysis(SolverRegistry)}. */
    public BiasAnalysis() {
    }

    public BiasAnalysis(SolverRegistry solvers) {
        this.solvers = solvers;
    }

    @Reference
    void setSolvers(SolverRegistry registry) {
        this.solvers = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Implicit bias: Voronoi mass of each stratum"; //$NON-NLS-1$
    }

    @Override
    public List<String> settingNames() {
        return List.of("samples", "box", "starts", "steps", "rate", "init", "tolerance", "threads"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        return run(request, monitor, PartialResults.NONE);
    }

    /** Publishes the estimate so far after every twentieth of the samples. */
    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor, PartialResults partials)
            throws AnalysisException {
        long start = System.nanoTime();
        int samples = RequestInputs.positiveInt(request, "samples", 200); //$NON-NLS-1$
        NearestPointProblem problem;
        String coordinates;
        if (request.subject() instanceof Variety variety) {
            problem = PlaneCurveNearestPoint.of(variety, solvers, request.seed(), monitor);
            coordinates = "coordinates " + String.join(", ", variety.getCoordinates()); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            problem = network(request);
            coordinates = "coefficients"; //$NON-NLS-1$
        }
        Box box = box(request, problem.ambientDimension());
        List<PictureLayer> outline = problem.outline(box);
        Function<VoronoiMassEstimator.Estimate, BiasAnalysisResult> result = estimate -> new BiasAnalysisResult(
                request.subjectName(), "u uniform in " + box.describe() + " (" + coordinates + ")", estimate, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                outline, (System.nanoTime() - start) / 1e9);
        NearestPointProblem watched = new PartialEstimates(problem, Math.max(1, samples / 20), request.seed(),
                ProportionInterval.Z_99, partial -> partials.publish(result.apply(partial)));
        try {
            return result.apply(VoronoiMassEstimator.estimate(watched, box, samples, request.seed(),
                    ProportionInterval.Z_99, monitor));
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
    }

    private static NetworkNearestPoint network(AnalysisRequest request) throws AnalysisException {
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        TrainingSettings settings = new TrainingSettings(Optimizer.ADAM, RequestInputs.positiveInt(request, "starts", 8), //$NON-NLS-1$
                RequestInputs.positiveInt(request, "steps", 300), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "rate", 0.03), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "init", 0.7), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "tolerance", 1e-3), //$NON-NLS-1$
                request.seed(), RequestInputs.positiveInt(request, "threads", threads)); //$NON-NLS-1$
        return new NetworkNearestPoint(RequestInputs.network(request).parametrization(), settings);
    }

    private static Box box(AnalysisRequest request, int dimension) throws AnalysisException {
        try {
            return Box.parse(request.option("box", "1"), dimension); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "option box=\"" + request.option("box", "") + "\": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + e.getMessage() + " (" + dimension + " coordinates)", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
