// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisPreflight;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.data.Network;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.internal.CostEstimate;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.analysis.train.Optimizer;
import org.neuroalgebra.analysis.train.TrainingSettings;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code bias} analysis: data u uniform in a box (or Gaussian), the nearest point of M to each,
 * and the mass of each stratum with 99% Wilson intervals. For a network (polynomial MLP, 1-D CNN,
 * lightning self-attention), u lives in coefficient space and the nearest point comes from
 * multi-start Adam polished by Levenberg–Marquardt ({@link NetworkNearestPoint}); for a plane curve
 * given by one equation and any inequalities, from the critical points of the distance
 * ({@link PlaneCurveNearestPoint}), and the Voronoi picture draws the curve itself
 * ({@link CurveTracer}); for a hypersurface in 3 or more coordinates with isolated singular points,
 * from the critical points of the distance on each stratum ({@link HypersurfaceNearestPoint}).
 * Settings: {@link #settings()}; for networks the total number of parameter updates (samples ×
 * starts × steps × parameters) is bounded up front ({@link CostEstimate#PARAMETER_UPDATES}).
 */
@Component(service = IAnalysis.class)
public class BiasAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "bias"; //$NON-NLS-1$

    static final AnalysisSetting SAMPLES = AnalysisSetting.integer("samples", 200L, 1, 1_000_000, //$NON-NLS-1$
            "the number of data points drawn from the distribution (by default uniformly from the box)"); //$NON-NLS-1$

    static final AnalysisSetting BOX = AnalysisSetting.text("box", "1", //$NON-NLS-1$ //$NON-NLS-2$
            "the box of the data: one half-width a for [-a, a]^n, or 'low high' for each of the n coordinates"); //$NON-NLS-1$

    static final AnalysisSetting DISTRIBUTION = AnalysisSetting.choice("distribution", "uniform", //$NON-NLS-1$ //$NON-NLS-2$
            List.of("uniform", "gaussian"), //$NON-NLS-1$ //$NON-NLS-2$
            "the law of the data: uniform in the box, or Gaussian N(0, sigma²·I) (the box then only frames the pictures)"); //$NON-NLS-1$

    static final AnalysisSetting SIGMA = AnalysisSetting.number("sigma", 1.0, 0, true, 1e6, //$NON-NLS-1$
            "gaussian: the standard deviation of each coordinate of the data"); //$NON-NLS-1$

    static final AnalysisSetting STARTS = AnalysisSetting.integer("starts", 8L, 1, 1_000, //$NON-NLS-1$
            "networks: the number of random starts of the nearest-point search for each sample"); //$NON-NLS-1$

    static final AnalysisSetting STEPS = AnalysisSetting.integer("steps", 300L, 1, 10_000_000, //$NON-NLS-1$
            "networks: the number of Adam steps of each start before the Levenberg-Marquardt polish"); //$NON-NLS-1$

    static final AnalysisSetting RATE = AnalysisSetting.number("rate", 0.03, 0, true, 10, //$NON-NLS-1$
            "networks: the Adam learning rate"); //$NON-NLS-1$

    static final AnalysisSetting INIT = AnalysisSetting.number("init", 0.7, 0, true, 100, //$NON-NLS-1$
            "networks: the standard deviation of the Gaussian starting parameters"); //$NON-NLS-1$

    static final AnalysisSetting TOLERANCE = AnalysisSetting.number("tolerance", 1e-3, 0, true, 1, //$NON-NLS-1$
            "networks: weights below this size count as zero when naming the stratum of a nearest point"); //$NON-NLS-1$

    static final AnalysisSetting THREADS = AnalysisSetting.integer("threads", null, 1, 256, //$NON-NLS-1$
            "networks: the number of worker threads (default: the processors, at most 4); results do not depend on it"); //$NON-NLS-1$

    private static final List<AnalysisSetting> SETTINGS = List.of(SAMPLES, BOX, DISTRIBUTION, SIGMA, STARTS, STEPS,
            RATE, INIT, TOLERANCE, THREADS);

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
    public List<AnalysisSetting> settings() {
        return SETTINGS;
    }

    /**
     * The box must fit the space of the data (the curve's plane, or the network's coefficients),
     * and for a network samples × starts × steps × parameters must stay within the budget.
     */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        if (request.subject() instanceof Variety variety) {
            if (variety.getCoordinates().size() < 2 || variety.getEquations().size() != 1) {
                throw AnalysisException.badSetting(AnalysisPreflight.SUBJECT,
                        "a bias analysis of a variety needs a plane curve or a hypersurface (1 equation in 2 or more " //$NON-NLS-1$
                                + "coordinates), but '" //$NON-NLS-1$
                                + variety.getName() + "' has " + variety.getCoordinates().size() //$NON-NLS-1$
                                + " coordinates and " + variety.getEquations().size() + " equations"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            box(request, variety.getCoordinates().size());
            return;
        }
        Network network = RequestInputs.network(request);
        box(request, network.parametrization().ambientDimension());
        cost(request, trainingSettings(request), network.parametrization().parameterCount()).require();
    }

    /** @return samples × starts × steps × parameters against {@link CostEstimate#PARAMETER_UPDATES} */
    private static CostEstimate cost(AnalysisRequest request, TrainingSettings settings, int parameters)
            throws AnalysisException {
        int samples = SettingValues.integer(request, SAMPLES);
        BigInteger updates = BigInteger.valueOf(samples).multiply(BigInteger.valueOf(settings.runs()))
                .multiply(BigInteger.valueOf(settings.steps())).multiply(BigInteger.valueOf(parameters));
        return CostEstimate.of(request, "parameter updates (" + samples + " samples × " + settings.runs() //$NON-NLS-1$ //$NON-NLS-2$
                + " starts × " + settings.steps() + " steps × " + parameters + " parameters)", updates, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                CostEstimate.PARAMETER_UPDATES, RequestInputs.blame(request, SAMPLES, STARTS, STEPS),
                "lower samples, starts or steps"); //$NON-NLS-1$
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
        monitor.begin("implicit bias: preparing", -1); //$NON-NLS-1$
        int samples = SettingValues.integer(request, SAMPLES);
        NearestPointProblem problem;
        String coordinates;
        if (request.subject() instanceof Variety variety) {
            problem = variety.getCoordinates().size() == 2
                    ? PlaneCurveNearestPoint.of(variety, solvers, request.seed(), monitor)
                    : HypersurfaceNearestPoint.of(variety, solvers, request.seed(), monitor);
            coordinates = "coordinates " + String.join(", ", variety.getCoordinates()); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            problem = network(request);
            coordinates = "coefficients"; //$NON-NLS-1$
        }
        Box box = box(request, problem.ambientDimension());
        List<PictureLayer> outline = problem.outline(box);
        Slice slice = problem.slice(box).orElse(null);
        TargetDistribution distribution = "gaussian".equals(SettingValues.text(request, DISTRIBUTION)) //$NON-NLS-1$
                ? new Gaussian(problem.ambientDimension(), SettingValues.number(request, SIGMA))
                : box;
        Function<VoronoiMassEstimator.Estimate, BiasAnalysisResult> result = estimate -> new BiasAnalysisResult(
                request.subjectName(), "u " + distribution.law() + " (" + coordinates + ")", estimate, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                outline, slice, (System.nanoTime() - start) / 1e9);
        NearestPointProblem watched = new PartialEstimates(problem, Math.max(1, samples / 20), request.seed(),
                ProportionInterval.Z_99, partial -> partials.publish(result.apply(partial)));
        try {
            return result.apply(VoronoiMassEstimator.estimate(watched, distribution, samples, request.seed(),
                    ProportionInterval.Z_99, monitor));
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (ArithmeticException e) {
            throw NumericalBreakdown.of(request, e);
        }
    }

    private static NetworkNearestPoint network(AnalysisRequest request) throws AnalysisException {
        Network network = RequestInputs.network(request);
        TrainingSettings settings = trainingSettings(request);
        cost(request, settings, network.parametrization().parameterCount()).require();
        return new NetworkNearestPoint(network.parametrization(), settings);
    }

    /** @return the multi-start search: Adam with {@code starts} runs of {@code steps} steps */
    private static TrainingSettings trainingSettings(AnalysisRequest request) throws AnalysisException {
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        return new TrainingSettings(Optimizer.ADAM, SettingValues.integer(request, STARTS),
                SettingValues.integer(request, STEPS), SettingValues.number(request, RATE),
                SettingValues.number(request, INIT), SettingValues.number(request, TOLERANCE), request.seed(),
                SettingValues.integer(request, THREADS, threads));
    }

    private static Box box(AnalysisRequest request, int dimension) throws AnalysisException {
        String text = SettingValues.text(request, BOX);
        try {
            return Box.parse(text, dimension);
        } catch (IllegalArgumentException e) {
            throw AnalysisException.badSetting(BOX.name(), "option box=\"" + text + "\": " + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
                    + " (the data have " + dimension + " coordinates)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
