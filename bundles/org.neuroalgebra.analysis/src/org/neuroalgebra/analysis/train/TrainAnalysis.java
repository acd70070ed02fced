// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.analysis.data.DatasetMaterializer;
import org.neuroalgebra.analysis.data.Network;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.data.Samples;
import org.neuroalgebra.analysis.loss.LossGeometry;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code train} analysis (MATH.md §7) as a service, for every architecture kind (MLP, CNN,
 * attention). Options: {@code runs} (20), {@code steps} (2000), {@code rate} (0.01),
 * {@code optimizer} (adam | gd), {@code init} (0.5, the standard deviation of the initial θ),
 * {@code tolerance} (1e-3, for zero neurons and filters), {@code threads}.
 */
@Component(service = IAnalysis.class)
public class TrainAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "train"; //$NON-NLS-1$

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Training runs and where they end"; //$NON-NLS-1$
    }

    @Override
    public List<String> settingNames() {
        return List.of("dataset", "runs", "steps", "rate", "optimizer", "init", "tolerance", "threads"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        return run(request, monitor, PartialResults.NONE);
    }

    /** Publishes the runs finished so far, in run order, after each one. */
    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor, PartialResults partials)
            throws AnalysisException {
        long start = System.nanoTime();
        Network network = RequestInputs.network(request);
        Samples samples = DatasetMaterializer.forRequest(request, network.inputs(), network.outputs());
        TrainingSettings settings = settings(request);
        Trainer trainer = new Trainer(network.parametrization(),
                Objective.loss(LossGeometry.of(network.basis(), samples)), settings);
        try {
            List<TrainingRun> runs = trainer.runAll(monitor,
                    finished -> partials.publish(new TrainAnalysisResult(request.subjectName(), samples.description(),
                            settings, trainer.genericRank(), finished, (System.nanoTime() - start) / 1e9)));
            return new TrainAnalysisResult(request.subjectName(), samples.description(), settings,
                    trainer.genericRank(), runs, (System.nanoTime() - start) / 1e9);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
    }

    private static TrainingSettings settings(AnalysisRequest request) throws AnalysisException {
        String name = request.option("optimizer", Optimizer.ADAM.label()); //$NON-NLS-1$
        Optimizer optimizer = Optimizer.of(name);
        if (optimizer == null) {
            throw new AnalysisException(Kind.BAD_INPUT, "option optimizer=" + name + ": expected adam or gd"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        return new TrainingSettings(optimizer, RequestInputs.positiveInt(request, "runs", 20), //$NON-NLS-1$
                RequestInputs.positiveInt(request, "steps", 2000), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "rate", 0.01), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "init", 0.5), //$NON-NLS-1$
                RequestInputs.positiveDouble(request, "tolerance", 1e-3), //$NON-NLS-1$
                request.seed(), RequestInputs.positiveInt(request, "threads", threads)); //$NON-NLS-1$
    }
}
