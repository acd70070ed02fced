// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.implicit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.LongFunction;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.linear.RationalReconstruction;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * Finds the equations of degree ≤ e of a neuromanifold by exact
 * interpolation (docs/MATHEMATICS.md §8).
 * <p>
 * <b>Method.</b> Sample points c_{f_θ} at random integer θ, evaluate all
 * monomials of degree e (exactly e when M is a cone, at most e otherwise) at
 * them modulo a prime p and take the kernel of that matrix: these are the
 * coefficient vectors of the degree-e equations mod p (with more samples
 * than monomials, a vector in the kernel vanishes on M with high
 * probability; a spurious one is caught by the verification). The kernel
 * is taken in reduced echelon form, which is unique, so its entries are
 * reductions of the rational echelon form and can be lifted by rational
 * reconstruction, mod p or, when that fails, mod p·q after Chinese
 * remaindering with a second prime q. Every lifted equation is verified
 * exactly over Q at fresh random points of M.
 * <p>
 * Degree 1 comes first: the linear equations say which coordinates depend
 * linearly on others, and the higher degrees are searched only in a maximal
 * set of independent ("chart") coordinates, which keeps the number of
 * monomials small when M spans a small linear subspace. In each degree only
 * new generators are kept: kernel vectors outside the span of the monomial
 * multiples of the lower degree equations.
 * <p>
 * <b>Blocks.</b> The weighted scalings of the parameters grade the ideal of M
 * ({@link Grading}); the monomials of one degree fall into blocks of equal
 * multidegree, and each block is interpolated on its own. The largest block,
 * not the number of monomials of the degree, bounds the matrix size: for the
 * forms computed by a network the input scalings alone divide it by roughly
 * the number of multidegrees.
 * <p>
 * <b>Cone test.</b> M is a cone iff c_{f_θ} lies in the tangent space at θ,
 * i.e. rank J = rank [J | c] at a generic θ (computed mod p).
 */
public final class Implicitization {

    /** The primes: the first is always used, the second for Chinese remaindering. */
    static final long[] PRIMES = { ModP.PRIME_1, ModP.PRIME_2 };

    /** Monomials of one degree listed to sort them into blocks: beyond this even the list is too large. */
    public static final long ENUMERATED_MONOMIALS = 2_000_000;

    private static final int EXTRA_SAMPLES = 10;
    private static final long SAMPLE_BOUND = 1L << 30;
    private static final int VERIFY_POINTS = 3;
    private static final int VERIFY_BOUND = 20;

    private final Parametrization parametrization;
    private final long seed;
    private final int ambient;
    private final SplittableRandom sampler;
    private final List<long[]> samples = new ArrayList<>();
    private final List<Long> primesUsed = new ArrayList<>();
    private final Map<Long, List<long[]>> sampleValues = new HashMap<>();
    private Grading grading;

    private Implicitization(Parametrization parametrization, long seed) {
        this.parametrization = parametrization;
        this.seed = seed;
        this.ambient = parametrization.ambientDimension();
        this.sampler = new SplittableRandom(seed);
    }

    /**
     * @param parametrization
     *            the map θ ↦ c_{f_θ}
     * @param maxDegree
     *            e ≥ 1
     * @param maxMonomials
     *            the largest number of monomials (matrix columns) allowed in
     *            one block of one degree
     * @param preferredChart
     *            coordinates (indices) to use as chart coordinates first, in
     *            this order, when they are independent on M; the equations
     *            are then written in them (may be empty)
     * @param seed
     *            seed of the sample points
     * @param monitor
     *            progress (one unit per degree) and cancellation
     * @return the equations
     * @throws IllegalArgumentException
     *             if a block needs more than maxMonomials monomials
     * @throws ArithmeticException
     *             if an equation cannot be lifted to Q with two primes
     * @throws CancellationException
     *             if the monitor was canceled
     */
    public static ImplicitEquations compute(Parametrization parametrization, int maxDegree, long maxMonomials,
            List<Integer> preferredChart, long seed, ProgressMonitor monitor) {
        if (maxDegree < 1) {
            throw new IllegalArgumentException("the degree must be at least 1, not " + maxDegree); //$NON-NLS-1$
        }
        return new Implicitization(parametrization, seed).run(maxDegree, maxMonomials, preferredChart, monitor);
    }

