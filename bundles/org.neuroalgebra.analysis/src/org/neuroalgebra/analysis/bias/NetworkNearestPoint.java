// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.singular.PointClassification;
import org.neuroalgebra.analysis.singular.PointClassifier;
import org.neuroalgebra.analysis.singular.Stratum;
import org.neuroalgebra.analysis.train.Objective;
import org.neuroalgebra.analysis.train.Trainer;
import org.neuroalgebra.analysis.train.TrainingRun;
import org.neuroalgebra.analysis.train.TrainingSettings;

/**
 * The nearest point of a neuromanifold to a point u of V (Euclidean in the coefficient
 * coordinates): θ ↦ ‖c_θ − u‖² is trained from several seeded starts, each run is polished by
 * {@link LevenbergMarquardt}, and the run with the smallest polished loss wins. Its stratum:
 * <ul>
 * <li>boundary when the polish sends θ to infinity: the infimum lies on the boundary of M and no
 * finite θ attains it;</li>
 * <li>otherwise that of its end point ({@link PointClassifier}): a sparse subnetwork (saying which
 * neuron and which of its weights vanish), a singular point, or a smooth point;</li>
 * <li>when M is full-dimensional (generic rank = dim V), a smooth end point at positive distance
 * is a boundary point too: the nearest point to a u outside the closure of M lies on its
 * topological boundary, and a θ of full Jacobian rank maps a neighbourhood onto a neighbourhood.</li>
 * </ul>
 * This is a numerical search for the global minimum, not a proof.
 */
public final class NetworkNearestPoint implements NearestPointProblem {

    /** Squared distances below this (relative to 1 + ‖u‖²) count as u ∈ M. */
    static final double ZERO_DISTANCE = 1e-5;

    private final MlpParametrization mlp;
    private final TrainingSettings settings;
    private final PointClassifier classifier;

    /**
     * @param settings
     *            the training of each sample, {@code runs} being the number of starts; its seed is
     *            replaced by the seed of each call
     */
    public NetworkNearestPoint(MlpParametrization mlp, TrainingSettings settings) {
        this.mlp = mlp;
        this.settings = settings;
        this.classifier = new PointClassifier(mlp, settings.seed());
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
        LevenbergMarquardt.Polished best = null;
        for (TrainingRun run : runs) {
            LevenbergMarquardt.Polished polished = LevenbergMarquardt.polish(mlp, run.theta(), u);
            if (best == null || polished.loss() < best.loss()) {
                best = polished;
            }
        }
        double[] point = mlp.evaluate(best.theta());
        if (best.diverged()) {
            return new Nearest(point, best.loss(), Stratum.BOUNDARY,
                    "not attained: θ diverges as the distance approaches its infimum"); //$NON-NLS-1$
        }
        PointClassification end = classifier.classify(best.theta(), settings.zeroTolerance());
        boolean fullDimensional = classifier.genericRank() == mlp.ambientDimension();
        if (fullDimensional && end.stratum() == Stratum.SMOOTH
                && best.loss() > ZERO_DISTANCE * (1 + squaredNorm(u))) {
            return new Nearest(point, best.loss(), Stratum.BOUNDARY,
                    "not attained: a smooth point of a full-dimensional M at positive distance"); //$NON-NLS-1$
        }
        String detail = switch (end.stratum()) {
            case SPARSE_SUBNETWORK -> String.join("; ", end.sparseDescription()); //$NON-NLS-1$
            case SINGULAR -> "Jacobian rank " + end.jacobianRank() + " < dim M = " + end.genericRank(); //$NON-NLS-1$ //$NON-NLS-2$
            default -> ""; //$NON-NLS-1$
        };
        return new Nearest(point, best.loss(), end.stratum(), detail);
    }

    private static double squaredNorm(double[] u) {
        double sum = 0;
        for (double value : u) {
            sum += value * value;
        }
        return sum;
    }
}
