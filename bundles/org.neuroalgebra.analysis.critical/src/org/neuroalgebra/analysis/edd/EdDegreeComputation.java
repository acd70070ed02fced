// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ParameterHomotopySolver;

/**
 * Computes the critical points of the squared distance
 * {@code (x − u)ᵀ Q (x − u)} on a variety {@code V(F_1..F_m) ⊂ C^n} of
 * codimension c (docs/MATHEMATICS.md §6).
 * <p>
 * Method: the Lagrange system ({@link LagrangeSystem}) is solved by
 * monodromy over the data u, started from a planted solution (a random point
 * of V from a random slice, random multipliers, and the data that makes them
 * critical, see {@link StartPoints}); the complete set is then moved to the
 * requested data by one parameter homotopy. A total-degree homotopy would
 * track far more paths (4·4⁶ for the quartic of §6). Solutions on the
 * singular locus (rank J_F &lt; c) and, for non-complete intersections, off
 * V(F) are removed and counted.
 * <p>
 * Degenerate Q with kernel K (k = dim K ≥ 1) on a hypersurface: the
 * zero-loss set (u + K) ∩ V is computed separately by restricting F to u + K
 * (its dimension is k − 1, checked by the gradient rank at a sample point, its
 * degree by slicing with k − 1 random hyperplanes), and the critical points
 * with non-zero multiplier by monodromy on the system with λt = 1, started on
 * the ramification locus {F = 0, Kᵀ∇F = 0}. When the Lagrange system is not
 * zero-dimensional at the start point (Jacobian rank below the number of
 * unknowns), that part is reported as a component of that local dimension
 * with unknown degree.
 * <p>
 * Degenerate Q on a variety of codimension c &gt; 1: the zero-loss set (u + K) ∩ V has dimension
 * k − c (empty for k &lt; c, points for k = c); the other critical points have a multiplier λ ≠ 0
 * with J_Gᵀλ ⊥ K, which for k ≥ c needs x on the locus where J_G K drops rank. They are found by
 * monodromy on the Lagrange system started at planted points there
 * ({@link StartPoints#onDegenerate}); when the Lagrange system is not zero-dimensional at a
 * start, its curves are split as for hypersurfaces.
 * <p>
 * Every count is numerical; {@link EdDegreeResult#certified()} is false until
 * every critical point is certified and exact counts modulo two primes of
 * {@link LagrangeSystem#equationsAt} agree with their number
 * (docs/CERTIFICATES.md; {@link EddAnalysis}).
 */
public final class EdDegreeComputation {


    private final ParameterHomotopySolver solver;

    /**
     * @param solver
     *            the numerical solver (homotopy continuation)
     */
    public EdDegreeComputation(ParameterHomotopySolver solver) {
        this.solver = solver;
    }

    /**
     * @param equations
     *            F_1..F_m in n variables
     * @param codimension
     *            the codimension c of V(F), 1 ≤ c &lt; n, c ≤ m
     * @param metric
     *            Q, positive definite or positive semidefinite
     * @param data
     *            the data point u (real), or null for a random Gaussian one
     *            from the seed
     * @param seed
     *            seed of every random choice
     * @param monitor
     *            progress and cancellation
     * @return the critical set
     * @throws java.util.concurrent.CancellationException
     *             when the monitor is canceled (checked between stages; a
     *             canceled solver stage returns early)
     */
    public EdDegreeResult compute(List<Polynomial> equations, int codimension, Metric metric, double[] data,
            long seed, ProgressMonitor monitor) {
        return compute(equations, codimension, metric, data, seed, null, monitor);
    }