    /**
     * The size of the largest interpolation {@link #compute} would set up, found without
     * interpolating: the chart, the gradings and the blocks of each degree.
     *
     * @return the number of monomials of the largest block of the degrees 2..maxDegree
     * @throws IllegalArgumentException
     *             if a degree has too many monomials even to list them
     */
    public static long largestBlock(Parametrization parametrization, int maxDegree, List<Integer> preferredChart,
            long seed) {
        Implicitization plan = new Implicitization(parametrization, seed);
        boolean cone = plan.isCone();
        List<Integer> chart = plan.chart(cone, preferredChart);
        plan.grading = Grading.of(parametrization, seed);
        long largest = 0;
        for (int e = 2; e <= maxDegree; e++) {
            for (List<Monomial> block : plan.blocks(plan.chartMonomials(chart, e, cone, ENUMERATED_MONOMIALS))) {
                largest = Math.max(largest, block.size());
            }
        }
        return largest;
    }

    private ImplicitEquations run(int maxDegree, long maxMonomials, List<Integer> preferredChart,
            ProgressMonitor monitor) {
        monitor.begin("Implicitization up to degree " + maxDegree, maxDegree + 1); //$NON-NLS-1$
        boolean cone = isCone();
        monitor.worked(1);
        checkSize(ambient + (cone ? 0 : 1), 1, maxMonomials);
        LinearPart linear = linearPart(cone, preferredChart);
        List<Integer> chart = linear.chart();
        grading = Grading.of(parametrization, seed);
        monitor.worked(1);
        List<Polynomial> equations = new ArrayList<>();
        int largest = 0;
        for (int e = 2; e <= maxDegree; e++) {
            Collection<List<Monomial>> blocks = blocks(chartMonomials(chart, e, cone, ENUMERATED_MONOMIALS));
            for (List<Monomial> block : blocks) {
                checkSize(block.size(), e, maxMonomials);
                largest = Math.max(largest, block.size());
            }
            Map<List<Long>, List<Polynomial>> multiples = multiples(equations, chart, e, cone);
            for (List<Monomial> block : blocks) {
                if (monitor.isCanceled()) {
                    throw new CancellationException("implicitization canceled"); //$NON-NLS-1$
                }
                List<Polynomial> known = multiples.getOrDefault(grading.degree(block.get(0)), List.of());
                equations.addAll(lift(prime -> newGenerators(block, known, prime), block));
            }
            monitor.worked(1);
        }
        int span = chart.size() + (cone ? 0 : 1);
        return new ImplicitEquations(cone, span, chart, linear.equations(), equations, maxDegree, primesUsed,
                VERIFY_POINTS, seed, grading.weights(), largest);
    }

    /** @return the monomials grouped by multidegree, blocks in the order of their first monomial */
    private Collection<List<Monomial>> blocks(List<Monomial> monomials) {
        Map<List<Long>, List<Monomial>> blocks = new LinkedHashMap<>();
        for (Monomial m : monomials) {
            blocks.computeIfAbsent(grading.degree(m), d -> new ArrayList<>()).add(m);
        }
        return blocks.values();
    }

    private record LinearPart(List<Integer> chart, List<Polynomial> equations) {
    }

