// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.edd.EddAnalysis.CrossCheck;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ComplexInterval;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.SolutionCertificate;
import org.neuroalgebra.solver.SolutionCertifier;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The ED degree in a {@link GaugeFixedChart} (docs/MATHEMATICS.md §6): the critical equations
 * G(t; u) = J_φ(t)ᵀ Q (φ(t) − u) = 0 form a square system whose solutions off the chart's
 * degenerate locus are exactly the ED critical points in the chart.
 * <ol>
 * <li>one planted solution t₀ at u₀ = φ(t₀) − w, w ∈ ker J_φ(t₀)ᵀQ, populated by monodromy over u
 * (stopped by the trace test or stagnation), and carried to the data by one parameter
 * homotopy;</li>
 * <li>each endpoint refined by Newton and certified by Krawczyk on G with exact rational
 * coefficients at the exact data; each box proven away from the degenerate locus (a generator
 * of it is enclosed away from 0 over the box), so its point is a smooth point of M, and
 * disjoint boxes give distinct points of M by injectivity;</li>
 * <li>completeness: the exact number of solutions of G = 0 off the degenerate locus (saturated by
 * it), modulo two primes, equal to the number certified.</li>
 * </ol>
 * Together that is docs/CERTIFICATES.md (a); when a link fails the count stays numerical and the
 * notes name the link.
 */
final class GaugeFixedEdComputation {

    /**
     * Newton-refined endpoints closer than this (relative) are one solution: above the accuracy of an
     * ill-conditioned refined point (CriticalEquations' Newton floor); two distinct points this close would be
     * caught by the exact count, which the number found must equal.
     */
    private static final double SAME_POINT = 1e-6;

    /**
     * Steps of one path of the start system: paths to regular critical points take a few hundred; the rest
     * crawl into Δ or to infinity, where nothing is lost by stopping them.
     */
    private static final int DIRECT_STEPS = 300;

    /** The start system runs when its Bézout number is at most this many times the exact count … */
    private static final int DIRECT_RATIO = 10;

    /** … or the count is below this. */
    private static final int DIRECT_MINIMUM = 8;

    private final ParameterHomotopySolver solver;

    private final SolutionCounter counter;

    /**
     * @param solver
     *            the homotopy solver
     * @param counter
     *            the exact counter, or null (then the count is numerical)
     */
    GaugeFixedEdComputation(ParameterHomotopySolver solver, SolutionCounter counter) {
        this.solver = solver;
        this.counter = counter;
    }

    /** The result and the exact count behind it. */
    record Outcome(EdDegreeResult result, CrossCheck crossCheck) {
    }