    /**
     * As {@link #compute(List, int, Metric, double[], long, ProgressMonitor)}, with the exact count of the
     * critical points at the data, made before the homotopy when Q is positive definite: the monodromy stops as
     * soon as it has that many solutions, instead of running trace tests, and no further start is tried once
     * that many points are found at the data.
     *
     * @param count
     *            the exact count of the same Lagrange system, or null
     */
    EdDegreeResult compute(List<Polynomial> equations, int codimension, Metric metric, double[] data, long seed,
            LagrangeCount count, ProgressMonitor monitor) {
        long start = System.nanoTime();
        int n = equations.get(0).variableCount();
        int k = metric.kernelDimension();
        SplittableRandom random = new SplittableRandom(seed);
        double[] u = data != null ? data.clone() : gaussian(n, random);
        if (u.length != n) {
            throw new IllegalArgumentException("data has " + u.length + " coordinates, expected " + n); //$NON-NLS-1$ //$NON-NLS-2$
        }
        CriticalSetSearch run = new CriticalSetSearch(solver, equations, codimension, metric, u, seed, random,
                monitor);
        monitor.begin("ED degree", -1); //$NON-NLS-1$
        if (k == 0) {
            LagrangeSystem system = LagrangeSystem.of(equations, codimension, metric, false, seed);
            // the critical points at u are exactly the solutions the count counts: off the singular locus, on V
            long expected = count == null ? -1 : count.expected(u, monitor);
            checkCanceled(monitor);
            List<Complex[]> candidates = run.sampler().slice(equations, codimension, random);
            checkCanceled(monitor);
            run.isolated(system, new StartPoints(metric, random).onVariety(system, candidates), CriticalSetSearch.CRITICAL,
                    expected);
        } else if (codimension > 1) {
            run.zeroLossOfCodimension();
            checkCanceled(monitor);
            LagrangeSystem system = LagrangeSystem.of(equations, codimension, metric, false, seed);
            // k < c: every point of V admits a multiplier; k ≥ c: only the locus where J_G K drops rank
            List<Polynomial> locus = new java.util.ArrayList<>(equations);
            locus.addAll(StartPoints.rankDropEquations(system.squareEquations(), metric.kernel()));
            int locusCodimension = k < codimension ? codimension : k + 1;
            List<Complex[]> candidates = onAll(locus, run.sampler()
                    .slice(combinations(locus, locusCodimension, random), locusCodimension, random));
            StartPoints planter = new StartPoints(metric, random);
            List<StartPoint> starts = planter.onDegenerate(system, candidates);
            if (starts.isEmpty() && k >= codimension) {
                starts = onLowerRank(run, system, equations, metric, planter, random, monitor);
            }
            checkCanceled(monitor);
            run.isolated(system, starts, CriticalSetSearch.RAMIFICATION, -1);
        } else {
            run.zeroLoss();
            checkCanceled(monitor);
            LagrangeSystem system = LagrangeSystem.of(equations, 1, metric, true, seed);
            List<Polynomial> locus = StartPoints.ramificationEquations(system.squareEquations().get(0),
                    metric.kernel());
            StartPoints planter = new StartPoints(metric, random);
            List<StartPoint> starts = planter.onRamificationLocus(system, run.sampler().slice(locus, k + 1, random));
            // a special Q (e.g. from data) can make the locus larger than n − 1 − k and carry curves of
            // critical points (CurveComponents splits them): smaller slices meet it
            for (int slice = k; starts.isEmpty() && slice >= 1; slice--) {
                checkCanceled(monitor);
                starts = planter.onRamificationLocus(system, onAll(locus,
                        run.sampler().slice(combinations(locus, slice, random), slice, random)))
                        .stream().filter(s -> CriticalSetSearch.localDimension(system, s) == 1).toList();
            }
            checkCanceled(monitor);
            run.isolated(system, starts, CriticalSetSearch.RAMIFICATION, -1);
        }
        checkCanceled(monitor);
        return run.result((System.nanoTime() - start) * 1e-9);
    }

    /**
     * Start points where J_G K has rank ≤ c − 2. There the c × c minors vanish to higher order, so
     * their slices above meet such a locus only in singular points and miss it (e.g. J_G K
     * vanishing identically along a line of V); the smaller minors cut it out reduced. Its
     * dimension is not known beforehand: each dimension below dim V is sliced, largest first.
     */
    private static List<StartPoint> onLowerRank(CriticalSetSearch run, LagrangeSystem system,
            List<Polynomial> equations, Metric metric, StartPoints planter, SplittableRandom random,
            ProgressMonitor monitor) {
        int n = system.ambientDimension();
        int codimension = system.codimension();
        for (int rank = codimension - 2; rank >= 0; rank--) {
            List<Polynomial> locus = new java.util.ArrayList<>(equations);
            locus.addAll(StartPoints.rankAtMostEquations(system.squareEquations(), metric.kernel(), rank));
            for (int dimension = n - codimension - 1; dimension >= 0; dimension--) {
                checkCanceled(monitor);
                int sliceDimension = n - dimension;
                List<StartPoint> starts = planter.onDegenerate(system, onAll(locus,
                        run.sampler().slice(combinations(locus, sliceDimension, random), sliceDimension, random)));
                if (!starts.isEmpty()) {
                    return starts;
                }
            }
        }
        return List.of();
    }

    /** @return count random rational combinations of the equations (all of them when there are not more) */
    private static List<Polynomial> combinations(List<Polynomial> equations, int count, SplittableRandom random) {
        if (equations.size() <= count) {
            return equations;
        }
        List<Polynomial> result = new java.util.ArrayList<>();
        for (int c = 0; c < count; c++) {
            Polynomial g = Polynomial.zero(equations.get(0).variableCount());
            for (Polynomial f : equations) {
                g = g.add(f.scale(VarietySampler.smallRational(random)));
            }
            result.add(g);
        }
        return result;
    }

    /** @return the points at which every equation vanishes (relative to the size of its terms) */
    private static List<Complex[]> onAll(List<Polynomial> equations, List<Complex[]> points) {
        return points.stream().filter(x -> equations.stream().allMatch(
                f -> ComplexPolynomials.evaluate(f, x).abs() <= 1e-8 * Math.max(1, ComplexPolynomials.size(f, x))))
                .toList();
    }

    private static void checkCanceled(ProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new CancellationException("ED degree computation canceled"); //$NON-NLS-1$
        }
    }

    private static double[] gaussian(int n, SplittableRandom random) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = random.nextGaussian();
        }
        return u;
    }


}
