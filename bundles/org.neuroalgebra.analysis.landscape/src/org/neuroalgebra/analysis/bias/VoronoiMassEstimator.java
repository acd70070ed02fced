// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;

/**
 * Estimates the mass of each stratum's Voronoi cell: samples u from a distribution (uniform in a
 * box, or Gaussian), finds the global minimizer on M for each, and counts strata. One {@code new SplittableRandom(seed)} draws, for
 * each sample in turn, its coordinates and then the seed of its minimizer search.
 */
public final class VoronoiMassEstimator {

    private VoronoiMassEstimator() {
    }

    /**
     * The estimate.
     *
     * @param strata
     *            one entry per stratum kind, in {@link Stratum} order
     * @param samples
     *            the data points
     * @param minimizers
     *            their minimizers, in the same order
     * @param seed
     *            the seed of the samples
     * @param z
     *            the normal quantile of the intervals
     */
    public record Estimate(List<StratumMass> strata, List<double[]> samples, List<Nearest> minimizers, long seed,
            double z) {

        /** @return the interval of one stratum */
        public ProportionInterval mass(Stratum stratum) {
            return strata.stream().filter(s -> s.stratum() == stratum).findFirst().orElseThrow().mass();
        }
    }

    /** @return the estimate from {@code count} samples of the distribution with Wilson intervals of quantile z */
    public static Estimate estimate(NearestPointProblem problem, TargetDistribution distribution, int count, long seed,
            double z, ProgressMonitor monitor) {
        monitor.begin("sampling data", count); //$NON-NLS-1$
        SplittableRandom random = new SplittableRandom(seed);
        List<double[]> samples = new ArrayList<>();
        List<Nearest> minimizers = new ArrayList<>();
        Map<Stratum, Integer> counts = new EnumMap<>(Stratum.class);
        for (int k = 0; k < count; k++) {
            if (monitor.isCanceled()) {
                throw new CancellationException("canceled"); //$NON-NLS-1$
            }
            double[] u = distribution.sample(random);
            Nearest nearest = problem.nearest(u, random.nextLong());
            samples.add(u);
            minimizers.add(nearest);
            counts.merge(nearest.stratum(), 1, Integer::sum);
            monitor.worked(1);
        }
        List<StratumMass> strata = new ArrayList<>();
        for (Stratum stratum : Stratum.values()) {
            strata.add(new StratumMass(stratum, ProportionInterval.wilson(counts.getOrDefault(stratum, 0), count, z)));
        }
        return new Estimate(strata, samples, minimizers, seed, z);
    }
}