    /**
     * @param chart
     *            the gauge-fixed chart of M
     * @param metric
     *            a positive definite Q on the ambient space
     * @param data
     *            the data u, or null for a Gaussian one from the seed
     * @param seed
     *            the seed of every random choice
     * @param monitor
     *            progress and cancellation
     * @return the critical points, certified when every link of the chain holds
     * @throws CancellationException
     *             when the monitor is canceled
     */
    Outcome compute(GaugeFixedChart chart, Metric metric, double[] data, long seed, ProgressMonitor monitor) {
        long start = System.nanoTime();
        CriticalEquations equations = new CriticalEquations(chart.coefficients(), chart.unknownNames(), metric,
                chart.degenerateLocus());
        int k = equations.unknowns();
        int ambient = equations.ambient();
        SplittableRandom random = new SplittableRandom(seed);
        double[] u = data != null ? data.clone() : ParametricEdComputation.gaussian(ambient, random);
        if (u.length != ambient) {
            throw new IllegalArgumentException("data has " + u.length + " coordinates, expected " + ambient); //$NON-NLS-1$ //$NON-NLS-2$
        }
        monitor.begin("gauge-fixed ED degree", -1); //$NON-NLS-1$
        Rational[] exact = CriticalPointCertification.exact(u);
        List<Polynomial> g = equations.equationsAt(exact);
        // the exact count comes first: it tells monodromy when to stop, and certifies completeness at the end
        CrossCheck count = ExactCriticalCount.of(counter, g, k, chart.degenerateLocus(), seed, monitor);
        long expected = ExactCriticalCount.expected(count);
        SolverOptions options = SolverOptions.builder().seed(seed).endgame(false)
                .threads(Math.max(1, Runtime.getRuntime().availableProcessors())).build();
        Complex[] target = Complex.real(u);
        // The start system of φ's two factors, straight to the data: far fewer paths than the total degree, unless
        // its Bézout number is far above the exact count (a special metric such as the identity sends most paths
        // to infinity or into Δ), where monodromy from one planted point is cheaper. Paths into the singular
        // family Δ fail or crawl; they are not re-tracked in double-double, because a solution they might have
        // reached is found by the monodromy below when the exact count is not reached.
        List<Complex[]> endpoints = new ArrayList<>();
        long bezout = chart.variableGroups().bezoutNumber(equations.system().equations());
        SolveResult direct = null;
        int singular = 0;
        if (expected < 0 || bezout <= DIRECT_RATIO * Math.max(expected, DIRECT_MINIMUM)) {
            direct = solver.solve(equations.system(), target, options.toBuilder()
                    .variableGroups(chart.variableGroups()).precision(PrecisionPolicy.DOUBLE_ONLY)
                    .maxSteps(DIRECT_STEPS).build(), monitor);
            checkCanceled(monitor);
            singular = new PlantedMonodromy(solver, equations, options).collect(direct, target, endpoints);
        }
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        List<String> notes = new ArrayList<>();
        String method;
        if (direct != null) {
            merge(failures, direct.failures());
            method = direct.method();
        } else {
            method = "the linear-product start system would track " + bezout + " paths for " + expected //$NON-NLS-1$ //$NON-NLS-2$
                    + " solutions: not run"; //$NON-NLS-1$
        }
        if (expected < 0 || endpoints.size() < expected) {
            PlantedMonodromy planted = new PlantedMonodromy(solver, equations, options);
            PlantedMonodromy.Outcome loops = endpoints.isEmpty() ? planted.fromPlant(target, expected, random, monitor)
                    : planted.completeAtData(target, endpoints, expected, random, monitor);
            if (endpoints.isEmpty()) {
                endpoints.addAll(loops.endpoints());
            }
            singular += loops.singular();
            merge(failures, loops.trackFailures());
            int abandoned = loops.loopFailures().values().stream().mapToInt(Integer::intValue).sum();
            if (abandoned > 0) {
                notes.add("monodromy: " + abandoned + " loop paths failed in double precision and were abandoned " //$NON-NLS-1$ //$NON-NLS-2$
                        + loops.loopFailures() + "; the loops continued until " + loops.stoppingRule()); //$NON-NLS-1$
            }
            method += (direct != null ? " found " + direct.finiteSolutions().size() : "") + "; " + endpoints.size() + " of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + (expected >= 0 ? Long.toString(expected) : "an unknown number of") //$NON-NLS-1$
                    + " solutions after monodromy over u from " + loops.from() + " (" + loops.loops() //$NON-NLS-1$ //$NON-NLS-2$
                    + " triangles, " + loops.stoppingRule() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        double seconds = (System.nanoTime() - start) * 1e-9;
        Certified certified = certify(chart, metric, g, k, endpoints, exact, equations);
        if (expected >= 0 && endpoints.size() == expected && certified.offDegenerate() == endpoints.size()
                && certified.certification().disjoint()) {
            // every solution of the exact count is proven at the end of a path: the paths that brought none lost
            // none; while a point is unproven, a failed path may be where a true one was missed, so they count
            notes.add(unarrived(direct, failures, singular));
            failures.clear();
            singular = 0;
        }
        CrossCheck check = ExactCriticalCount.compared(count, endpoints.size());
        notes.add(0, "gauge-fixed formulation: " + chart.description()); //$NON-NLS-1$
        if (singular > 0) {
            notes.add(singular + " endpoints at the data were not counted: Newton's method does not converge to a " //$NON-NLS-1$
                    + "regular solution there"); //$NON-NLS-1$
        }
        if (certified.offDegenerate() < certified.krawczyk()) {
            notes.add((certified.krawczyk() - certified.offDegenerate()) + " Krawczyk-certified points are not " //$NON-NLS-1$
                    + "proven away from the chart's degenerate locus, so not certified as critical points of M"); //$NON-NLS-1$
        }
        notes.add("critical points outside the chart (a proper closed subset of M) do not occur for generic data; " //$NON-NLS-1$
                + "the chart is random (seed " + seed + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        method = "J_φ(t)ᵀ Q (φ(t) − u) = 0 in the " + k + " unknowns of a gauge-fixed injective chart of M: " //$NON-NLS-1$ //$NON-NLS-2$
                + method + ", Newton-refined endpoints"; //$NON-NLS-1$
        int realCount = (int) certified.points().stream().filter(CriticalPoint::real).count();
        EdDegreeResult result = new EdDegreeResult(certified.points().size(), realCount, certified.points(), List.of(),
                failures, singular, 0, MonodromyResult.TraceTest.NOT_RUN, u, seed, seconds, method, false, notes,
                certified.certification());
        EdDegreeResult checked = EddAnalysis.withCheck(result, check);
        if (!checked.certified() && !check.agrees()) {
            List<String> numerical = new ArrayList<>(checked.notes());
            numerical.add(0, "numerical: " + (check.notRun() != null ? "the exact count did not run (" + check.notRun() + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    : !check.primesAgree() ? "the exact counts modulo " + check.primesText() + " disagree" //$NON-NLS-1$ //$NON-NLS-2$
                            : check.dimension() > 0 ? "the solutions of the critical equations off the degenerate locus " //$NON-NLS-1$
                                    + "have dimension " + check.dimension() //$NON-NLS-1$
                                    : "the exact count off the degenerate locus is " + check.distinct() + ", not the " //$NON-NLS-1$ //$NON-NLS-2$
                                            + endpoints.size() + " points found")); //$NON-NLS-1$
            checked = checked.withNotes(numerical);
        }
        return new Outcome(checked, check);
    }

    /** What became of the paths that brought no critical point, once all were found. */
    private static String unarrived(SolveResult direct, Map<FailureReason, Integer> failures, int singular) {
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        return (direct != null ? "start system: " + direct.pathsTracked() + " paths; " : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "of all paths to the data, " + singular //$NON-NLS-1$
                + " ended at singular points (off M's smooth critical points) and " + failed + " failed " + failures //$NON-NLS-1$ //$NON-NLS-2$
                + (direct != null ? " (start system paths in double precision with at most " + DIRECT_STEPS + " steps)" //$NON-NLS-1$ //$NON-NLS-2$
                        : "") //$NON-NLS-1$
                + "; none of them is a lost critical point, since the certified, distinct critical points reach the " //$NON-NLS-1$
                + "exact count"; //$NON-NLS-1$
    }

    /** The points with their certificates, and what they prove. */
    private record Certified(List<CriticalPoint> points, Certification certification, int krawczyk,
            int offDegenerate) {
    }

    private static Certified certify(GaugeFixedChart chart, Metric metric, List<Polynomial> g, int k,
            List<Complex[]> endpoints, Rational[] u, CriticalEquations equations) {
        long start = System.nanoTime();
        CertificationResult boxes = SolutionCertifier.certify(g, k, endpoints);
        Polynomial loss = loss(chart.coefficients(), metric, u, k);
        List<CriticalPoint> points = new ArrayList<>();
        int krawczyk = 0;
        int offDegenerate = 0;
        double[] data = new double[u.length];
        for (int l = 0; l < u.length; l++) {
            data[l] = u[l].doubleValue();
        }
        for (int i = 0; i < endpoints.size(); i++) {
            SolutionCertificate certificate = boxes.certificate(i);
            Complex[] t = certificate.certified() ? certificate.center() : endpoints.get(i);
            if (certificate.certified()) {
                krawczyk++;
                if (awayFrom(chart.degenerateLocus(), certificate)) {
                    offDegenerate++;
                } else {
                    certificate = SolutionCertificate.none("the Krawczyk box meets the chart's degenerate locus"); //$NON-NLS-1$
                }
            }
            Complex[] x = equations.image(t);
            // φ has rational coefficients and is injective: t is real iff φ(t) is
            boolean real = certificate.certified() ? certificate.provenReal() : isReal(t);
            double[] bounds = null;
            if (certificate.provenReal()) {
                ComplexInterval value = SolutionCertifier.enclose(loss, certificate);
                bounds = new double[] { value.reLow(), value.reHigh() };
            }
            points.add(new CriticalPoint(x, new Complex[0], equations.loss(x, data), real, "critical", certificate, //$NON-NLS-1$
                    bounds));
        }
        boolean disjoint = boxes.pairwiseDisjoint();
        boolean realProven = points.stream()
                .allMatch(p -> p.real() ? p.certificate().provenReal() : p.certificate().provenNonReal());
        boolean minimumProven = realProven && CriticalPointCertification.minimumSeparated(points);
        String method = "Krawczyk's interval Newton operator on the gauge-fixed critical equations in " + k //$NON-NLS-1$
                + " unknowns at the exact data, outward-rounded interval arithmetic; every box enclosed away from " //$NON-NLS-1$
                + "the chart's degenerate locus; " + offDegenerate + " of " + points.size() + " points certified" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (disjoint ? ", pairwise disjoint boxes (distinct points of M by injectivity)" : ", NOT proven distinct"); //$NON-NLS-1$ //$NON-NLS-2$
        Certification certification = new Certification(offDegenerate, points.size(), disjoint, realProven,
                minimumProven, (System.nanoTime() - start) * 1e-9, method);
        return new Certified(points, certification, krawczyk, offDegenerate);
    }

    /** @return whether some generator of the degenerate ideal is enclosed away from 0 over the box */
    private static boolean awayFrom(List<Polynomial> locus, SolutionCertificate certificate) {
        for (Polynomial generator : locus) {
            if (!SolutionCertifier.enclose(generator, certificate).containsZero()) {
                return true;
            }
        }
        return false;
    }

    /** @return (φ(t) − u)ᵀ Q (φ(t) − u) as a polynomial in t, for the loss enclosures */
    private static Polynomial loss(Polynomial[] phi, Metric metric, Rational[] u, int k) {
        Polynomial[] residual = new Polynomial[phi.length];
        for (int l = 0; l < phi.length; l++) {
            residual[l] = phi[l].sub(Polynomial.constant(k, u[l]));
        }
        Polynomial sum = Polynomial.zero(k);
        for (int i = 0; i < phi.length; i++) {
            Polynomial weighted = Polynomial.zero(k);
            for (int j = 0; j < phi.length; j++) {
                Rational q = metric.entry(i, j);
                if (!q.isZero()) {
                    weighted = weighted.add(residual[j].scale(q));
                }
            }
            if (!weighted.isZero()) {
                sum = sum.add(residual[i].mul(weighted));
            }
        }
        return sum;
    }

    private static boolean isReal(Complex[] z) {
        for (Complex value : z) {
            if (Math.abs(value.im()) > 1e-8 * Math.max(1, value.abs())) {
                return false;
            }
        }
        return true;
    }

    static boolean contains(List<Complex[]> list, Complex[] z) {
        for (Complex[] other : list) {
            double distance = 0;
            double scale = 1;
            for (int i = 0; i < z.length; i++) {
                distance = Math.max(distance, other[i].sub(z[i]).abs());
                scale = Math.max(scale, Math.max(other[i].abs(), z[i].abs()));
            }
            if (distance <= SAME_POINT * scale) {
                return true;
            }
        }
        return false;
    }

    private static void merge(Map<FailureReason, Integer> total, Map<FailureReason, Integer> more) {
        more.forEach((reason, n) -> total.merge(reason, n, Integer::sum));
    }

    private static void checkCanceled(ProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new CancellationException("gauge-fixed ED degree computation canceled"); //$NON-NLS-1$
        }
    }
}