    private boolean isCone() {
        long p = PRIMES[0];
        long[] theta = sampleParameters(new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L));
        long[][] jacobian = parametrization.jacobian(theta, p);
        long[] c = parametrization.evaluate(theta, p);
        long[][] extended = new long[ambient][];
        for (int r = 0; r < ambient; r++) {
            extended[r] = Arrays.copyOf(jacobian[r], jacobian[r].length + 1);
            extended[r][jacobian[r].length] = c[r];
        }
        return ModularMatrix.of(jacobian, p).rank() == ModularMatrix.of(extended, p).rank();
    }

    /**
     * Degree 1: columns are the constant 1 unless M is a cone, then the
     * preferred coordinates, then the others in order; the echelon form
     * makes the earliest independent columns the chart.
     */
    private LinearPart linearPart(boolean cone, List<Integer> preferredChart) {
        List<Integer> chart = chart(cone, preferredChart);
        List<Monomial> basis = linearBasis(cone, order(preferredChart));
        List<Polynomial> equations = lift(prime -> kernel(basis, prime), basis);
        return new LinearPart(chart, equations);
    }

    private List<Integer> chart(boolean cone, List<Integer> preferredChart) {
        List<Integer> order = order(preferredChart);
        List<Monomial> basis = linearBasis(cone, order);
        List<long[]> kernel = kernel(basis, PRIMES[0]);
        boolean[] dependent = new boolean[basis.size()];
        for (long[] v : kernel) {
            dependent[lastNonZero(v)] = true;
        }
        List<Integer> chart = new ArrayList<>();
        for (int i = 0; i < ambient; i++) {
            if (!dependent[i + (cone ? 0 : 1)]) {
                chart.add(order.get(i));
            }
        }
        return chart;
    }

    private List<Integer> order(List<Integer> preferredChart) {
        List<Integer> order = new ArrayList<>(new LinkedHashSet<>(preferredChart));
        for (int k = 0; k < ambient; k++) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        return order;
    }

    private List<Monomial> linearBasis(boolean cone, List<Integer> order) {
        List<Monomial> basis = new ArrayList<>();
        if (!cone) {
            basis.add(Monomial.one(ambient));
        }
        for (int k : order) {
            basis.add(Monomial.variable(ambient, k));
        }
        return basis;
    }

    /** The echelon kernel vector of a free column is zero after it: the free column is its last entry. */
    private static int lastNonZero(long[] v) {
        for (int k = v.length - 1; k >= 0; k--) {
            if (v[k] != 0) {
                return k;
            }
        }
        throw new IllegalStateException("zero kernel vector"); //$NON-NLS-1$
    }

    private List<Monomial> chartMonomials(List<Integer> chart, int degree, boolean cone, long maxMonomials) {
        int m = chart.size();
        if (m == 0) {
            return List.of();
        }
        checkSize(m, degree, maxMonomials, cone);
        Monomials local = cone ? Monomials.homogeneous(m, degree) : Monomials.upTo(m, degree);
        List<Monomial> basis = new ArrayList<>(local.size());
        for (Monomial mono : local) {
            int[] e = new int[ambient];
            for (int i = 0; i < m; i++) {
                e[chart.get(i)] = mono.exponent(i);
            }
            basis.add(Monomial.of(e));
        }
        return basis;
    }

    private static void checkSize(int variables, int degree, long maxMonomials, boolean cone) {
        checkSize(Monomials.count(variables, degree, cone).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue(),
                degree, maxMonomials);
    }

    private static void checkSize(long monomials, int degree, long maxMonomials) {
        if (monomials > maxMonomials) {
            throw new IllegalArgumentException("the equations of degree " + degree + " need " + monomials //$NON-NLS-1$ //$NON-NLS-2$
                    + " monomials (limit " + maxMonomials + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @return the multiples of the lower degree equations by monomials in the chart, of degree
     *         e, grouped by multidegree (each is homogeneous, as every equation found is)
     */
    private Map<List<Long>, List<Polynomial>> multiples(List<Polynomial> lower, List<Integer> chart, int degree,
            boolean cone) {
        Map<List<Long>, List<Polynomial>> multiples = new HashMap<>();
        for (Polynomial g : lower) {
            int gap = degree - g.degree();
            Monomials multipliers = cone ? Monomials.homogeneous(chart.size(), gap) : Monomials.upTo(chart.size(), gap);
            for (Monomial mu : multipliers) {
                int[] e = new int[ambient];
                for (int i = 0; i < chart.size(); i++) {
                    e[chart.get(i)] = mu.exponent(i);
                }
                Polynomial multiple = g.mul(Polynomial.monomial(Monomial.of(e), Rational.ONE));
                multiples.computeIfAbsent(grading.degree(multiple.terms().get(0).monomial()), d -> new ArrayList<>())
                        .add(multiple);
            }
        }
        return multiples;
    }

    /** The kernel vectors of one block that are not combinations of the multiples of lower equations. */
    private List<long[]> newGenerators(List<Monomial> basis, List<Polynomial> multiples, long prime) {
        Map<Monomial, Integer> index = new HashMap<>();
        for (int i = 0; i < basis.size(); i++) {
            index.put(basis.get(i), i);
        }
        ModularSpan span = new ModularSpan(prime);
        for (Polynomial multiple : multiples) {
            span.add(vector(multiple, index, prime));
        }
        List<long[]> result = new ArrayList<>();
        for (long[] v : kernel(basis, prime)) {
            if (span.add(v)) {
                result.add(v);
            }
        }
        return result;
    }

    private static long[] vector(Polynomial p, Map<Monomial, Integer> index, long prime) {
        long[] v = new long[index.size()];
        for (Polynomial.Term term : p.terms()) {
            v[index.get(term.monomial())] = term.coefficient().modP(prime);
        }
        return v;
    }

    /** The echelon kernel of the matrix (monomial values at the sample points), mod prime. */
    private List<long[]> kernel(List<Monomial> basis, long prime) {
        int rows = basis.size() + EXTRA_SAMPLES;
        List<long[]> values = sampleValues(rows, prime);
        long[][] matrix = new long[rows][basis.size()];
        for (int r = 0; r < rows; r++) {
            long[] c = values.get(r);
            for (int j = 0; j < basis.size(); j++) {
                matrix[r][j] = evaluate(basis.get(j), c, prime);
            }
        }
        return ModularMatrix.of(matrix, prime).kernelBasis();
    }

    private static long evaluate(Monomial m, long[] point, long prime) {
        long value = 1;
        for (int k = 0; k < point.length; k++) {
            int e = m.exponent(k);
            if (e > 0) {
                value = ModP.mul(value, ModP.pow(point[k], e, prime), prime);
            }
        }
        return value;
    }

    /** @return c(θ) mod prime at the first count samples, computed once and shared by all blocks */
    private List<long[]> sampleValues(int count, long prime) {
        while (samples.size() < count) {
            samples.add(sampleParameters(sampler));
        }
        List<long[]> values = sampleValues.computeIfAbsent(prime, q -> new ArrayList<>());
        while (values.size() < count) {
            values.add(parametrization.evaluate(samples.get(values.size()), prime));
        }
        return values;
    }

    private long[] sampleParameters(SplittableRandom random) {
        long[] theta = new long[parametrization.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextLong(-SAMPLE_BOUND, SAMPLE_BOUND + 1);
        }
        return theta;
    }

    /** Lifts kernel vectors to Q: one prime if that verifies, else two with Chinese remaindering. */
    private List<Polynomial> lift(LongFunction<List<long[]>> vectorsModPrime,
            List<Monomial> basis) {
        List<long[]> first = vectorsModPrime.apply(PRIMES[0]);
        record(PRIMES[0]);
        if (first.isEmpty()) {
            return List.of();
        }
        BigInteger p = BigInteger.valueOf(PRIMES[0]);
        List<Polynomial> lifted = reconstruct(first, p, basis);
        if (lifted != null && verified(lifted)) {
            return lifted;
        }
        List<long[]> second = vectorsModPrime.apply(PRIMES[1]);
        record(PRIMES[1]);
        if (second.size() != first.size()) {
            throw new ArithmeticException("the kernels modulo " + PRIMES[0] + " and " + PRIMES[1] //$NON-NLS-1$ //$NON-NLS-2$
                    + " differ in size: a sample point or a prime is not generic; try another seed"); //$NON-NLS-1$
        }
        BigInteger q = BigInteger.valueOf(PRIMES[1]);
        List<BigInteger[]> combined = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            BigInteger[] v = new BigInteger[basis.size()];
            for (int j = 0; j < v.length; j++) {
                v[j] = RationalReconstruction.combine(
                        BigInteger.valueOf(first.get(i)[j]), p, BigInteger.valueOf(second.get(i)[j]), q);
            }
            combined.add(v);
        }
        lifted = reconstructBig(combined, p.multiply(q), basis);
        if (lifted == null || !verified(lifted)) {
            throw new ArithmeticException("equations could not be lifted to Q with two primes (coefficients too large)"); //$NON-NLS-1$
        }
        return lifted;
    }

    private void record(long prime) {
        if (!primesUsed.contains(prime)) {
            primesUsed.add(prime);
        }
    }

    private List<Polynomial> reconstruct(List<long[]> vectors, BigInteger modulus, List<Monomial> basis) {
        List<BigInteger[]> big = new ArrayList<>();
        for (long[] v : vectors) {
            BigInteger[] b = new BigInteger[v.length];
            for (int j = 0; j < v.length; j++) {
                b[j] = BigInteger.valueOf(v[j]);
            }
            big.add(b);
        }
        return reconstructBig(big, modulus, basis);
    }

    private List<Polynomial> reconstructBig(List<BigInteger[]> vectors, BigInteger modulus, List<Monomial> basis) {
        List<Polynomial> result = new ArrayList<>();
        for (BigInteger[] v : vectors) {
            Rational[] coefficients = new Rational[v.length];
            for (int j = 0; j < v.length; j++) {
                coefficients[j] = RationalReconstruction.reconstruct(v[j], modulus);
                if (coefficients[j] == null) {
                    return null;
                }
            }
            result.add(IntegerPolynomials.primitive(basis, coefficients));
        }
        return result;
    }

    /** Every equation vanishes exactly at fresh rational points of M. */
    private boolean verified(List<Polynomial> equations) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int k = 0; k < VERIFY_POINTS; k++) {
            Rational[] theta = new Rational[parametrization.parameterCount()];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = Rational.of(random.nextLong(-VERIFY_BOUND, VERIFY_BOUND + 1));
            }
            Rational[] point = parametrization.evaluate(theta);
            for (Polynomial f : equations) {
                if (!f.evaluate(point).isZero()) {
                    return false;
                }
            }
        }
        return true;
    }
}
