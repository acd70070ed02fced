// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.singular.PointClassification;
import org.neuroalgebra.analysis.singular.PointClassifier;
import org.neuroalgebra.analysis.singular.Stratum;
import org.neuroalgebra.analysis.train.Objective;
import org.neuroalgebra.analysis.train.Trainer;
import org.neuroalgebra.analysis.train.TrainingRun;
import org.neuroalgebra.analysis.train.TrainingSettings;

/**
 * The nearest point of a neuromanifold to a point u of V (Euclidean in the coefficient
 * coordinates), for any network (MLP, CNN, attention) through its parametrization and exact
 * Jacobian: θ ↦ ‖c_θ − u‖² is trained from several seeded starts, each run is polished by
 * {@link LevenbergMarquardt}, and the run with the smallest polished loss wins. Its stratum:
 * <ul>
 * <li>boundary when the polish sends θ to infinity: the infimum lies on the boundary of M and no
 * finite θ attains it;</li>
 * <li>otherwise that of its end point ({@link PointClassifier}): a sparse subnetwork (saying which
 * neuron or filter entries vanish), a singular point, or a smooth point;</li>
 * <li>when M is full-dimensional (generic rank = dim V), an end point at positive distance that is
 * no sparse subnetwork is a boundary point too: the nearest point to a u outside the closure of M
 * lies on its topological boundary. A θ of full Jacobian rank maps a neighbourhood onto a
 * neighbourhood, so such an end point has a rank-deficient Jacobian in exact arithmetic (as the
 * perfect squares of a linear CNN with filters (2, 2), where the two filters are proportional);
 * numerically it may look smooth or singular, and both are reported as the boundary it is.</li>
 * </ul>
 * This is a numerical search for the global minimum, not a proof.
 */
public final class NetworkNearestPoint implements NearestPointProblem {

    /**
     * Squared distances below this (relative to 1 + ‖u‖²) count as u ∈ M at a smooth end point. In a
     * full-dimensional M a smooth point at positive distance is no local minimum (the map is open
     * there), so a residual means a search stopped short, and it is judged generously.
     */
    static final double ZERO_DISTANCE = 1e-5;

    /**
     * The same at a rank-deficient end point, which can be a true minimizer on the boundary at any
     * small distance; the polish brings the residual of a u ∈ M down to rounding (about 1e-30 for
     * the linear CNN with filters (2, 2)), so only that counts as zero.
     */
    static final double ROUNDING_DISTANCE = 1e-12;

    private final Parametrization network;
    private final TrainingSettings settings;
    private final PointClassifier classifier;

    /**
     * @param settings
     *            the training of each sample, {@code runs} being the number of starts; its seed is
     *            replaced by the seed of each call
     */
    public NetworkNearestPoint(Parametrization network, TrainingSettings settings) {
        this.network = network;
        this.settings = settings;
        this.classifier = new PointClassifier(network, settings.seed());
    }

    @Override
    public int ambientDimension() {
        return network.ambientDimension();
    }

    @Override
    public Nearest nearest(double[] u, long seed) {
        TrainingSettings seeded = new TrainingSettings(settings.optimizer(), settings.runs(), settings.steps(),
                settings.learningRate(), settings.initScale(), settings.zeroTolerance(), seed, settings.threads());
        List<TrainingRun> runs = new Trainer(network, Objective.distanceTo(u), seeded).runAll(ProgressMonitor.NULL);
        LevenbergMarquardt.Polished best = null;
        for (TrainingRun run : runs) {
            LevenbergMarquardt.Polished polished = LevenbergMarquardt.polish(network, run.theta(), u);
            if (best == null || polished.loss() < best.loss()) {
                best = polished;
            }
        }
        double[] point = network.evaluate(best.theta());
        if (best.diverged()) {
            return new Nearest(point, best.loss(), Stratum.BOUNDARY,
                    "not attained: θ diverges as the distance approaches its infimum"); //$NON-NLS-1$
        }
        PointClassification end = classifier.classify(best.theta(), settings.zeroTolerance());
        boolean fullDimensional = classifier.genericRank() == network.ambientDimension();
        double zero = (end.stratum() == Stratum.SMOOTH ? ZERO_DISTANCE : ROUNDING_DISTANCE) * (1 + squaredNorm(u));
        if (fullDimensional && end.stratum() != Stratum.SPARSE_SUBNETWORK && best.loss() > zero) {
            return new Nearest(point, best.loss(), Stratum.BOUNDARY, end.stratum() == Stratum.SMOOTH
                    ? "not attained: a smooth point of a full-dimensional M at positive distance" //$NON-NLS-1$
                    : "on the boundary of a full-dimensional M, attained where the Jacobian rank drops to " //$NON-NLS-1$
                            + end.jacobianRank() + " < dim M = " + end.genericRank()); //$NON-NLS-1$
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
