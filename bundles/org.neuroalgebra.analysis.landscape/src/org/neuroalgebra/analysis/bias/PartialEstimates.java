// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;

/**
 * Watches a {@link VoronoiMassEstimator} work: wraps its nearest-point problem, records each data
 * point with its minimizer, and hands on the estimate of the first n samples after every
 * {@code every}-th one. It relies on the estimator asking for one sample after the other, in order,
 * on one thread, which {@link VoronoiMassEstimator#estimate} does.
 */
final class PartialEstimates implements NearestPointProblem {

    private final NearestPointProblem problem;
    private final int every;
    private final long seed;
    private final double z;
    private final Consumer<VoronoiMassEstimator.Estimate> receiver;
    private final List<double[]> samples = new ArrayList<>();
    private final List<Nearest> minimizers = new ArrayList<>();

    /**
     * @param seed
     *            the seed of the samples, reported in each partial estimate
     * @param z
     *            the quantile of the Wilson intervals
     */
    PartialEstimates(NearestPointProblem problem, int every, long seed, double z,
            Consumer<VoronoiMassEstimator.Estimate> receiver) {
        if (every <= 0) {
            throw new IllegalArgumentException("every = " + every); //$NON-NLS-1$
        }
        this.problem = problem;
        this.every = every;
        this.seed = seed;
        this.z = z;
        this.receiver = receiver;
    }

    @Override
    public int ambientDimension() {
        return problem.ambientDimension();
    }

    @Override
    public List<PictureLayer> outline(Box box) {
        return problem.outline(box);
    }

    @Override
    public Optional<Slice> slice(Box box) {
        return problem.slice(box);
    }

    @Override
    public Nearest nearest(double[] u, long sampleSeed) {
        Nearest nearest = problem.nearest(u, sampleSeed);
        samples.add(u.clone());
        minimizers.add(nearest);
        if (samples.size() % every == 0) {
            receiver.accept(soFar());
        }
        return nearest;
    }

    /** @return the estimate from the samples seen so far */
    VoronoiMassEstimator.Estimate soFar() {
        Map<Stratum, Integer> counts = new EnumMap<>(Stratum.class);
        minimizers.forEach(nearest -> counts.merge(nearest.stratum(), 1, Integer::sum));
        List<StratumMass> strata = new ArrayList<>();
        for (Stratum stratum : Stratum.values()) {
            strata.add(new StratumMass(stratum,
                    ProportionInterval.wilson(counts.getOrDefault(stratum, 0), samples.size(), z)));
        }
        return new VoronoiMassEstimator.Estimate(strata, List.copyOf(samples), List.copyOf(minimizers), seed, z);
    }
}
