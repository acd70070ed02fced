// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.singular.PointClassification;
import org.neuroalgebra.analysis.singular.PointClassifier;
import org.neuroalgebra.analysis.singular.Stratum;

/**
 * Trains θ ↦ objective(c_θ) with the exact gradient J_θᵀ ∇objective(c_θ), J_θ the exact Jacobian of
 * the parametrization. Runs are independent and deterministic per run (their own seed, no shared
 * state), so a fixed pool gives the same results in any order.
 */
public final class Trainer {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final Parametrization parametrization;
    private final Objective objective;
    private final TrainingSettings settings;
    private final PointClassifier classifier;

    /** @param parametrization any network: MLP, CNN or attention */
    public Trainer(Parametrization parametrization, Objective objective, TrainingSettings settings) {
        this.parametrization = parametrization;
        this.objective = objective;
        this.settings = settings;
        this.classifier = new PointClassifier(parametrization, settings.seed());
    }

    /** @return dim M, against which end points are judged singular */
    public int genericRank() {
        return classifier.genericRank();
    }

    /** @return all runs, in run order */
    public List<TrainingRun> runAll(ProgressMonitor monitor) {
        return runAll(monitor, finished -> {
            // nobody is watching
        });
    }

    /**
     * @param finished
     *            told, whenever the next run in run order has finished, the runs 0 … i finished so
     *            far (an unmodifiable list), on the calling thread
     * @return all runs, in run order
     */
    public List<TrainingRun> runAll(ProgressMonitor monitor, Consumer<List<TrainingRun>> finished) {
        monitor.begin("training", settings.runs()); //$NON-NLS-1$
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        try {
            List<Future<TrainingRun>> futures = new ArrayList<>();
            for (int i = 0; i < settings.runs(); i++) {
                int index = i;
                futures.add(pool.submit(() -> run(index, monitor)));
            }
            List<TrainingRun> runs = new ArrayList<>();
            for (Future<TrainingRun> future : futures) {
                runs.add(future.get());
                monitor.worked(1);
                finished.accept(List.copyOf(runs));
            }
            return runs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return run {@code index}, started from {@code new SplittableRandom(seed + index)} */
    public TrainingRun run(int index, ProgressMonitor monitor) {
        long seed = settings.seed() + index;
        SplittableRandom random = new SplittableRandom(seed);
        double[] theta = new double[parametrization.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = settings.initScale() * random.nextGaussian();
        }
        double[] first = new double[theta.length];
        double[] second = new double[theta.length];
        int every = Math.max(1, settings.steps() / TrainingSettings.CURVE_POINTS);
        List<double[]> curve = new ArrayList<>();
        double loss = Double.NaN;
        for (int step = 0; step < settings.steps(); step++) {
            if (monitor.isCanceled()) {
                throw new CancellationException("canceled"); //$NON-NLS-1$
            }
            double[] c = parametrization.evaluate(theta);
            loss = objective.value(c);
            if (step % every == 0) {
                curve.add(new double[] { loss, norm(theta) });
            }
            if (!Double.isFinite(loss)) {
                break;
            }
            double[] gradient = chainRule(parametrization.jacobian(theta), objective.gradient(c));
            update(theta, gradient, first, second, step + 1);
        }
        loss = objective.value(parametrization.evaluate(theta));
        curve.add(new double[] { loss, norm(theta) });
        double[] lossCurve = curve.stream().mapToDouble(point -> point[0]).toArray();
        double[] normCurve = curve.stream().mapToDouble(point -> point[1]).toArray();
        PointClassification end = classifier.classify(theta, settings.zeroTolerance());
        Stratum stratum = end.stratum();
        if (stratum != Stratum.SPARSE_SUBNETWORK && Divergence.isDiverging(lossCurve, normCurve)) {
            stratum = Stratum.BOUNDARY;
        }
        return new TrainingRun(index, seed, lossCurve, normCurve, theta, loss, end, stratum);
    }

    private void update(double[] theta, double[] gradient, double[] first, double[] second, int t) {
        double rate = settings.learningRate();
        if (settings.optimizer() == Optimizer.GRADIENT_DESCENT) {
            for (int i = 0; i < theta.length; i++) {
                theta[i] -= rate * gradient[i];
            }
            return;
        }
        double correction1 = 1 - Math.pow(BETA1, t);
        double correction2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < theta.length; i++) {
            first[i] = BETA1 * first[i] + (1 - BETA1) * gradient[i];
            second[i] = BETA2 * second[i] + (1 - BETA2) * gradient[i] * gradient[i];
            theta[i] -= rate * (first[i] / correction1) / (Math.sqrt(second[i] / correction2) + EPSILON);
        }
    }

    /** @return Jᵀ g */
    static double[] chainRule(double[][] jacobian, double[] g) {
        int parameters = jacobian.length == 0 ? 0 : jacobian[0].length;
        double[] result = new double[parameters];
        for (int a = 0; a < jacobian.length; a++) {
            for (int p = 0; p < parameters; p++) {
                result[p] += jacobian[a][p] * g[a];
            }
        }
        return result;
    }

    static double norm(double[] v) {
        double sum = 0;
        for (double value : v) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }
}
