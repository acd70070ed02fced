// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.linear.NumericalRank;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.SymmetryBound;
import org.neuroalgebra.algebra.param.UpperBound;

/**
 * Computes dim M, the rank of the Jacobian of θ ↦ c_{f_θ} at a generic θ
 * (docs/MATHEMATICS.md §3), with proof where possible.
 * <p>
 * <b>Lower bound.</b> At a random integer point θ the Jacobian has integer
 * (or rational) entries; every minor that vanishes over Q also vanishes mod
 * p, so rank mod p ≤ rank over Q ≤ generic rank = dim M. The rank is computed
 * for two primes near 2³¹ at the same θ; each is a proven lower bound.
 * <p>
 * <b>Upper bound.</b> min(dim V, dim Θ − known symmetries, the
 * parametrization's own proven bound, e.g. the composition bound of MLPs).
 * <p>
 * <b>Certificate.</b> When both primes give the same rank and it equals the
 * upper bound, dim M is proven. Otherwise dim M is reported as the numerical
 * rank of the floating-point Jacobian at a Gaussian point, with its
 * singular-value gap, and marked not certified.
 */
public final class DimensionComputation {

    /** The primes of the two independent exact rank computations. */
    static final long[] PRIMES = { ModP.PRIME_1, ModP.PRIME_2 };

    /** Random integer coordinates are drawn from [−BOUND, BOUND]. */
    private static final long BOUND = 1L << 30;

    private DimensionComputation() {
    }

    /**
     * @param parametrization
     *            the map θ ↦ c_{f_θ}
     * @param seed
     *            the seed of both random points (reported in the result)
     * @param monitor
     *            progress and cancellation
     * @return the dimension with its bounds and evidence
     * @throws CancellationException
     *             if the monitor was canceled
     */
    public static DimensionResult compute(Parametrization parametrization, long seed, ProgressMonitor monitor) {
        long start = System.nanoTime();
        monitor.begin("Dimension of " + parametrization.describe(), PRIMES.length + 1); //$NON-NLS-1$
        List<String> notes = new ArrayList<>();
        int params = parametrization.parameterCount();
        int ambient = parametrization.ambientDimension();

        long[] integerPoint = integerPoint(params, seed);
        List<PrimeRank> primeRanks = new ArrayList<>();
        for (long p : PRIMES) {
            checkCanceled(monitor);
            long[][] jacobian = parametrization.jacobian(integerPoint, p);
            int rank = jacobian.length == 0 || params == 0 ? 0 : ModularMatrix.of(jacobian, p).rank();
            primeRanks.add(new PrimeRank(p, rank));
            monitor.worked(1);
        }
        checkCanceled(monitor);
        NumericalRank numerical = NumericalRank.of(parametrization.jacobian(gaussianPoint(params, seed)));
        monitor.worked(1);

        int lower = primeRanks.stream().mapToInt(PrimeRank::rank).max().orElse(0);
        boolean primesAgree = primeRanks.stream().mapToInt(PrimeRank::rank).distinct().count() == 1;
        if (!primesAgree) {
            notes.add("the ranks modulo the two primes differ " + primeRanks //$NON-NLS-1$
                    + "; each is a lower bound, the larger is used, and the result is not certified"); //$NON-NLS-1$
        }
        SymmetryBound symmetry = parametrization.symmetryBound();
        UpperBound own = parametrization.dimensionUpperBound();
        int expected = Math.min(ambient, params - symmetry.dimension());
        int upper = Math.min(expected, own.value());
        notes.add("upper bound " + upper + ": " + (own.value() <= expected ? own.derivation() //$NON-NLS-1$ //$NON-NLS-2$
                : "min(dim V = " + ambient + ", dim Θ − symmetries = " + params + " − " + symmetry.dimension() + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        notes.add("symmetries: " + symmetry.derivation()); //$NON-NLS-1$

        boolean consistent = lower <= upper;
        if (!consistent) {
            notes.add("contradiction: the proven lower bound " + lower + " exceeds the upper bound " + upper //$NON-NLS-1$ //$NON-NLS-2$
                    + "; a symmetry or bound derivation is wrong for this architecture"); //$NON-NLS-1$
        }
        boolean certified = primesAgree && lower == upper;
        int dimension;
        if (certified) {
            dimension = lower;
            notes.add("certified: the Jacobian rank modulo both primes equals the upper bound " + upper); //$NON-NLS-1$
        } else {
            dimension = consistent ? Math.clamp(numerical.rank(), lower, upper) : numerical.rank();
            notes.add("numerical: " + numerical + "; proven only " + lower + " ≤ dim M ≤ " + upper); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (dimension != numerical.rank()) {
                notes.add("the numerical rank " + numerical.rank() + " lies outside the proven bounds; reporting " //$NON-NLS-1$ //$NON-NLS-2$
                        + dimension);
            }
        }
        if (numerical.rank() != lower && certified) {
            notes.add("the floating-point rank " + numerical.rank() + " disagrees with the exact rank " + lower //$NON-NLS-1$ //$NON-NLS-2$
                    + " (ill-conditioned Jacobian at the Gaussian point)"); //$NON-NLS-1$
        }
        String method = "rank of the exact Jacobian modulo " + PRIMES[0] + " and " + PRIMES[1] //$NON-NLS-1$ //$NON-NLS-2$
                + " at a random integer point; SVD of the floating-point Jacobian at a Gaussian point"; //$NON-NLS-1$
        double seconds = (System.nanoTime() - start) / 1e9;
        return new DimensionResult(dimension, ambient, params, expected, lower, upper, certified, dimension == ambient,
                dimension < expected, params - dimension, seed, method, seconds, numerical.singularValues(),
                numerical.rank(), numerical.gapRatio(), primeRanks, notes);
    }

    private static long[] integerPoint(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] theta = new long[n];
        for (int i = 0; i < n; i++) {
            theta[i] = random.nextLong(-BOUND, BOUND + 1);
        }
        return theta;
    }

    private static double[] gaussianPoint(int n, long seed) {
        Random random = new Random(seed);
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = random.nextGaussian();
        }
        return theta;
    }

    private static void checkCanceled(ProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new CancellationException("dimension computation canceled"); //$NON-NLS-1$
        }
    }
}
