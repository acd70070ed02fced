// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.numerical.ComplexKernel;
import org.neuroalgebra.algebra.numerical.ComplexRank;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.analysis.edd.EddAnalysis.CrossCheck;
import org.neuroalgebra.analysis.internal.GaugeChart;
import org.neuroalgebra.analysis.internal.ParametricChart;

/**
 * The parametric formulation of the ED problem for a polynomial MLP μ (docs/MATHEMATICS.md §6): the critical
 * points of θ ↦ ‖μ(θ) − u‖²_Q, i.e. J_μ(θ)ᵀ Q (μ(θ) − u) = 0, with the scaling symmetries fixed
 * by random linear normalizations ({@link NormalizedChart}, {@link CriticalEquations}); for other
 * architectures in a chart of dim M parameters ({@link GaugeChart}, which fixes the other parameters).
 * <p>
 * Method with an exact counter (docs/MATHEMATICS.md §6.9): the critical parameter points at the data are
 * counted modulo two primes before any path is tracked, all of them and the pure ones alone (saturated by a
 * {@link RankDropWitness}); one generic plant is populated by {@link PlantedMonodromy} until the pure count,
 * and only when the full count is not reached are the strata below planted, each until its loops stall.
 * <p>
 * Method without a finite count: the incidence variety {(t, u) : G(t; u) = 0} has several components that map onto
 * the data space, and monodromy never leaves the component it starts on. So a critical point is
 * planted on each kind of component: a generic t0 with u0 = c(t0) − w, w random in
 * ker J_c(t0)ᵀQ (the pure component); the same with w ∈ ker Q (the zero-loss set, for a
 * degenerate Q); and t0 with the outgoing weights of one hidden neuron, then of a whole hidden
 * layer, set to zero (where J_μ drops rank: spurious critical points, Trager–Kohn–Bruna). Each
 * plant is populated by monodromy over u and carried to the data u by a parameter homotopy;
 * because failed loop paths lose points, several generic plants are looped and more are tracked
 * to the data singly. Endpoints are refined by Newton's method on G(·; u); those where it does
 * not converge to a regular solution are not counted (a note says how many). A plant where ∂G/∂t is rank deficient lies on a positive-dimensional critical set (e.g. the
 * zero-loss set of a degenerate Q with k ≥ n − dim M): it is reported as a component of that
 * local dimension instead of being counted. Spurious components other than these strata are
 * not searched for.
 * <p>
 * Endpoints are mapped to their images c(t) and counted as distinct images; an image is pure
 * when some critical t over it has rank J_c(t) = dim M (the normalization keeps the rank, see
 * {@link CriticalEquations}). The generic fibre must be finite after the normalization (for σ a
 * monomial the scalings are fixed, other σ have none); any number of outputs is accepted.
 * <p>
 * Limitation: for a degenerate Q the critical points on the ramification locus of the
 * projection along ker Q are multiple solutions of G and may be missed (the implicit
 * {@link EdDegreeComputation} counts them); the result says so in a note.
 */
public final class ParametricEdComputation {

    private static final double SAME_IMAGE = 1e-6;
    private static final double REAL_TOLERANCE = 1e-8;

    /**
     * Generic plants populated by monodromy, each run with its own loops: loops whose paths fail
     * lose points (with Bombieri–Weyl, c = U(a, b)/(a² + b²)^D blows up near the isotropic
     * directions, and a whole run can stay at its start point).
     */
    private static final int LOOPED_PLANTS = 3;

    /** Further generic plants tracked to the data on their own: each lands on a random critical point. */
    private static final int SINGLE_PATH_PLANTS = 12;

    /** Loops per monodromy run: a run whose loops keep failing is cut short, the other plants make up for it. */
    private static final int MAX_LOOPS = 30;

    /** Steps per monodromy path: a loop path that needs more is cheaper to drop than to finish. */
    private static final int LOOP_STEPS = 2000;

