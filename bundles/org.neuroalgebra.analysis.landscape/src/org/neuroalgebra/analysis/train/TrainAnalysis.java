// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.analysis.data.Network;
import org.neuroalgebra.analysis.data.RequestInputs;
import org.neuroalgebra.analysis.data.Samples;
import org.neuroalgebra.analysis.internal.CostEstimate;
import org.neuroalgebra.analysis.internal.NumericalBreakdown;
import org.neuroalgebra.analysis.internal.SettingValues;
import org.neuroalgebra.analysis.loss.LossGeometry;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code train} analysis as a service, for every architecture kind (MLP, CNN, attention). Its
 * settings are declared in {@link #settings()}; the total number of parameter updates is bounded
 * up front ({@link CostEstimate#PARAMETER_UPDATES}).
 */
@Component(service = IAnalysis.class)
public class TrainAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "train"; //$NON-NLS-1$

    static final AnalysisSetting DATASET = AnalysisSetting.requiredField("dataset", //$NON-NLS-1$
            "the samples the mean squared loss is measured on (data NAME)"); //$NON-NLS-1$

    static final AnalysisSetting RUNS = AnalysisSetting.integer("runs", 20L, 1, 10_000, //$NON-NLS-1$
            "the number of independent runs, each from its own random start"); //$NON-NLS-1$

    static final AnalysisSetting STEPS = AnalysisSetting.integer("steps", 2000L, 1, 10_000_000, //$NON-NLS-1$
            "the number of optimizer updates in each run"); //$NON-NLS-1$

    static final AnalysisSetting RATE = AnalysisSetting.number("rate", 0.01, 0, true, 10, //$NON-NLS-1$
            "the learning rate of each update"); //$NON-NLS-1$

    static final AnalysisSetting OPTIMIZER = AnalysisSetting.choice("optimizer", Optimizer.ADAM.label(), //$NON-NLS-1$
            List.of(Optimizer.ADAM.label(), Optimizer.GRADIENT_DESCENT.label()),
            "the update rule: Adam or plain gradient descent"); //$NON-NLS-1$

    static final AnalysisSetting INIT = AnalysisSetting.number("init", 0.5, 0, true, 100, //$NON-NLS-1$
            "the standard deviation of the Gaussian initial parameters"); //$NON-NLS-1$

    static final AnalysisSetting TOLERANCE = AnalysisSetting.number("tolerance", 1e-3, 0, true, 1, //$NON-NLS-1$
            "weights below this size count as zero when looking for dead neurons and filters"); //$NON-NLS-1$

    static final AnalysisSetting THREADS = AnalysisSetting.integer("threads", null, 1, 256, //$NON-NLS-1$
            "the number of worker threads (default: the processors, at most 4); results do not depend on it"); //$NON-NLS-1$

    private static final List<AnalysisSetting> SETTINGS = List.of(DATASET, RUNS, STEPS, RATE, OPTIMIZER, INIT,
            TOLERANCE, THREADS);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Training runs and where they end"; //$NON-NLS-1$
    }

    /** Its questions are about a parametrization, which a bare variety does not have. */
    @Override
    public Set<SubjectKind> subjectKinds() {
        return EnumSet.of(SubjectKind.ARCHITECTURE);
    }

    @Override
    public List<AnalysisSetting> settings() {
        return SETTINGS;
    }

    /** The dataset must be readable and finite, and runs × steps × parameters within the budget. */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        Network network = RequestInputs.network(request);
        RequestInputs.samples(request, network);
        cost(request, settings(request), network.parametrization().parameterCount()).require();
    }

    /** @return the number of parameter updates of all runs, against {@link CostEstimate#PARAMETER_UPDATES} */
    static CostEstimate cost(AnalysisRequest request, TrainingSettings settings, int parameters) {
        BigInteger updates = BigInteger.valueOf(settings.runs()).multiply(BigInteger.valueOf(settings.steps()))
                .multiply(BigInteger.valueOf(parameters));
        return CostEstimate.of(request, "parameter updates (" + settings.runs() + " runs × " + settings.steps() //$NON-NLS-1$ //$NON-NLS-2$
                + " steps × " + parameters + " parameters)", updates, CostEstimate.PARAMETER_UPDATES, //$NON-NLS-1$ //$NON-NLS-2$
                RequestInputs.blame(request, RUNS, STEPS), "lower runs or steps"); //$NON-NLS-1$
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
        monitor.begin("training: preparing the loss", -1); //$NON-NLS-1$
        Network network = RequestInputs.network(request);
        TrainingSettings settings = settings(request);
        cost(request, settings, network.parametrization().parameterCount()).require();
        Samples samples = RequestInputs.samples(request, network);
        try {
            Trainer trainer = new Trainer(network.parametrization(),
                    Objective.loss(LossGeometry.of(network.basis(), samples)), settings);
            List<TrainingRun> runs = trainer.runAll(monitor,
                    finished -> partials.publish(new TrainAnalysisResult(request.subjectName(), samples.description(),
                            settings, trainer.genericRank(), finished, (System.nanoTime() - start) / 1e9)));
            return new TrainAnalysisResult(request.subjectName(), samples.description(), settings,
                    trainer.genericRank(), runs, (System.nanoTime() - start) / 1e9);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (ArithmeticException e) {
            throw NumericalBreakdown.of(request, e);
        }
    }

    private static TrainingSettings settings(AnalysisRequest request) throws AnalysisException {
        Optimizer optimizer = Optimizer.of(SettingValues.text(request, OPTIMIZER));
        int threads = Math.min(4, Runtime.getRuntime().availableProcessors());
        return new TrainingSettings(optimizer, SettingValues.integer(request, RUNS),
                SettingValues.integer(request, STEPS), SettingValues.number(request, RATE),
                SettingValues.number(request, INIT), SettingValues.number(request, TOLERANCE), request.seed(),
                SettingValues.integer(request, THREADS, threads));
    }
}
