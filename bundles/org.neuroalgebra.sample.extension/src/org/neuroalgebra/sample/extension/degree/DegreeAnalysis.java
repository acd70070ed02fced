// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.VarietyEquations;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code degree} analysis, an example of an analysis contributed by a bundle the core does not
 * know: the degree of a variety, the number of points in which it meets a random affine-linear
 * space L of complementary dimension (for a cone, the degree of the projective variety).
 * <p>
 * The dimension d of V comes from a Gröbner basis modulo a prime (the solver API's
 * {@link SolutionCounter}); V's equations are restricted to a random L of dimension n − d
 * ({@link AffineSlice}); the points of V ∩ L are counted twice, independently: by homotopy
 * continuation with a Krawczyk certificate per point ({@link NumericalSliceCount}), and exactly
 * modulo two primes ({@link ExactSliceCount}). The degree is certified when the two agree, the
 * primes agree, every point is simple and every point is certified in pairwise disjoint boxes.
 * <p>
 * Settings: {@code prime} (of the exact count; a second prime confirms it) and {@code maxPaths}
 * (the size guard). Only exported API of the suite is used.
 */
@Component(service = IAnalysis.class)
public class DegreeAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "degree"; //$NON-NLS-1$

    /** The default size guard: Bézout numbers of the restricted system above it are refused. */
    public static final long DEFAULT_MAX_PATHS = 100_000;

    private static final String PRIME = "prime"; //$NON-NLS-1$
    private static final String MAX_PATHS = "maxPaths"; //$NON-NLS-1$

    private volatile SolverRegistry solvers;

    /** For DS; outside OSGi use {@link #DegreeAnalysis(SolverRegistry)}. */
    public DegreeAnalysis() {
    }

    /** @param solvers the solvers and exact counters to use */
    public DegreeAnalysis(SolverRegistry solvers) {
        this.solvers = solvers;
    }

    @Reference
    void setSolvers(SolverRegistry registry) {
        this.solvers = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Degree of a variety or neuromanifold"; //$NON-NLS-1$
    }

    @Override
    public List<AnalysisSetting> settings() {
        return List.of(
                AnalysisSetting.integer(PRIME, ModP.PRIME_1, 3, ModP.MAX_PRIME,
                        "the prime of the exact count (a Gröbner basis modulo it); a second prime, " + ModP.PRIME_2 //$NON-NLS-1$
                                + " (or " + ModP.PRIME_1 + " when that is the first), confirms it"), //$NON-NLS-1$ //$NON-NLS-2$
                AnalysisSetting.integer(MAX_PATHS, DEFAULT_MAX_PATHS, 1, 2_000_000,
                        "the largest Bézout bound of the sliced system accepted: it bounds the paths of the homotopy " //$NON-NLS-1$
                                + "and the standard monomials of the Gröbner count")); //$NON-NLS-1$
    }

    /**
     * Refuses what cannot run: a subject that is not a variety, equations that do not parse, a
     * prime that is not one, and systems whose Bézout bound (the most points and paths the slice can
     * have) or whose monomial count exceeds the limits, with the estimate.
     */
    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        long prime = longOption(request, PRIME, ModP.PRIME_1);
        if (prime < 3 || prime > ModP.MAX_PRIME || !BigInteger.valueOf(prime).isProbablePrime(40)) {
            throw AnalysisException.badSetting(PRIME, "option prime=" + prime + ": not an odd prime below 2^31"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        long maxPaths = longOption(request, MAX_PATHS, DEFAULT_MAX_PATHS);
        if (request.subject() instanceof Architecture architecture) {
            NeuromanifoldSlice slice = NeuromanifoldSlice.random(
                    NeuromanifoldDegree.parametrization(architecture, request.monomialLimit()), prime, request.seed());
            BigInteger bezout = NeuromanifoldDegree.bezoutBound(slice);
            if (bezout.compareTo(BigInteger.valueOf(maxPaths)) > 0) {
                throw AnalysisException.badSetting(MAX_PATHS, "architecture '" + architecture.getName() //$NON-NLS-1$
                        + "': the sliced system may have up to " + bezout + " points (Bézout bound), above maxPaths=" //$NON-NLS-1$ //$NON-NLS-2$
                        + maxPaths + "; the homotopy and the Gröbner count would not finish"); //$NON-NLS-1$
            }
            return;
        }
        Variety variety = variety(request);
        List<Polynomial> equations = equations(variety);
        int n = variety.getCoordinates().size();
        BigInteger bezout = bezoutBound(equations, n);
        if (bezout.compareTo(BigInteger.valueOf(maxPaths)) > 0) {
            throw AnalysisException.badSetting(MAX_PATHS, "variety '" + variety.getName() //$NON-NLS-1$
                    + "': the sliced system may have up to " + bezout + " points (Bézout bound), above maxPaths=" //$NON-NLS-1$ //$NON-NLS-2$
                    + maxPaths + "; the homotopy and the Gröbner count would not finish"); //$NON-NLS-1$
        }
        int maxDegree = equations.stream().mapToInt(Polynomial::degree).max().orElse(1);
        BigInteger monomials = binomial(n + maxDegree, maxDegree);
        if (monomials.compareTo(request.monomialLimit()) > 0) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() + "': " + monomials //$NON-NLS-1$ //$NON-NLS-2$
                    + " monomials of degree up to " + maxDegree + " in " + n + " coordinates, above the limit of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + request.monomialLimit());
        }
    }

    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        check(request);
        long start = System.nanoTime();
        SolverRegistry registry = solvers;
        SolutionCounter counter = registry == null ? null : registry.counters().stream().findFirst().orElse(null);
        PolynomialSystemSolver solver = registry == null ? null
                : registry.solvers().stream().filter(s -> s.id().equals("homotopy")).findFirst() //$NON-NLS-1$
                        .or(() -> registry.solvers().stream().findFirst()).orElse(null);
        if (counter == null || solver == null) {
            throw new AnalysisException(Kind.FAILED,
                    "the degree analysis needs a numerical solver and an exact counter; installed: " //$NON-NLS-1$
                            + (registry == null ? "none" : registry.solvers().stream().map(PolynomialSystemSolver::id).toList() //$NON-NLS-1$
                                    + " and " + registry.counters().stream().map(SolutionCounter::id).toList())); //$NON-NLS-1$
        }
        long seed = request.seed();
        long prime = longOption(request, PRIME, ModP.PRIME_1);
        List<Long> primes = List.of(prime, prime == ModP.PRIME_2 ? ModP.PRIME_1 : ModP.PRIME_2);
        if (request.subject() instanceof Architecture architecture) {
            return runArchitecture(request, architecture, solver, counter, primes, start, monitor);
        }
        Variety variety = variety(request);
        List<Polynomial> equations = equations(variety);
        int n = variety.getCoordinates().size();
        monitor.begin("degree of " + variety.getName(), 3); //$NON-NLS-1$
        try {
            CountResult whole = counter.count(equations, n, List.of(), prime, seed, monitor);
            if (whole.isEmpty()) {
                throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() //$NON-NLS-1$
                        + "' is empty over C (its equations generate the unit ideal modulo " + prime //$NON-NLS-1$
                        + "): it has no degree"); //$NON-NLS-1$
            }
            int dimension = whole.dimension();
            monitor.worked(1);
            canceled(monitor);
            AffineSlice slice = AffineSlice.random(n, n - dimension, seed);
            List<Polynomial> restricted = slice.restrict(equations);
            if (restricted.isEmpty()) {
                throw new AnalysisException(Kind.FAILED, "the random slice lies inside '" + variety.getName() //$NON-NLS-1$
                        + "': an unlucky seed (" + seed + "), try another"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            ExactSliceCount exact = ExactSliceCount.of(counter, restricted, slice.dimension(), primes, seed, monitor);
            if (!exact.finiteAndNonempty()) {
                throw new AnalysisException(Kind.FAILED, "the slice of '" + variety.getName() + "' by a random space of " //$NON-NLS-1$ //$NON-NLS-2$
                        + "dimension " + slice.dimension() + " is not a nonempty finite set modulo the primes " + primes //$NON-NLS-1$ //$NON-NLS-2$
                        + " (dimensions " + exact.counts().stream().map(CountResult::dimension).toList() //$NON-NLS-1$
                        + "): the dimension " + dimension + " modulo " + prime + " is wrong or the seed unlucky; try another seed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            monitor.worked(1);
            canceled(monitor);
            NumericalSliceCount numerical = NumericalSliceCount.of(solver, restricted, slice.dimension(), seed, monitor);
            monitor.worked(1);
            canceled(monitor);
            return result(variety, dimension, slice, exact, numerical, solver, counter, seed, start);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            // the solver or the counter refused the size (too many variables or paths)
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static DegreeResult result(Variety variety, int dimension, AffineSlice slice, ExactSliceCount exact,
            NumericalSliceCount numerical, PolynomialSystemSolver solver, SolutionCounter counter, long seed,
            long start) {
        List<String> notes = new ArrayList<>();
        boolean primesAgree = exact.primesAgree();
        boolean radical = exact.radical();
        long exactPoints = exact.distinctPoints();
        boolean countsAgree = primesAgree && exactPoints == numerical.distinctPoints();
        boolean certified = countsAgree && radical && numerical.allCertifiedAndDistinct();
        Long degree;
        if (primesAgree && exactPoints >= 0) {
            degree = exactPoints;
        } else {
            degree = null;
            notes.add("the exact counts modulo the primes disagree or were not computed: the degree is unknown"); //$NON-NLS-1$
        }
        if (primesAgree && exactPoints >= 0 && exactPoints != numerical.distinctPoints()) {
            notes.add("homotopy continuation found " + numerical.distinctPoints() + " points, the exact count is " //$NON-NLS-1$ //$NON-NLS-2$
                    + exactPoints + ": the exact count is reported, not certified"); //$NON-NLS-1$
        }
        if (!radical) {
            notes.add("V ∩ L has multiple points (the ideal is not radical): the degree counts distinct points, " //$NON-NLS-1$
                    + "the multiplicities are in exactCounts"); //$NON-NLS-1$
        }
        if (numerical.pathsFailed()) {
            notes.add(numerical.solve().failedPathCount() + " homotopy paths failed"); //$NON-NLS-1$
        }
        if (!numerical.allCertifiedAndDistinct()) {
            notes.add(numerical.certification().summary());
        }
        if (numerical.squareByCombination()) {
            notes.add("V has more equations than its codimension: the certificates are of " + slice.dimension() //$NON-NLS-1$
                    + " random combinations of its equations on L, whose solutions include V ∩ L; that each point " //$NON-NLS-1$
                    + "satisfies every equation is numerical (solver residual)"); //$NON-NLS-1$
        }
        if (!variety.getInequalities().isEmpty()) {
            notes.add("inequalities are ignored: the degree is that of the Zariski closure"); //$NON-NLS-1$
        }
        notes.add("the dimension is exact modulo " + exact.counts().get(0).prime() //$NON-NLS-1$
                + " and confirmed by the slice being finite and nonempty modulo both primes"); //$NON-NLS-1$
        List<DegreeResult.Point> points = new ArrayList<>();
        for (int i = 0; i < numerical.points().size(); i++) {
            points.add(new DegreeResult.Point(slice.embed(numerical.points().get(i)),
                    numerical.certification().certificate(i).certified()));
        }
        points.sort(Comparator.comparingDouble((DegreeResult.Point p) -> p.coordinates()[0].re())
                .thenComparingDouble(p -> p.coordinates()[0].im()));
        List<DegreeResult.PrimeCount> counts = exact.counts().stream()
                .map(c -> new DegreeResult.PrimeCount(c.prime(), c.distinctSolutions(), c.degree())).toList();
        String method = "V ∩ L for a random affine space L of dimension " + slice.dimension() //$NON-NLS-1$
                + " with integer coordinates: homotopy continuation (" + solver.id() + ") with Krawczyk certificates, " //$NON-NLS-1$ //$NON-NLS-2$
                + "and an exact count by " + counter.id() + " modulo two primes"; //$NON-NLS-1$ //$NON-NLS-2$
        Provenance provenance = new Provenance(certified, method, seed, (System.nanoTime() - start) / 1e9, notes);
        return new DegreeResult(variety.getName(), degree, dimension, variety.getCoordinates().size(),
                variety.getCoordinates(), numerical.distinctPoints(), numerical.certification().certifiedCount(), counts,
                points, provenance);
    }

    /** The neuromanifold's degree through its parametrization ({@link NeuromanifoldDegree}). */
    private static AnalysisResult runArchitecture(AnalysisRequest request, Architecture architecture,
            PolynomialSystemSolver solver, SolutionCounter counter, List<Long> primes, long start, ProgressMonitor monitor)
            throws AnalysisException {
        long seed = request.seed();
        monitor.begin("degree of the neuromanifold of " + architecture.getName(), 3); //$NON-NLS-1$
        try {
            NeuromanifoldSlice slice = NeuromanifoldSlice.random(
                    NeuromanifoldDegree.parametrization(architecture, request.monomialLimit()), primes.get(0), seed);
            monitor.worked(1);
            canceled(monitor);
            DegreeResult result = NeuromanifoldDegree.run(architecture, slice, solver, counter, primes, seed, start, monitor);
            canceled(monitor);
            return result;
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            // the solver or the counter refused the size (too many variables or paths)
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Variety variety(AnalysisRequest request) throws AnalysisException {
        if (request.subject() instanceof Variety variety) {
            return variety;
        }
        throw new AnalysisException(Kind.BAD_INPUT, "the degree analysis needs a variety or an architecture, '" //$NON-NLS-1$
                + request.subjectName() + "' is neither"); //$NON-NLS-1$
    }

    /** The variety's nonzero equations (the exported {@link VarietyEquations}). */
    private static List<Polynomial> equations(Variety variety) throws AnalysisException {
        List<Polynomial> equations = VarietyEquations.of(variety);
        if (equations.stream().allMatch(Polynomial::isZero)) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + variety.getName() //$NON-NLS-1$
                    + "' has no nonzero equation: it is the whole space, whose degree is 1 by definition"); //$NON-NLS-1$
        }
        return equations.stream().filter(f -> !f.isZero()).toList();
    }

    /**
     * The most points a slice of V by a space of complementary dimension c can have: the product of
     * the c largest degrees when V is cut out by c equations; with more equations the homotopy
     * tracks c random combinations, each of the largest degree. c is at most min(m, n).
     */
    static BigInteger bezoutBound(List<Polynomial> equations, int n) {
        List<Integer> degrees = equations.stream().map(Polynomial::degree).sorted(Comparator.reverseOrder()).toList();
        int c = Math.min(degrees.size(), n);
        int largest = degrees.get(0);
        BigInteger bound = BigInteger.ONE;
        for (int i = 0; i < c; i++) {
            bound = bound.multiply(BigInteger.valueOf(degrees.size() == c ? degrees.get(i) : largest));
        }
        return bound;
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }

    private static long longOption(AnalysisRequest request, String name, long defaultValue) throws AnalysisException {
        String text = request.option(name, null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw AnalysisException.badSetting(name, "option " + name + "=" + text + ": not an integer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static void canceled(ProgressMonitor monitor) throws AnalysisException {
        if (monitor.isCanceled()) {
            throw new AnalysisException(Kind.CANCELED, "canceled"); //$NON-NLS-1$
        }
    }
}
