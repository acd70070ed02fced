// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.train.Optimizer;
import org.neuroalgebra.analysis.train.TrainingSettings;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code bias} analysis (MATH.md §7) for polynomial MLPs: data u uniform in the cube
 * [−box, box]^n of coefficient space, the nearest point of M to each by multi-start Adam
 * ({@link NetworkNearestPoint}), and the mass of each stratum with 99% Wilson intervals. Options:
 * {@code samples} (200), {@code box} (1), {@code starts} (8), {@code steps} (1200), {@code rate}
 * (0.03), {@code init} (0.7), {@code tolerance} (1e-3, zero neurons), {@code threads}.
 */
@Component(service = IAnalysis.class)
public class BiasAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "bias"; //$NON-NLS-1$

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
        long start = System.nanoTime();
        MlpParametrization mlp = RequestInputs.mlp(request);
        int samples = RequestInputs.positiveInt(request, "samples", 200); //$NON-NLS-1$
        double box = RequestInputs.positiveDouble(request, "box", 1); //$NON-NLS-1$
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        TrainingSettings settings = new TrainingSettings(Optimizer.ADAM, RequestInputs.positiveInt(request, "starts", 8), //$NON-NLS-1$
                RequestInputs.positiveInt(request, "steps", 1200), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "rate", 0.03), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "init", 0.7), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "tolerance", 1e-3), //$NON-NLS-1$
                request.seed(), RequestInputs.positiveInt(request, "threads", threads)); //$NON-NLS-1$
        try {
            VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(new NetworkNearestPoint(mlp, settings),
                    Box.cube(mlp.ambientDimension(), box), samples, request.seed(), ProportionInterval.Z_99, monitor);
            return new BiasAnalysisResult(request.subjectName(),
                    String.format("u uniform in [-%s, %s]^%d (coefficients)", box, box, mlp.ambientDimension()), //$NON-NLS-1$
                    estimate, (System.nanoTime() - start) / 1e9);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
    }
}
