// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * Whether equations F found for a neuromanifold M of codimension ≥ 2 in its span cut out M as
 * the only top-dimensional component of V(F) (docs/MATHEMATICS.md §6.2). F vanishes on M, so M is a
 * component of V(F) as soon as dim V(F) = dim M; it is the only one of that dimension, and V(F) is
 * reduced along it, exactly when the degree of V(F) (the Hilbert polynomial of the ideal of F,
 * counted with multiplicity) equals deg M.
 * <p>
 * deg M is counted on a chart t ↦ c(t) of M with finite generic fibres ({@link CoordinateSliceChart}):
 * a random affine space L of codimension dim M meets M in deg M points, each the image of as many
 * chart points as a generic fibre has, so deg M = #(chart points on L) / #(chart points over c(t₀))
 * for a random integer t₀. All three numbers are exact counts modulo each prime, and the primes must
 * agree. Lower-dimensional components of V(F) are not excluded; the ED count does not need them
 * excluded (for generic data they carry no critical point, §6.2).
 */
public final class TopComponentCheck {

    /** Range of the random integer coefficients of L and of t₀. */
    private static final int RANGE = 9;

    private TopComponentCheck() {
    }

    /**
     * What the counts modulo one prime gave.
     *
     * @param varietyDimension
     *            dim V(F)
     * @param varietyDegree
     *            the degree of the top-dimensional part of V(F), with multiplicity
     * @param onSlice
     *            the distinct chart points on L, -1 when they are not finitely many
     * @param fiber
     *            the distinct chart points over c(t₀), -1 when they are not finitely many
     * @param prime
     *            the prime
     */
    public record Count(int varietyDimension, long varietyDegree, long onSlice, long fiber, long prime) {

        /** @return deg M, or -1 when the chart counts do not give it */
        public long degreeOfM() {
            return onSlice > 0 && fiber > 0 && onSlice % fiber == 0 ? onSlice / fiber : -1;
        }

        boolean sameAs(Count other) {
            return varietyDimension == other.varietyDimension && varietyDegree == other.varietyDegree
                    && onSlice == other.onSlice && fiber == other.fiber;
        }
    }

    /**
     * The verdict over all primes.
     *
     * @param dimension
     *            dim M
     * @param counts
     *            one per prime
     * @param proven
     *            whether M is the only top-dimensional component of V(F), reduced
     * @param account
     *            the numbers and the conclusion, one sentence for the notes
     */
    public record Verdict(int dimension, List<Count> counts, boolean proven, String account) {
    }

    /**
     * @param counter
     *            the exact counter
     * @param parametrization
     *            the map θ ↦ c(θ) whose image closure is M
     * @param equations
     *            F in the chart coordinates y, the ambient coordinates at {@code pivots}
     * @param pivots
     *            the ambient coordinates that are the chart coordinates of the span
     * @param dimension
     *            dim M
     * @param primes
     *            the primes to count modulo (at least two for a proof)
     * @param seed
     *            the seed of L, t₀ and the chart
     * @param monitor
     *            progress and cancellation
     * @return the verdict
     * @throws IllegalArgumentException
     *             when a count is too large for the counter
     */
    public static Verdict check(SolutionCounter counter, Parametrization parametrization, List<Polynomial> equations,
            List<Integer> pivots, int dimension, long[] primes, long seed, ProgressMonitor monitor) {
        ParametricChart chart = CoordinateSliceChart.of(parametrization, seed);
        Polynomial[] c = chart.coefficients();
        List<Polynomial> y = new ArrayList<>();
        for (int pivot : pivots) {
            y.add(c[pivot]);
        }
        int unknowns = chart.unknownNames().size();
        SplittableRandom random = new SplittableRandom(seed);
        List<Polynomial> slice = randomAffineSpace(y, dimension, unknowns, random);
        List<Polynomial> fiber = fiberAt(y, unknowns, random);
        List<Count> counts = new ArrayList<>();
        for (long prime : primes) {
            CountResult variety = counter.count(equations, pivots.size(), List.of(), prime, seed, monitor);
            CountResult onSlice = counter.count(slice, unknowns, List.of(), prime, seed, monitor);
            CountResult over = counter.count(fiber, unknowns, List.of(), prime, seed, monitor);
            counts.add(new Count(variety.dimension(), variety.degree(), finite(onSlice), finite(over), prime));
        }
        return verdict(dimension, counts);
    }

    private static long finite(CountResult count) {
        return count.dimension() == 0 ? count.distinctSolutions() : -1;
    }

    static Verdict verdict(int dimension, List<Count> counts) {
        Count first = counts.get(0);
        boolean primesAgree = counts.size() >= 2 && counts.stream().allMatch(first::sameAs);
        long degree = first.degreeOfM();
        String numbers = String.format("V(F) has dimension %d and degree %d; M has degree %s (%d chart points on a " //$NON-NLS-1$
                + "random affine space of codimension %d over %d in a generic fibre of the chart)", //$NON-NLS-1$
                first.varietyDimension(), first.varietyDegree(), degree < 0 ? "?" : Long.toString(degree), //$NON-NLS-1$
                first.onSlice(), dimension, first.fiber());
        String primes = counts.stream().map(count -> Long.toString(count.prime())).reduce((a, b) -> a + " and " + b) //$NON-NLS-1$
                .orElse(""); //$NON-NLS-1$
        if (!primesAgree) {
            return new Verdict(dimension, counts, false, numbers + ", modulo " + primes //$NON-NLS-1$
                    + (counts.size() < 2 ? "" : ", which disagree") //$NON-NLS-1$ //$NON-NLS-2$
                    + ": that M is the only top-dimensional component of V(F) is not proven"); //$NON-NLS-1$
        }
        boolean proven = first.varietyDimension() == dimension && degree > 0 && first.varietyDegree() == degree;
        return new Verdict(dimension, counts, proven, numbers + ", exactly modulo " + primes + (proven //$NON-NLS-1$
                ? ": M is the only top-dimensional component of V(F), and V(F) is reduced along it" //$NON-NLS-1$
                : ": V(F) has other components of the top dimension, or the counts do not give deg M")); //$NON-NLS-1$
    }

    /** dim M random affine equations Σ a_ij y_j(t) = b_i with small integer coefficients. */
    private static List<Polynomial> randomAffineSpace(List<Polynomial> y, int dimension, int unknowns,
            SplittableRandom random) {
        List<Polynomial> equations = new ArrayList<>();
        for (int i = 0; i < dimension; i++) {
            Polynomial equation = Polynomial.constant(unknowns, Rational.of(random.nextInt(-RANGE, RANGE + 1)));
            for (Polynomial coordinate : y) {
                equation = equation.add(coordinate.scale(Rational.of(random.nextInt(-RANGE, RANGE + 1))));
            }
            equations.add(equation);
        }
        return equations;
    }

    /** y(t) = y(t₀) at a random non-zero small integer t₀: the chart's fibre through a random point. */
    private static List<Polynomial> fiberAt(List<Polynomial> y, int unknowns, SplittableRandom random) {
        Rational[] t0 = new Rational[unknowns];
        for (int i = 0; i < unknowns; i++) {
            int value = random.nextInt(1, RANGE + 1);
            t0[i] = Rational.of(random.nextBoolean() ? value : -value);
        }
        List<Polynomial> equations = new ArrayList<>();
        for (Polynomial coordinate : y) {
            equations.add(coordinate.sub(Polynomial.constant(unknowns, coordinate.evaluate(t0))));
        }
        return equations;
    }
}
