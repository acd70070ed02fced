// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.internal.VarietyEquations;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.model.validation.UserMetrics;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code edd} analysis: the critical points of the squared distance to a
 * generic data point on a variety, by homotopy continuation ({@link EdDegreeComputation}),
 * cross-checked against an exact count modulo a prime of the same system at the same data when
 * an exact counter is installed. The result is certified only when the two agree.
 * <p>
 * For an architecture ({@link ArchitectureEdd}) a polynomial MLP uses the parametric formulation
 * by default: distinct critical images, pure and spurious; other architectures (and MLPs with
 * {@code formulation=implicit}) use the implicit formulation in a chart of the span of M
 * ({@link ImplicitArchitectureEdd}). Both allow {@code metric data DATASET}.
 * <p>
 * Settings: {@link EddSettings}, checked up front by {@link #check}.
 */
@org.osgi.service.component.annotations.Component(service = IAnalysis.class)
public class EddAnalysis implements IAnalysis {

    /** The analysis id. */
    public static final String ID = "edd"; //$NON-NLS-1$

    /** The two different primes of every exact count: both must give the same numbers. */
    static final long[] PRIMES = { ModP.PRIME_1, ModP.PRIME_2 };

    /** The computation's own caveat for uncertified counts, replaced once the cross-check agrees. */
    private static final String NUMERICAL_NOTE_PREFIX = "numerical result"; //$NON-NLS-1$

    private SolverRegistry solvers;

    /** For use outside OSGi. */
    public EddAnalysis() {
    }

    public EddAnalysis(SolverRegistry solvers) {
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
        return "Euclidean distance degree: all critical points of the distance"; //$NON-NLS-1$
    }

    @Override
    public List<AnalysisSetting> settings() {
        return EddSettings.ALL;
    }

    @Override
    public void check(AnalysisRequest request) throws AnalysisException {
        EddSettings.check(request);
    }

    /** Any cancel, wherever it happens (homotopy, exact counts, certification), ends as CANCELED. */
    @Override
    public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        try {
            return runUncaught(request, monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        }
    }

    private AnalysisResult runUncaught(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
        monitor.begin("ED degree: checking the request", -1); //$NON-NLS-1$
        EddSettings.check(request);
        if (request.subject() instanceof Architecture architecture) {
            return ArchitectureEdd.run(request, architecture, homotopy(),
                    registry().counters().stream().findFirst().orElse(null), monitor);
        }
        if (!(request.subject() instanceof Variety variety)) {
            throw new AnalysisException(Kind.BAD_INPUT, "the edd analysis needs a variety given by equations or an architecture; '" //$NON-NLS-1$
                    + request.subjectName() + "' is neither"); //$NON-NLS-1$
        }
        List<Polynomial> equations = VarietyEquations.of(variety);
        int n = variety.getCoordinates().size();
        Metric metric = EddMetrics.of(request.spec().getMetric(), n, null);
        double[] point = EddSettings.point(request, n, "the variety lies in C^" + n); //$NON-NLS-1$
        int codimension = codimension(equations, n, request.seed());
        EdDegreeComputation computation = new EdDegreeComputation(homotopy());
        LagrangeCount count = new LagrangeCount(registry().counters().stream().findFirst().orElse(null), equations,
                codimension, metric, request.seed());
        EdDegreeResult result;
        try {
            result = computation.compute(equations, codimension, metric, point, request.seed(), count, monitor);
        } catch (CancellationException e) {
            throw new AnalysisException(Kind.CANCELED, "canceled", e); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, e.getMessage(), e);
        }
        result = new CriticalPointCertification(equations, codimension, metric, request.seed()).certify(result);
        CrossCheck check = count.check(result, monitor);
        return new EddAnalysisResult(variety.getName(), variety.getCoordinates(), metric.description(),
                withCheck(result, check), check);
    }

    /**
     * @return the result, certified (docs/CERTIFICATES.md) when every critical point is certified,
     *         their boxes are disjoint, the critical set has no positive-dimensional part, and the
     *         exact counts modulo both primes agree with their number
     */
    static EdDegreeResult withCheck(EdDegreeResult result, CrossCheck check) {
        String missing = missing(result);
        if (check.agrees() && missing == null) {
            return certified(result, check);
        }
        List<String> notes = new ArrayList<>(result.notes());
        String disagreement = disagreement(result, check);
        if (disagreement != null) {
            notes.add(0, disagreement);
        }
        if (check.agrees()) {
            notes.add(0, "numerical: homotopy continuation and the exact counts modulo " + check.primesText() //$NON-NLS-1$
                    + " agree, but " + missing); //$NON-NLS-1$
            long curves = result.components().stream().filter(c -> c.dimension() > 0).count();
            if (curves > 1) {
                // the exact count sees degrees and dimensions, not how the set falls into irreducible pieces
                notes.add(1, "the split of the positive-dimensional critical set into " + curves //$NON-NLS-1$
                        + " components is numerical (monodromy of witness points); the exact count confirms their " //$NON-NLS-1$
                        + "dimension and total degree"); //$NON-NLS-1$
            }
        }
        return result.withNotes(notes);
    }

    /**
     * @return what the exact count found that the numerical search did not (or the other way round),
     *         or null when they agree or the count did not run: a numerical answer that the exact count
     *         contradicts must say so, never pass for a complete one
     */
    private static String disagreement(EdDegreeResult result, CrossCheck check) {
        if (check.agrees() || check.notRun() != null) {
            return null;
        }
        if (!check.primesAgree()) {
            return "incomplete: the exact counts modulo " + check.primesText() + " disagree with each other"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        int top = result.components().stream().mapToInt(Component::dimension).max().orElse(0);
        String exact = check.dimension() == 0 ? check.distinct() + " critical points" //$NON-NLS-1$
                : "a critical set of dimension " + check.dimension() + " and degree " + check.degree(); //$NON-NLS-1$ //$NON-NLS-2$
        String found = top == 0 ? result.edDegree() + " isolated critical points" //$NON-NLS-1$
                : "components up to dimension " + top; //$NON-NLS-1$
        String ramification = check.ramification() < 0 ? "" //$NON-NLS-1$
                : "; off the zero-loss set, " + (check.ramificationDimension() == 0 ? check.ramification() + " points" //$NON-NLS-1$ //$NON-NLS-2$
                        : "dimension " + check.ramificationDimension() + " and degree " + check.ramification()); //$NON-NLS-1$ //$NON-NLS-2$
        return "incomplete: the exact count modulo " + check.primesText() + " finds " + exact + ramification //$NON-NLS-1$ //$NON-NLS-2$
                + ", where homotopy continuation found " + found + "; the answer above misses critical points or " //$NON-NLS-1$ //$NON-NLS-2$
                + "keeps spurious ones"; //$NON-NLS-1$
    }

    /** @return what the certificates do not prove, or null when every point is proven and distinct */
    private static String missing(EdDegreeResult result) {
        if (result.positiveDimensional()) {
            return "the critical set has positive-dimensional components, whose points are not certified"; //$NON-NLS-1$
        }
        Certification certification = result.certification();
        if (certification.certifiedPoints() < certification.points()) {
            return "only " + certification.certifiedPoints() + " of the " + certification.points() //$NON-NLS-1$ //$NON-NLS-2$
                    + " critical points are certified"; //$NON-NLS-1$
        }
        if (!certification.disjoint()) {
            return "the certified boxes are not proven disjoint"; //$NON-NLS-1$
        }
        return null;
    }

    /** Every point proven, and as many as the exact count: the count is certified, and the notes say so instead of "numerical". */
    private static EdDegreeResult certified(EdDegreeResult result, CrossCheck check) {
        List<String> notes = new ArrayList<>();
        notes.add("certified: each of the " + result.edDegree() + " critical points is certified (Krawczyk), their " //$NON-NLS-1$ //$NON-NLS-2$
                + "boxes are pairwise disjoint, and exact Gröbner counts modulo " + check.primesText() //$NON-NLS-1$
                + " of the same system at the same data agree on " + check.distinct() + " critical points"); //$NON-NLS-1$ //$NON-NLS-2$
        if (result.removedOffVariety() > 0) {
            // the certificate is for the system of random combinations G; which of its solutions lie on V(F) is a residual test
            notes.add("the certificates are for the Lagrange conditions of random combinations of the equations; " //$NON-NLS-1$
                    + "that a certified point lies on the variety and not on another component of their zero set " //$NON-NLS-1$
                    + "is decided by the residual of the equations"); //$NON-NLS-1$
        }
        result.notes().stream().filter(note -> !note.startsWith(NUMERICAL_NOTE_PREFIX)).forEach(notes::add);
        return result.withNotes(notes).withCertified(true);
    }

    private ParameterHomotopySolver homotopy() throws AnalysisException {
        for (PolynomialSystemSolver solver : registry().solvers()) {
            if (solver instanceof ParameterHomotopySolver homotopy) {
                return homotopy;
            }
        }
        throw new AnalysisException(Kind.FAILED, "no homotopy continuation solver is installed"); //$NON-NLS-1$
    }

    private SolverRegistry registry() throws AnalysisException {
        if (solvers == null) {
            throw new AnalysisException(Kind.FAILED, "no solver registry"); //$NON-NLS-1$
        }
        return solvers;
    }

    /** The codimension of V(F), exactly modulo two primes that must agree. */
    private int codimension(List<Polynomial> equations, int n, long seed) throws AnalysisException {
        if (equations.size() == 1) {
            return 1;
        }
        SolutionCounter counter = registry().counters().stream().findFirst().orElseThrow(() -> new AnalysisException(
                Kind.FAILED, "a variety with several equations needs an exact counter to find its codimension")); //$NON-NLS-1$
        CountResult count = counter.count(equations, n, List.of(), PRIMES[0], seed, ProgressMonitor.NULL);
        CountResult again = counter.count(equations, n, List.of(), PRIMES[1], seed, ProgressMonitor.NULL);
        if (count.dimension() != again.dimension()) {
            // the Lagrange system is built on this number: an unlucky prime must not choose it
            throw new AnalysisException(Kind.FAILED, "the dimension of the variety modulo " + PRIMES[0] + " (" //$NON-NLS-1$ //$NON-NLS-2$
                    + count.dimension() + ") and modulo " + PRIMES[1] + " (" + again.dimension() + ") differ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (count.isEmpty()) {
            throw new AnalysisException(Kind.BAD_INPUT, "the variety is empty"); //$NON-NLS-1$
        }
        return n - count.dimension();
    }

    /**
     * Counts the same Lagrange system at the same data exactly modulo two different primes
     * ({@link #PRIMES}), with the singular locus saturated away (the c × c minors of the Jacobian;
     * when the Lagrange conditions use c combinations G of more equations F, all of F is added so
     * that only critical points on V(F) count). The two primes must give the same numbers: an
     * unlucky prime (one dividing a coefficient that matters) would show as a disagreement. For a
     * degenerate metric the count is made twice per prime: once for the whole critical set (its
     * dimension must be the top dimension found numerically, and when it is finite its size the ED
     * degree), and once with the zero-loss points also removed (saturating by ∂F_i · (Q(x − u))_j),
     * which must leave exactly the ramification points.
     */
    static CrossCheck crossCheck(SolutionCounter counter, List<Polynomial> equations, int codimension, Metric metric,
            EdDegreeResult result, long seed, ProgressMonitor monitor) {
        return new LagrangeCount(counter, equations, codimension, metric, seed).check(result, monitor);
    }

    /**
     * The exact counts of {@link #crossCheck} modulo each of {@link #PRIMES}, without the comparison.
     *
     * @throws IllegalArgumentException
     *             or IllegalStateException when a count fails
     */
    static List<ExactCount> exactCounts(SolutionCounter counter, List<Polynomial> equations, int codimension,
            Metric metric, double[] data, long seed, ProgressMonitor monitor) {
        LagrangeSystem system = LagrangeSystem.of(equations, codimension, metric, false, seed);
        Rational[] u = new Rational[data.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = Rational.of(new BigDecimal(data[i]));
        }
        int unknowns = system.system().variableCount();
        List<Polynomial> lagrange = new ArrayList<>(system.equationsAt(u));
        if (equations.size() > codimension) {
            lagrange.addAll(system.varietyEquationsInUnknowns());
        }
        List<Polynomial> offZeroLoss = metric.kernelDimension() > 0
                ? products(system.singularLocus(), residual(metric, u, unknowns))
                : null;
        return PrimeCounts.each((prime, m) -> ExactCount.of(counter, lagrange, unknowns, system.singularLocus(),
                offZeroLoss, prime, seed, m), monitor);
    }

    /** @return the cross-check of the counts against the critical set found numerically */
    static CrossCheck compared(SolutionCounter counter, List<ExactCount> counts, EdDegreeResult result) {
        ExactCount count = counts.get(0);
        boolean primesAgree = counts.stream().allMatch(count::sameAs);
        int top = result.components().stream().mapToInt(Component::dimension).max().orElse(0);
        boolean agrees = count.dimension() == top && (top > 0 ? count.degree() == topDegree(result, top)
                : count.distinct() == result.edDegree());
        if (count.ramificationDimension() >= 0) { // a degenerate metric: the part off the zero-loss set was counted
            agrees &= count.ramificationDimension() == 0
                    ? count.ramification() == isolated(result, CriticalSetSearch.RAMIFICATION)
                    : count.ramification() == curves(result, count.ramificationDimension());
        }
        return new CrossCheck(counter.id(), count.dimension(), count.degree(), count.distinct(),
                count.ramificationDimension(), count.ramification(), primes(counts), primesAgree,
                primesAgree && agrees, null);
    }

    private static List<Long> primes(List<ExactCount> counts) {
        return counts.stream().map(ExactCount::prime).toList();
    }

    /** The numbers one prime gives: the whole critical set, and (degenerate Q) the part off the zero-loss set. */
    record ExactCount(int dimension, long degree, long distinct, int ramificationDimension, long ramification,
            long prime) {

        static ExactCount of(SolutionCounter counter, List<Polynomial> lagrange, int unknowns,
                List<Polynomial> singular, List<Polynomial> offZeroLoss, long prime, long seed,
                ProgressMonitor monitor) {
            CountResult all = OffLocusCount.of(counter, lagrange, unknowns, singular, prime, seed, monitor);
            long distinct = all.dimension() == 0 ? all.distinctSolutions() : -1;
            if (offZeroLoss == null) {
                return new ExactCount(all.dimension(), all.degree(), distinct, -1, -1, all.prime());
            }
            CountResult nonZeroLoss = counter.count(lagrange, unknowns, offZeroLoss, prime, seed, monitor);
            long ramification = nonZeroLoss.isEmpty() ? 0
                    : nonZeroLoss.dimension() == 0 ? nonZeroLoss.distinctSolutions() : nonZeroLoss.degree();
            return new ExactCount(all.dimension(), all.degree(), distinct, Math.max(0, nonZeroLoss.dimension()),
                    ramification, all.prime());
        }

        boolean sameAs(ExactCount other) {
            return dimension == other.dimension && degree == other.degree && distinct == other.distinct
                    && ramificationDimension == other.ramificationDimension && ramification == other.ramification;
        }
    }

    /** @return the entries of Q(x − u) in the unknowns x_1..x_n, lambda.. */
    private static List<Polynomial> residual(Metric metric, Rational[] u, int unknowns) {
        List<Polynomial> rows = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            Polynomial row = Polynomial.constant(unknowns, Rational.of(0));
            for (int j = 0; j < u.length; j++) {
                Polynomial difference = Polynomial.variable(unknowns, j).sub(Polynomial.constant(unknowns, u[j]));
                row = row.add(difference.scale(metric.entry(i, j)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** @return all products a·b: their common zeros are the union of the two zero sets */
    private static List<Polynomial> products(List<Polynomial> first, List<Polynomial> second) {
        List<Polynomial> products = new ArrayList<>();
        for (Polynomial a : first) {
            for (Polynomial b : second) {
                products.add(a.mul(b));
            }
        }
        return products;
    }

    /**
     * @return the degree in the Lagrange unknowns (x, λ) of the numerically found components of the
     *         top dimension, or -1 if one is unknown
     */
    private static long topDegree(EdDegreeResult result, int top) {
        long degree = 0;
        for (Component component : result.components()) {
            if (component.dimension() == top) {
                if (component.systemDegree() < 0) {
                    return -1;
                }
                degree += component.systemDegree();
            }
        }
        return degree;
    }

    /**
     * @return the degree in the Lagrange unknowns of the numerically found ramification components of
     *         the given dimension, or −1 if one is unknown or one of higher dimension was found
     */
    private static long curves(EdDegreeResult result, int dimension) {
        long degree = 0;
        for (Component component : result.components()) {
            if (!component.kind().equals(CriticalSetSearch.RAMIFICATION) || component.dimension() < dimension) {
                continue;
            }
            if (component.dimension() > dimension || component.systemDegree() < 0) {
                return -1;
            }
            degree += component.systemDegree();
        }
        return degree;
    }

    /** @return the number of isolated critical points of the given kind found numerically */
    private static long isolated(EdDegreeResult result, String kind) {
        return result.components().stream().filter(c -> c.dimension() == 0 && c.kind().equals(kind))
                .mapToLong(Component::degree).sum();
    }

    /**
     * The outcome of the exact cross-check: {@code notRun} says why when there was none. The
     * numbers are those of the first prime; {@code primesAgree} says whether every prime of
     * {@code primes} gave the same ones, and {@code agrees} whether they did and equal what was
     * found numerically. {@code ramificationDimension} and {@code ramification} describe the
     * critical set off the zero-loss set (degenerate metrics only, else −1): its dimension and its
     * number of points (dimension 0) or degree in the Lagrange unknowns.
     */
    public record CrossCheck(String counter, int dimension, long degree, long distinct, int ramificationDimension,
            long ramification, List<Long> primes, boolean primesAgree, boolean agrees, String notRun) {

        /** Copies the primes. */
        public CrossCheck {
            primes = List.copyOf(primes);
        }

        static CrossCheck notRun(String reason) {
            return new CrossCheck(null, -1, -1, -1, -1, -1, List.of(), false, false, reason);
        }

        /** @return the primes as text, e.g. {@code 2147483647 and 2147483629} */
        public String primesText() {
            return String.join(" and ", primes.stream().map(String::valueOf).toList()); //$NON-NLS-1$
        }
    }

    /**
     * Metrics of the model on C^n, the space of a variety or the ambient space V of an
     * architecture (for {@code metric data} of an architecture, see {@link DataMetrics} and
     * {@link ChartMetric}).
     */
    static final class EddMetrics {

        private EddMetrics() {
        }

        /**
         * @param parametrization
         *            the architecture's, whose coordinates Bombieri–Weyl weighs, or null for a
         *            variety
         */
        static Metric of(org.neuroalgebra.model.Metric metric, int n, Parametrization parametrization)
                throws AnalysisException {
            if (metric == null || metric.getKind() == MetricKind.IDENTITY) {
                return Metric.identity(n);
            }
            return switch (metric.getKind()) {
                case BOMBIERI_WEYL -> {
                    String refusal = bombieriWeylRefusal(parametrization);
                    if (refusal != null) {
                        throw new AnalysisException(Kind.BAD_INPUT, refusal);
                    }
                    MlpParametrization mlp = (MlpParametrization) parametrization;
                    yield Metric.bombieriWeyl(mlp.basis(), mlp.outputCount());
                }
                case RANDOM -> Metric.randomPositiveDefinite(n, metric.getSeed());
                case KERNEL -> {
                    if (metric.getKernelDimension() >= n) {
                        throw new AnalysisException(Kind.BAD_INPUT, "kernel dimension " + metric.getKernelDimension() //$NON-NLS-1$
                                + " must be below the ambient dimension " + n);  //$NON-NLS-1$
                    }
                    yield Metric.degenerate(n, metric.getKernelDimension(), metric.getSeed());
                }
                case DATA -> {
                    if (metric.getDataset() == null) {
                        throw new AnalysisException(Kind.BAD_INPUT, "metric data needs a dataset"); //$NON-NLS-1$
                    }
                    yield VarietyDataMetric.of(metric.getDataset(), n);
                }
                case WEIGHTS, MATRIX -> user(metric, n);
                default -> Metric.identity(n);
            };
        }

        /**
         * @return why Bombieri–Weyl does not apply to the subject, or null: it weighs coefficients of
         *         monomials, which the coordinates of polynomial MLPs are and those of varieties and
         *         other architectures are not
         */
        static String bombieriWeylRefusal(Parametrization parametrization) {
            if (parametrization == null) {
                return "the Bombieri-Weyl metric weighs the coefficients of monomials, and the coordinates of a " //$NON-NLS-1$
                        + "variety are not: give the weights with metric weights (W1, ..., Wn)"; //$NON-NLS-1$
            }
            if (!(parametrization instanceof MlpParametrization)) {
                return "the Bombieri-Weyl metric weighs the coefficients of monomials; it is defined here for " //$NON-NLS-1$
                        + "polynomial MLPs, whose coordinates are the coefficients of each output: give the weights " //$NON-NLS-1$
                        + "of this architecture's coordinates with metric weights (W1, ..., Wn)"; //$NON-NLS-1$
            }
            return null;
        }

        /** The user's weights or matrix, which must act on C^n. */
        private static Metric user(org.neuroalgebra.model.Metric metric, int n) throws AnalysisException {
            Rational[][] q;
            try {
                q = UserMetrics.matrix(metric);
            } catch (IllegalArgumentException e) {
                throw new AnalysisException(Kind.BAD_INPUT, e.getMessage(), e);
            }
            if (q.length != n) {
                throw new AnalysisException(Kind.BAD_INPUT, sizeMismatch(metric, "the space has dimension " + n)); //$NON-NLS-1$
            }
            String kind = metric.getKind() == MetricKind.WEIGHTS ? "weights" : "matrix"; //$NON-NLS-1$ //$NON-NLS-2$
            return Metric.of(q, "user " + kind + " (" + n + " × " + n + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }

        /** @return e.g. "metric weights: 3 weights, but the variety lies in C^2" */
        static String sizeMismatch(org.neuroalgebra.model.Metric metric, String space) {
            int size = UserMetrics.dimension(metric);
            String given = metric.getKind() == MetricKind.WEIGHTS ? size + " weights" //$NON-NLS-1$
                    : "a " + size + " × " + size + " matrix"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return "metric " + metric.getKind().getLiteral() + ": " + given + ", but " + space; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }
}