    /** Mixed into the seed of the random combination L of the rank-drop witness, so that L is not the plants' draw. */
    private static final long RANK_DROP_SEED = 0x5eed_d17eL;

    private final ParameterHomotopySolver solver;

    private final SolutionCounter counter;

    /**
     * @param solver
     *            the numerical solver (homotopy continuation)
     */
    public ParametricEdComputation(ParameterHomotopySolver solver) {
        this(solver, null);
    }

    /**
     * @param solver
     *            the numerical solver (homotopy continuation)
     * @param counter
     *            the exact counter whose count of critical parameter points at the data ends the monodromy, or
     *            null
     */
    ParametricEdComputation(ParameterHomotopySolver solver, SolutionCounter counter) {
        this.solver = solver;
        this.counter = counter;
    }

    /** The result and the exact count of critical parameter points behind it ({@code agrees} set). */
    record Outcome(ParametricEdResult result, CrossCheck count) {
    }

    /**
     * @param mlp
     *            the network μ
     * @param metric
     *            Q on the coefficient space V, positive (semi)definite
     * @param data
     *            u ∈ R^n, or null for a Gaussian point from the seed
     * @param seed
     *            the seed of every random choice
     * @param monitor
     *            progress and cancellation
     * @return the distinct critical images, pure and spurious
     * @throws IllegalArgumentException
     *             if the normalized parametrization still has positive-dimensional generic fibres
     * @throws CancellationException
     *             when the monitor is canceled
     */
    public ParametricEdResult compute(MlpParametrization mlp, Metric metric, double[] data, long seed,
            ProgressMonitor monitor) {
        return compute(NormalizedChart.of(mlp, seed), metric, data, seed, monitor).result();
    }

    /**
     * As {@link #compute(MlpParametrization, Metric, double[], long, ProgressMonitor)} for any
     * architecture, in a chart that fixes its symmetries ({@link GaugeChart}, else a coordinate slice
     * transversal to the fibres).
     */
    public ParametricEdResult compute(Parametrization parametrization, Metric metric, double[] data, long seed,
            ProgressMonitor monitor) {
        return compute(GaugeChart.of(parametrization, seed), metric, data, seed, monitor).result();
    }

