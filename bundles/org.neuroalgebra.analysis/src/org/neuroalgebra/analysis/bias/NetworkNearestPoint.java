// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.Comparator;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.singular.Stratum;
import org.neuroalgebra.analysis.train.Objective;
import org.neuroalgebra.analysis.train.Trainer;
import org.neuroalgebra.analysis.train.TrainingRun;
import org.neuroalgebra.analysis.train.TrainingSettings;

/**
 * The nearest point of a neuromanifold to a point u of V (Euclidean in the coefficient
 * coordinates), by training θ ↦ ‖c_θ − u‖² from several seeded starts and keeping the best run.
 * Its stratum is the run's end stratum: a diverging best run means the infimum is approached on
 * the boundary and not attained. When M is full-dimensional (generic rank = dim V) a further rule
 * applies: the nearest point to a u outside the closure of M lies on its topological boundary, and
 * a θ of full Jacobian rank maps a neighbourhood onto a neighbourhood, so a positive distance
 * reached at a smooth point means the infimum is not attained there: the stratum is the
 * boundary. This is a numerical search for the global minimum, not a proof.
 */
public final class NetworkNearestPoint implements NearestPointProblem {

    /** Squared distances below this (relative to 1 + ‖u‖²) count as u ∈ M. */
    static final double ZERO_DISTANCE = 1e-5;

    private final MlpParametrization mlp;
    private final TrainingSettings settings;

    /**
     * @param settings
     *            the training of each sample, {@code runs} being the number of starts; its seed is
     *            replaced by the seed of each call
     */
    public NetworkNearestPoint(MlpParametrization mlp, TrainingSettings settings) {
        this.mlp = mlp;
        this.settings = settings;
    }

    @Override
    public int ambientDimension() {
        return mlp.ambientDimension();
    }

    @Override
    public Nearest nearest(double[] u, long seed) {
        TrainingSettings seeded = new TrainingSettings(settings.optimizer(), settings.runs(), settings.steps(),
                settings.learningRate(), settings.initScale(), settings.zeroTolerance(), seed, settings.threads());
        List<TrainingRun> runs = new Trainer(mlp, Objective.distanceTo(u), seeded).runAll(ProgressMonitor.NULL);
        TrainingRun best = runs.stream().min(Comparator.comparingDouble(TrainingRun::finalLoss)).orElseThrow();
        Stratum stratum = best.endStratum();
        boolean fullDimensional = best.endPoint().genericRank() == mlp.ambientDimension();
        if (fullDimensional && stratum == Stratum.SMOOTH && best.finalLoss() > ZERO_DISTANCE * (1 + squaredNorm(u))) {
            stratum = Stratum.BOUNDARY;
        }
        return new Nearest(mlp.evaluate(best.theta()), best.finalLoss(), stratum);
    }

    private static double squaredNorm(double[] u) {
        double sum = 0;
        for (double value : u) {
            sum += value * value;
        }
        return sum;
    }
}
