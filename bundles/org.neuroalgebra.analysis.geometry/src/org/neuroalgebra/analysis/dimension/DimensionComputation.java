// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.linear.ModularRank;
import org.neuroalgebra.algebra.linear.NumericalRank;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.PointEvaluation;
import org.neuroalgebra.algebra.param.PointJacobians;
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
 * <b>Without expanding f_θ.</b> When the network can be evaluated at a point
 * ({@link PointEvaluation}), the exact Jacobian J is never formed: the rank is
 * that of E·J, the Jacobian of θ ↦ (f_θ(x_1), …, f_θ(x_N)) at N = min(dim V /
 * outputs, dim Θ) random integer points, one reverse-mode gradient per row. Since
 * rank(E·J mod p) ≤ rank(J mod p), it is a proven lower bound for every choice
 * of points; it equals rank J when the points are generic (no non-zero
 * polynomial of the column space of J vanishes at all of them), which random
 * points modulo p are with high probability. Time and memory grow with the
 * Jacobian, not with the expansion. The two primes and the floating-point
 * rank run in parallel threads.
 * Other parametrizations use the exact Jacobian of the coefficients.
 * <p>
 * <b>Upper bound.</b> min(dim V, dim Θ − known symmetries, the
 * parametrization's own proven bound, e.g. the composition bound of MLPs).
 * <p>
 * <b>Certificate.</b> When both primes give the same rank and it equals the
 * upper bound, dim M is proven. Otherwise dim M is reported as the numerical
 * rank of the floating-point Jacobian at a Gaussian point, with its
 * singular-value gap, and marked not certified. The floating-point Jacobian
 * is that of the coefficients when it is small ({@value #SMALL_JACOBIAN}
 * entries at most) or the network cannot be evaluated at points, else E·J at
 * real points on the unit sphere (the method says which).
 */
public final class DimensionComputation {

    /** The primes of the two independent exact rank computations. */
    static final long[] PRIMES = { ModP.PRIME_1, ModP.PRIME_2 };

    /** Random integer coordinates are drawn from [−BOUND, BOUND]. */
    private static final long BOUND = 1L << 30;

    /**
     * Up to this many entries (dim V · dim Θ) the floating-point Jacobian is that of the
     * coefficients, as the singular values have always been reported; beyond, E·J at points.
     */
    static final long SMALL_JACOBIAN = 1L << 16;

    /** The threads of the exact ranks by default: one per prime, at most one per core. */
    private static final int DEFAULT_THREADS = Math.min(PRIMES.length, Runtime.getRuntime().availableProcessors());

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
        return compute(parametrization, seed, monitor, DEFAULT_THREADS);
    }

    /**
     * {@link #compute(Parametrization, long, ProgressMonitor)} with a given number of threads for
     * the exact ranks (1: one prime after the other); the answer does not depend on it.
     *
     * @param parametrization
     *            the map θ ↦ c_{f_θ}
     * @param seed
     *            the seed of the random points (reported in the result)
     * @param monitor
     *            progress and cancellation
     * @param threads
     *            at most this many threads compute the ranks modulo the primes
     * @return the dimension with its bounds and evidence
     * @throws CancellationException
     *             if the monitor was canceled
     */
    public static DimensionResult compute(Parametrization parametrization, long seed, ProgressMonitor monitor,
            int threads) {
        long start = System.nanoTime();
        monitor.begin("Dimension of " + parametrization.describe(), PRIMES.length + 1); //$NON-NLS-1$
        List<String> notes = new ArrayList<>();
        int params = parametrization.parameterCount();
        int ambient = parametrization.ambientDimension();

        long[] integerPoint = integerPoint(params, seed);
        PointEvaluation network = parametrization instanceof PointEvaluation evaluation ? evaluation : null;
        // per output, f_θ lies in a space of dim V / outputs; that many generic points, or dim Θ
        // (at least the rank), separate every non-zero vector of the column space of J
        int perOutput = network == null ? 0 : ambient / Math.max(1, network.outputCount());
        long[][] integerInputs = network == null ? null : integerInputs(network, Math.min(perOutput, params), seed);
        boolean floatingByPoints = network != null && (long) ambient * params > SMALL_JACOBIAN;
        double[] gaussian = gaussianPoint(params, seed);
        Supplier<NumericalRank> floatingRank = () -> NumericalRank.of(floatingByPoints
                ? PointJacobians.floating(network, gaussian, sphereInputs(network, Math.min(perOutput, params), seed))
                : parametrization.jacobian(gaussian));
        List<PrimeRank> primeRanks;
        NumericalRank numerical;
        // the expansion route holds a Jacobian of dual numbers per task: one at a time
        ExecutorService pool = threads <= 1 || network == null ? null : Executors.newFixedThreadPool(Math.min(threads, PRIMES.length), runnable -> {
            Thread thread = new Thread(runnable, "dimension: a Jacobian rank"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            // the floating-point rank first: it is the longest task and runs next to the primes
            Future<NumericalRank> floating = pool == null ? null : pool.submit(floatingRank::get);
            primeRanks = primeRanks(parametrization, network, integerPoint, integerInputs, pool, monitor);
            checkCanceled(monitor);
            numerical = pool == null ? floatingRank.get() : result(floating);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
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
        String exact = network == null
                ? "rank of the exact Jacobian modulo " + PRIMES[0] + " and " + PRIMES[1] + " at a random integer point" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : "rank modulo " + PRIMES[0] + " and " + PRIMES[1] + " of the Jacobian of θ ↦ (f_θ(x_1), …, f_θ(x_" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + integerInputs.length + ")) at a random integer point and random integer inputs (E·J, no expansion of f_θ)"; //$NON-NLS-1$
        String floating = floatingByPoints
                ? "SVD of the floating-point Jacobian of θ ↦ (f_θ(x_k)) at a Gaussian point and random inputs on the unit sphere" //$NON-NLS-1$
                : "SVD of the floating-point Jacobian at a Gaussian point"; //$NON-NLS-1$
        String method = exact + "; " + floating; //$NON-NLS-1$
        double seconds = (System.nanoTime() - start) / 1e9;
        return new DimensionResult(dimension, ambient, params, expected, lower, upper, certified, dimension == ambient,
                dimension < expected, params - dimension, seed, method, seconds, numerical.singularValues(),
                numerical.rank(), numerical.gapRatio(), primeRanks, notes);
    }

    /** The ranks modulo each prime, in the pool when there is one. */
    private static List<PrimeRank> primeRanks(Parametrization parametrization, PointEvaluation network, long[] theta,
            long[][] inputs, ExecutorService pool, ProgressMonitor monitor) {
        BooleanSupplier canceled = monitor::isCanceled;
        List<PrimeRank> ranks = new ArrayList<>();
        if (pool == null) {
            for (long p : PRIMES) {
                checkCanceled(monitor);
                ranks.add(new PrimeRank(p, rank(parametrization, network, theta, inputs, p, canceled)));
                monitor.worked(1);
            }
            return ranks;
        }
        List<Future<Integer>> futures = new ArrayList<>();
        for (long p : PRIMES) {
            futures.add(pool.submit(() -> rank(parametrization, network, theta, inputs, p, canceled)));
        }
        for (int i = 0; i < PRIMES.length; i++) {
            ranks.add(new PrimeRank(PRIMES[i], result(futures.get(i))));
            monitor.worked(1);
        }
        return ranks;
    }

    /** The value of a finished task, with its own exception (a cancellation, an arithmetic failure). */
    private static <V> V result(Future<V> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("dimension computation interrupted"); //$NON-NLS-1$
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int rank(Parametrization parametrization, PointEvaluation network, long[] theta, long[][] inputs,
            long p, BooleanSupplier canceled) {
        if (parametrization.parameterCount() == 0 || parametrization.ambientDimension() == 0) {
            return 0;
        }
        if (network == null) {
            long[][] jacobian = parametrization.jacobian(theta, p);
            return jacobian.length == 0 ? 0 : ModularMatrix.of(jacobian, p).rank();
        }
        return ModularRank.ofInPlace(PointJacobians.modP(network, theta, inputs, p, canceled), p, canceled);
    }

    /** {@code count} random integer inputs (each gives one row of E·J per output). */
    private static long[][] integerInputs(PointEvaluation network, int count, long seed) {
        SplittableRandom random = new SplittableRandom(~seed);
        long[][] points = new long[count][network.inputCount()];
        for (long[] x : points) {
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextLong(-BOUND, BOUND + 1);
            }
        }
        return points;
    }

    /** Real inputs on the unit sphere, where monomials of any degree stay of order one. */
    private static double[][] sphereInputs(PointEvaluation network, int count, long seed) {
        Random random = new Random(~seed);
        double[][] points = new double[count][network.inputCount()];
        for (double[] x : points) {
            double norm = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian();
                norm += x[i] * x[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < x.length; i++) {
                x[i] /= norm;
            }
        }
        return points;
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