    Outcome compute(ParametricChart chart, Metric metric, double[] data, long seed, ProgressMonitor monitor) {
        long start = System.nanoTime();
        int fibre = chart.remainingFiberDimension(seed);
        if (fibre > 0) {
            throw new IllegalArgumentException("the parametrization has " + fibre //$NON-NLS-1$
                    + "-dimensional generic fibres in " + chart.description() //$NON-NLS-1$
                    + "; the parametric ED count needs finite fibres"); //$NON-NLS-1$
        }
        CriticalEquations equations = new CriticalEquations(chart.coefficients(), chart.unknownNames(), metric);
        int m = equations.unknowns();
        SplittableRandom random = new SplittableRandom(seed);
        double[] u = data != null ? data.clone() : gaussian(equations.ambient(), random);
        if (u.length != equations.ambient()) {
            throw new IllegalArgumentException("data has " + u.length + " coordinates, expected " + equations.ambient()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        monitor.begin("parametric ED degree", -1); //$NON-NLS-1$
        // the exact counts of critical parameter points come first: they are the stopping rules of the monodromy
        List<Polynomial> exact = counter == null ? List.of() : equations.equationsAt(CriticalPointCertification.exact(u));
        CrossCheck count = ExactCriticalCount.of(counter, exact, m, List.of(), seed, monitor);
        long expected = ExactCriticalCount.expected(count);
        long expectedPure = expected >= 0 ? pureCount(chart, exact, m, seed, monitor) : -1;
        checkCanceled(monitor);
        SolverOptions options = SolverOptions.builder().seed(seed)
                .threads(Math.min(4, Runtime.getRuntime().availableProcessors())).build();
        Complex[] target = Complex.real(u);
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        List<Component> components = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Complex[]> endpoints = new ArrayList<>();
        List<Plant> plants = plants(chart, equations, metric, random, expected < 0);
        String method;
        int singular;
        if (expected >= 0) {
            Counted counted = counted(equations, plants, target, expected, expectedPure, options, random, monitor);
            endpoints = counted.endpoints();
            singular = counted.singular();
            merge(failures, counted.failures());
            method = "J_c(t)^T Q (c(t) - u) = 0 in " + m + " unknowns, " + chart.description() //$NON-NLS-1$ //$NON-NLS-2$
                    + ": " + endpoints.size() + " of the " + expected + " critical parameter points of the exact count" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (expectedPure >= 0 ? ", " + expectedPure + " of them where J_c has full rank (the count saturated by " //$NON-NLS-1$ //$NON-NLS-2$
                            + "det(L J_c) for a random integer L)" : "") //$NON-NLS-1$ //$NON-NLS-2$
                    + ", after monodromy over u from " + counted.from() + "; Newton-refined endpoints, distinct images " //$NON-NLS-1$ //$NON-NLS-2$
                    + "classified by rank J_mu"; //$NON-NLS-1$
        } else {
            singular = uncounted(equations, plants, target, options, seed, failures, components, endpoints, monitor);
            method = "J_c(t)^T Q (c(t) - u) = 0 in " + m + " unknowns, " + chart.description() //$NON-NLS-1$ //$NON-NLS-2$
                    + ": monodromy over u from " //$NON-NLS-1$
                    + LOOPED_PLANTS + " generic and the zero-loss and dead-neuron planted critical points, " + SINGLE_PATH_PLANTS //$NON-NLS-1$
                    + " more generic plants tracked singly, parameter homotopies to the data, Newton-refined endpoints, " //$NON-NLS-1$
                    + "distinct images classified by rank J_mu" //$NON-NLS-1$
                    + (count.notRun() != null ? "" : "; no finite exact count to stop at (" + countText(count) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        checkCanceled(monitor);
        int dimension = m - fibre;
        List<ParametricCriticalPoint> points = images(chart, equations, endpoints, u, dimension);
        if (singular > 0) {
            notes.add(singular + " endpoints at the data were not counted: Newton's method does not converge to a regular " //$NON-NLS-1$
                    + "solution there (a positive-dimensional part of the critical set, a multiple point, or a bad path)"); //$NON-NLS-1$
        }
        if (metric.kernelDimension() > 0) {
            notes.add("degenerate Q: critical points on the ramification locus of the projection along ker Q are " //$NON-NLS-1$
                    + "multiple solutions of the parametric equations and may be missing; the implicit formulation " //$NON-NLS-1$
                    + "counts them"); //$NON-NLS-1$
        }
        if (!components.isEmpty()) {
            notes.add("the critical set has positive-dimensional parts: the counts are of its isolated points only"); //$NON-NLS-1$
        }
        long pureFound = points.stream().filter(ParametricCriticalPoint::pure).mapToLong(ParametricCriticalPoint::preimages).sum();
        notes.add(ParametricEdResult.NUMERICAL_NOTE_PREFIX + (expected >= 0 && endpoints.size() == expected
                ? ": every critical parameter point of the exact count was found; telling their images apart is numerical" //$NON-NLS-1$
                : expectedPure >= 0 && pureFound == expectedPure
                        ? ": every critical parameter point where J_c has full rank in the exact count saturated by the " //$NON-NLS-1$
                                + "rank-drop locus was found (" + pureFound + "); telling their images apart is numerical; " //$NON-NLS-1$ //$NON-NLS-2$
                                + (expected - endpoints.size()) + " spurious critical parameter points of the exact count were " //$NON-NLS-1$
                                + "not searched for" //$NON-NLS-1$
                : ": monodromy from planted critical points on the generic, zero-loss and dead-neuron strata; " //$NON-NLS-1$
                        + "spurious critical points elsewhere are not searched for")); //$NON-NLS-1$
        ParametricEdResult result = new ParametricEdResult(dimension, points, endpoints.size(), components, failures, u,
                seed, (System.nanoTime() - start) * 1e-9, method, notes);
        return new Outcome(result, components.isEmpty() ? ExactCriticalCount.compared(count, endpoints.size())
                : ExactCriticalCount.compared(count, -1));
    }

    /**
     * The exact count of the critical parameter points where J_c has full rank, the pure ones (§6.9): the
     * critical equations saturated by a {@link RankDropWitness}, modulo both primes.
     *
     * @return the count, or −1 when the witness is too large or the count is not finite and the same modulo both
     *         primes
     */
    private long pureCount(ParametricChart chart, List<Polynomial> exact, int m, long seed, ProgressMonitor monitor) {
        return RankDropWitness.of(chart.coefficients(), m, new SplittableRandom(seed ^ RANK_DROP_SEED))
                .map(witness -> ExactCriticalCount.expected(
                        ExactCriticalCount.of(counter, exact, m, List.of(witness), seed, monitor)))
                .orElse(-1L);
    }

    private static String countText(CrossCheck count) {
        return !count.primesAgree() ? "the counts modulo " + count.primesText() + " disagree" //$NON-NLS-1$ //$NON-NLS-2$
                : "the critical parameter points have dimension " + count.dimension(); //$NON-NLS-1$
    }

    /** The critical points found at the data, how many endpoints were singular, the failed paths, and how. */
    private record Counted(List<Complex[]> endpoints, int singular, Map<FailureReason, Integer> failures,
            String from) {
    }

    /**
     * With the exact count known: monodromy from one generic plant until the count (docs/MATHEMATICS.md §6.9); the
     * pure critical parameter points are one orbit, because the pure incidence variety {(t, u): u − c(t) normal
     * to M at c(t)} is a vector bundle over the chart's regular points, irreducible. Only when spurious critical
     * points are missing from the count are the other strata's plants populated, each until its loops stall.
     */
    private Counted counted(CriticalEquations equations, List<Plant> plants, Complex[] target, long expected,
            long expectedPure, SolverOptions options, SplittableRandom random, ProgressMonitor monitor) {
        PlantedMonodromy planted = new PlantedMonodromy(solver, equations, options);
        PlantedMonodromy.Outcome generic = planted.fromPlant(target, expectedPure >= 0 ? expectedPure : expected,
                random, monitor);
        List<Complex[]> endpoints = new ArrayList<>(generic.endpoints());
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        merge(failures, generic.loopFailures());
        merge(failures, generic.trackFailures());
        int singular = generic.singular();
        StringBuilder from = new StringBuilder(generic.from()).append(" (").append(generic.loops())
                .append(" triangles, ").append(generic.stoppingRule()).append(')'); //$NON-NLS-1$
        for (Plant plant : plants) {
            if (endpoints.size() >= expected) {
                break;
            }
            checkCanceled(monitor);
            // another component: its share of the count is not known, so its loops stop when they stall
            PlantedMonodromy.Outcome more = planted.fromPoint(plant.t(), plant.u(), target, -1, random, monitor);
            singular += more.singular();
            merge(failures, more.loopFailures());
            merge(failures, more.trackFailures());
            int before = endpoints.size();
            for (Complex[] t : more.endpoints()) {
                if (!contains(endpoints, t)) {
                    endpoints.add(t);
                }
            }
            from.append("; a plant on the ").append(plant.kind()).append(" stratum, ").append(more.loops()) //$NON-NLS-1$
                    .append(" triangles (").append(more.stoppingRule()).append("), ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(endpoints.size() - before).append(" more"); //$NON-NLS-1$
        }
        return new Counted(endpoints, singular, failures, from.toString());
    }

    /**
     * Without an exact count: several generic plants, each populated by the solver's monodromy until its trace
     * test or stall rule, more tracked singly, and one plant per known stratum of spurious critical points.
     *
     * @return the number of endpoints where Newton's method does not converge to a regular solution
     */
    private int uncounted(CriticalEquations equations, List<Plant> plants, Complex[] target, SolverOptions options,
            long seed, Map<FailureReason, Integer> failures, List<Component> components, List<Complex[]> endpoints,
            ProgressMonitor monitor) {
        int m = equations.unknowns();
        int singular = 0;
        for (int i = 0; i < plants.size(); i++) {
            Plant plant = plants.get(i);
            // every run gets its own loops: loops that fail once fail again when repeated
            SolverOptions run = options.withSeed(seed + i);
            checkCanceled(monitor);
            int rank = ComplexRank.rank(ComplexMatrices.of(equations.criticalJacobian(plant.t(), plant.u())));
            if (rank < m) {
                components.add(new Component(m - rank, -1, plant.kind(), "rank " + rank + " of the " + m //$NON-NLS-1$ //$NON-NLS-2$
                        + " critical equations' Jacobian at a planted critical point: a family of critical parameters of local dimension " //$NON-NLS-1$
                        + (m - rank) + " there")); //$NON-NLS-1$
                continue;
            }
            List<Complex[]> found = new ArrayList<>();
            if (plant.loops()) {
                MonodromyResult loops = solver.monodromy(equations.system(), plant.u(), plant.t(), m,
                        run.toBuilder().maxSteps(LOOP_STEPS).monodromyMaxLoops(MAX_LOOPS).build(), monitor);
                loops.result().finiteSolutions().forEach(s -> found.add(s.coordinates()));
                merge(failures, loops.result().failures());
            } else {
                found.add(plant.t());
            }
            SolveResult moved = solver.track(equations.system(), plant.u(), found, target,
                    plant.loops() ? run : run.toBuilder().maxSteps(LOOP_STEPS).build(), monitor);
            merge(failures, moved.failures());
            for (Solution s : moved.finiteSolutions()) {
                // the solver also flags endpoints reached twice: regularity is decided by Newton here
                Complex[] refined = equations.refine(s.coordinates(), target);
                if (refined == null) {
                    singular++;
                } else if (!contains(endpoints, refined)) {
                    endpoints.add(refined);
                }
            }
        }
        return singular;
    }

    /** A critical parameter point t at data u, on a component of the given kind. */
    private record Plant(Complex[] t, Complex[] u, String kind, boolean loops) {
    }

    /**
     * @param generic
     *            whether to plant on the generic stratum too (without an exact count; with one, the generic
     *            plant is drawn by {@link PlantedMonodromy})
     */
    private static List<Plant> plants(ParametricChart chart, CriticalEquations equations, Metric metric,
            SplittableRandom random, boolean generic) {
        List<Plant> plants = new ArrayList<>();
        for (int i = 0; generic && i < LOOPED_PLANTS + SINGLE_PATH_PLANTS; i++) {
            Complex[] t0 = randomComplex(equations.unknowns(), random);
            plants.add(plant(equations, t0, randomKernelVector(equations.gradientMap(t0), random), "points", //$NON-NLS-1$
                    i < LOOPED_PLANTS));
        }
        if (metric.kernelDimension() > 0) {
            Complex[] t1 = randomComplex(equations.unknowns(), random);
            plants.add(plant(equations, t1, kernelVector(metric, random), "zero-loss", true)); //$NON-NLS-1$
        }
        for (List<Integer> dead : chart.spuriousStrata()) {
            Complex[] t = randomComplex(equations.unknowns(), random);
            dead.forEach(i -> t[i] = Complex.ZERO);
            plants.add(plant(equations, t, randomKernelVector(equations.gradientMap(t), random), "spurious", true)); //$NON-NLS-1$
        }
        return plants;
    }

    private static Plant plant(CriticalEquations equations, Complex[] t, Complex[] w, String kind, boolean loops) {
        Complex[] c = equations.image(t);
        Complex[] u = new Complex[c.length];
        for (int k = 0; k < c.length; k++) {
            u[k] = c[k].sub(w[k]);
        }
        return new Plant(t, u, kind, loops);
    }

    private static Complex[] kernelVector(Metric metric, SplittableRandom random) {
        Complex[] w = new Complex[metric.dimension()];
        java.util.Arrays.fill(w, Complex.ZERO);
        for (var basis : metric.kernel()) {
            Complex factor = new Complex(random.nextGaussian(), random.nextGaussian());
            for (int k = 0; k < w.length; k++) {
                w[k] = w[k].add(factor.mul(Complex.real(basis[k].doubleValue())));
            }
        }
        return w;
    }

    /** Groups the endpoints by image and classifies each image. */
    private static List<ParametricCriticalPoint> images(ParametricChart chart, CriticalEquations equations,
            List<Complex[]> endpoints, double[] u, int dimension) {
        List<Complex[]> images = new ArrayList<>();
        List<Complex[]> representatives = new ArrayList<>();
        List<int[]> rankAndCount = new ArrayList<>();
        for (Complex[] t : endpoints) {
            Complex[] c = equations.image(t);
            int rank = ComplexKernel.rank(ComplexMatrices.of(equations.jacobian(t)));
            int index = indexOf(images, c);
            if (index < 0) {
                images.add(c);
                representatives.add(t);
                rankAndCount.add(new int[] { rank, 1 });
            } else {
                int[] entry = rankAndCount.get(index);
                entry[0] = Math.max(entry[0], rank);
                entry[1]++;
            }
        }
        List<ParametricCriticalPoint> points = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Complex[] c = images.get(i);
            int[] entry = rankAndCount.get(i);
            points.add(new ParametricCriticalPoint(c, chart.parameters(representatives.get(i)),
                    equations.loss(c, u), isReal(c), entry[0] == dimension, entry[0], entry[1]));
        }
        return points;
    }

    private static boolean isReal(Complex[] z) {
        for (Complex value : z) {
            if (Math.abs(value.im()) > REAL_TOLERANCE * Math.max(1, value.abs())) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<Complex[]> list, Complex[] z) {
        for (int i = 0; i < list.size(); i++) {
            if (close(list.get(i), z)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean contains(List<Complex[]> list, Complex[] z) {
        return indexOf(list, z) >= 0;
    }

    private static boolean close(Complex[] a, Complex[] b) {
        double distance = 0;
        double scale = 1;
        for (int i = 0; i < a.length; i++) {
            distance = Math.max(distance, a[i].sub(b[i]).abs());
            scale = Math.max(scale, Math.max(a[i].abs(), b[i].abs()));
        }
        return distance <= SAME_IMAGE * scale;
    }

    private static void merge(Map<FailureReason, Integer> total, Map<FailureReason, Integer> more) {
        more.forEach((reason, count) -> total.merge(reason, count, Integer::sum));
    }

    private static void checkCanceled(ProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new CancellationException("parametric ED degree computation canceled"); //$NON-NLS-1$
        }
    }

    private static Complex[] randomKernelVector(Complex[][] matrix, SplittableRandom random) {
        return ComplexMatrices.toArray(ComplexKernel.randomVector(ComplexMatrices.of(matrix), random));
    }

    /** @return count complex numbers with independent standard Gaussian real and imaginary parts */
    static Complex[] randomComplex(int count, SplittableRandom random) {
        Complex[] z = new Complex[count];
        for (int i = 0; i < count; i++) {
            z[i] = new Complex(random.nextGaussian(), random.nextGaussian());
        }
        return z;
    }

    /** @return n independent standard Gaussians */
    static double[] gaussian(int n, SplittableRandom random) {
        double[] u = new double[n];
        for (int i = 0; i < n; i++) {
            u[i] = random.nextGaussian();
        }
        return u;
    }
}
