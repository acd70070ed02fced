// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.numerical.ComplexRank;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.MonodromyGoal;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The state of one {@link EdDegreeComputation}: runs its solver stages and
 * collects critical points, components, failures and notes into an
 * {@link EdDegreeResult}.
 */
final class CriticalSetSearch {

    static final String ZERO_LOSS = "zero-loss"; //$NON-NLS-1$
    static final String RAMIFICATION = "ramification"; //$NON-NLS-1$
    static final String CRITICAL = "critical"; //$NON-NLS-1$
    private static final int TRACK_ATTEMPTS = 3;
    private static final int MAX_RUNS = 4;
    private static final int MAX_CURVE_STARTS = 8;

    private enum Probe {
        KNOWN, NEW, FAILED
    }

    private final ParameterHomotopySolver solver;
    private final List<Polynomial> equations;
    private final int n;
    private final int codimension;
    private final Metric metric;
    private final double[] u;
    private final long seed;
    private final SplittableRandom random;
    private final ProgressMonitor monitor;
    private final SolverOptions options;
    private final VarietySampler sampler;
    private final List<CriticalPoint> points = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    private final Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
    private final List<String> notes = new ArrayList<>();
    private final List<String> methods = new ArrayList<>();
    private MonodromyResult.TraceTest trace = MonodromyResult.TraceTest.NOT_RUN;
    private int removedSingular;
    private int removedOffVariety;
    private NumericPolynomials numericEquations;

    CriticalSetSearch(ParameterHomotopySolver solver, List<Polynomial> equations, int codimension, Metric metric,
            double[] u, long seed, SplittableRandom random, ProgressMonitor monitor) {
        this.solver = solver;
        this.equations = equations;
        this.n = equations.get(0).variableCount();
        this.codimension = codimension;
        this.metric = metric;
        this.u = u;
        this.seed = seed;
        this.random = random;
        this.monitor = monitor;
        // results do not depend on the thread count, so use the machine
        this.options = SolverOptions.builder().seed(seed)
                .threads(Math.min(4, Runtime.getRuntime().availableProcessors())).build();
        // start points must be regular and well conditioned: paths to singular endpoints need no endgame,
        // no double-double rescue, and may give up early
        this.sampler = new VarietySampler(solver, options.toBuilder().endgame(false).minStepSize(1e-9).maxSteps(2000)
                .precision(PrecisionPolicy.DOUBLE_ONLY).build(), monitor);
    }

    /**
     * Monodromy from the first start, then from every further start whose
     * own solution does not reach an already known critical point when
     * moved to the data (it lies on another component of the ED
     * correspondence, e.g. of a reducible ramification locus), and again
     * from a further start when the trace test failed, until such a retry
     * finds nothing new (at most {@link #MAX_RUNS} runs in all). The union of the points reached at
     * the data is reported.
     */
    VarietySampler sampler() {
        return sampler;
    }

    /**
     * @param expected
     *            the exact number of the critical points of this kind at the data, or a negative number when it
     *            is not known; when known, each monodromy stops as soon as it has that many, and no further start
     *            is tried once that many are found at the data
     */
    void isolated(LagrangeSystem system, List<StartPoint> starts, String kind, long expected) {
        if (starts.isEmpty()) {
            notes.add("no smooth start point found for the " + kind //$NON-NLS-1$
                    + " critical points: there are none, or the slice missed them"); //$NON-NLS-1$
            components.add(new Component(0, 0, kind, "no start point")); //$NON-NLS-1$
            return;
        }
        int unknowns = system.system().variableCount();
        int rank = unknowns - localDimension(system, starts.get(0));
        if (rank == unknowns - 1) {
            curves(system, starts, kind);
            return;
        }
        if (rank < unknowns) {
            components.add(new Component(unknowns - rank, -1, kind,
                    "local dimension = corank of the Jacobian of the Lagrange system at a sample point")); //$NON-NLS-1$
            notes.add("the " + kind + " critical points form a set of dimension " + (unknowns - rank) //$NON-NLS-1$ //$NON-NLS-2$
                    + " near a sample point; its degree was not computed"); //$NON-NLS-1$
            return;
        }
        int before = points.size();
        int runs = 0;
        boolean unresolvedFailure = false;
        boolean retried = false;
        List<String> how = new ArrayList<>();
        MonodromyGoal goal = expected > 0 ? new MonodromyGoal(expected, z -> regular(Arrays.copyOf(z, n))) : null;
        // with the count known, a loop path that fails in double precision is abandoned rather than re-tracked in
        // double-double: the loops go on until the count is reached, so nothing is lost by it
        SolverOptions loopOptions = goal == null ? options
                : options.toBuilder().precision(PrecisionPolicy.DOUBLE_ONLY).build();
        for (StartPoint start : starts) {
            if (runs >= MAX_RUNS || monitor.isCanceled() || goal != null && points.size() - before >= expected) {
                break;
            }
            Probe probe = runs == 0 ? Probe.NEW : probe(system, start);
            boolean covered = probe == Probe.KNOWN;
            if (probe == Probe.FAILED || covered && (!unresolvedFailure || retried)) {
                continue;
            }
            int known = points.size();
            MonodromyResult monodromy = solver.monodromy(system.system(), start.data(), List.<Complex[]>of(start.unknowns()),
                    n, goal, loopOptions, monitor);
            merge(monodromy.result().failures());
            List<Complex[]> found = monodromy.result().finiteSolutions().stream().map(s -> s.coordinates())
                    .toList();
            SolveResult moved = moveToData(system, start, found);
            collect(moved, kind);
            // complete: by the trace test, or by as many points at the data as the exact count
            boolean passed = goal != null ? points.size() - before >= expected
                    : monodromy.traceTest() == MonodromyResult.TraceTest.PASSED;
            unresolvedFailure = covered ? unresolvedFailure && !passed : unresolvedFailure || !passed;
            runs++;
            // one retry from another start after a failed trace test; more only while retries find points
            retried = covered && points.size() == known;
            how.add("monodromy (" + monodromy.loops() + " loops, " + monodromy.stoppingRule() + ", trace test " //$NON-NLS-1$ //$NON-NLS-2$
                    + monodromy.traceTest() + ")"); //$NON-NLS-1$
            methods.add(kind + " points: Lagrange system in " + unknowns + " unknowns, " //$NON-NLS-1$ //$NON-NLS-2$
                    + monodromy.result().method() + "; " + moved.method()); //$NON-NLS-1$
        }
        trace = unresolvedFailure ? MonodromyResult.TraceTest.FAILED
                : goal != null ? MonodromyResult.TraceTest.NOT_RUN : MonodromyResult.TraceTest.PASSED;
        components.add(new Component(0, points.size() - before, kind.equals(CRITICAL) ? "points" : kind, //$NON-NLS-1$
                String.join(" + ", how) + ", each followed by a parameter homotopy to the data")); //$NON-NLS-1$ //$NON-NLS-2$
        if (unresolvedFailure) {
            notes.add((goal != null ? "fewer points than the exact count (" + expected + ") reached the data" //$NON-NLS-1$ //$NON-NLS-2$
                    : "the trace test did not pass") + ": the " + kind + " count is a lower bound"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the corank of the Jacobian of the Lagrange system at the start: the local dimension of its solutions */
    static int localDimension(LagrangeSystem system, StartPoint start) {
        int unknowns = system.system().variableCount();
        Complex[] all = concat(start.unknowns(), start.data());
        return unknowns - ComplexRank.rank(ComplexMatrices.of(ComplexPolynomials.jacobian(system.system().equations(), unknowns, all)));
    }

    /** The critical set of this kind is a union of curves near the start: split it into irreducible curves. */
    private void curves(LagrangeSystem system, List<StartPoint> starts, String kind) {
        List<CurveComponents.Curve> curves = new CurveComponents(solver, options, system, u, random, monitor)
                .decompose(starts, MAX_CURVE_STARTS);
        if (curves.isEmpty()) {
            components.add(new Component(1, -1, kind, "local dimension 1 at a start point; no witness point reached")); //$NON-NLS-1$
            notes.add("the " + kind + " critical points form curves; no witness point reached the data"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        for (CurveComponents.Curve curve : curves) {
            components.add(new Component(1, curve.degree(), kind, "irreducible curve: monodromy of its witness points " //$NON-NLS-1$
                    + "on a moving hyperplane (degree " + curve.degree() + " in x, " + curve.systemDegree() //$NON-NLS-1$ //$NON-NLS-2$
                    + " in the Lagrange unknowns; trace tests " + (curve.traceTest() ? "passed" : "NOT passed") + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    curve.systemDegree()));
            if (!curve.traceTest()) {
                notes.add("a trace test of a " + kind + " curve did not pass: its degree is a lower bound"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        methods.add(kind + " curves: numerical irreducible decomposition by monodromy from " + starts.size() //$NON-NLS-1$
                + " start points (at most " + MAX_CURVE_STARTS + " tried)"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Moves the start's own solution to the data: KNOWN when it arrives at
     * a known critical point (its component is covered), NEW when at
     * another point, FAILED when it does not arrive at a finite point (a
     * poor start, skipped).
     */
    private Probe probe(LagrangeSystem system, StartPoint start) {
        SolveResult probe = solver.track(system.system(), start.data(),
                java.util.Collections.singletonList(start.unknowns()), Complex.real(u), options,
                ProgressMonitor.NULL);
        if (probe.finiteSolutions().isEmpty()) {
            return Probe.FAILED;
        }
        Complex[] x = java.util.Arrays.copyOf(probe.finiteSolutions().get(0).coordinates(), n);
        return isNew(x) ? Probe.NEW : Probe.KNOWN;
    }

    private SolveResult moveToData(LagrangeSystem system, StartPoint start, List<Complex[]> found) {
        SolveResult moved = solver.track(system.system(), start.data(), found, Complex.real(u), options, monitor);
        for (int attempt = 1; attempt < TRACK_ATTEMPTS && moved.failedPathCount() > 0; attempt++) {
            // another γ-arc (and chart) from another seed avoids what made a path fail
            notes.add(moved.failedPathCount() + " paths to the data failed; tracking again with seed " + (seed + attempt)); //$NON-NLS-1$
            SolveResult again = solver.track(system.system(), start.data(), found, Complex.real(u),
                    options.withSeed(seed + attempt), monitor);
            if (again.failedPathCount() < moved.failedPathCount()) {
                moved = again;
            }
        }
        merge(moved.failures());
        if (moved.atInfinityPathCount() > 0) {
            notes.add(moved.atInfinityPathCount() + " paths went to infinity on the way to the data: the data is not generic"); //$NON-NLS-1$
        }
        return moved;
    }

    /** @return whether x is a smooth point of V: what the exact count counts and {@link #collect} keeps */
    private boolean regular(Complex[] x) {
        return onVariety(x)
                && ComplexRank.rank(ComplexMatrices.of(numeric().jacobian(x))) >= codimension;
    }

    private void collect(SolveResult moved, String kind) {
        for (var s : moved.finiteSolutions()) {
            Complex[] z = s.coordinates();
            Complex[] x = java.util.Arrays.copyOf(z, n);
            if (!onVariety(x)) {
                removedOffVariety++;
            } else if (ComplexRank.rank(ComplexMatrices.of(numeric().jacobian(x))) < codimension) {
                removedSingular++;
            } else if (isNew(x)) {
                Complex[] lambda = java.util.Arrays.copyOfRange(z, n, n + codimension);
                points.add(new CriticalPoint(x, lambda, loss(x), isReal(x), kind));
            }
        }
    }

    void zeroLoss() {
        List<Rational[]> kernel = metric.kernel();
        int k = kernel.size();
        List<Polynomial> coordinates = new ArrayList<>();
        Rational[] exactU = new Rational[n];
        for (int i = 0; i < n; i++) {
            exactU[i] = Rational.of(new BigDecimal(u[i]));
            Rational[] column = new Rational[k];
            for (int j = 0; j < k; j++) {
                column[j] = kernel.get(j)[i];
            }
            coordinates.add(ComplexPolynomials.linear(exactU[i], column));
        }
        Polynomial restricted = equations.get(0).substitute(coordinates);
        String how = "F restricted to u + ker Q"; //$NON-NLS-1$
        if (restricted.isZero()) {
            components.add(new Component(k, 1, ZERO_LOSS, how + " vanishes: u + ker Q lies in the variety")); //$NON-NLS-1$
            return;
        }
        if (restricted.degree() == 0) {
            components.add(new Component(0, 0, ZERO_LOSS, how + " is a non-zero constant")); //$NON-NLS-1$
            return;
        }
        List<Polynomial> system = new ArrayList<>();
        system.add(restricted);
        for (int h = 0; h < k - 1; h++) {
            Rational[] normal = new Rational[k];
            for (int j = 0; j < k; j++) {
                normal[j] = VarietySampler.smallRational(random);
            }
            system.add(ComplexPolynomials.linear(VarietySampler.smallRational(random), normal));
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            names.add("w" + j); //$NON-NLS-1$
        }
        var solved = solver.solve(org.neuroalgebra.solver.PolynomialSystem.of(names, system), new Complex[0],
                options, monitor);
        merge(solved.failures());
        int count = solved.finiteSolutions().size();
        if (k == 1) {
            for (var s : solved.finiteSolutions()) {
                Complex[] x = new Complex[n];
                for (int i = 0; i < n; i++) {
                    x[i] = Complex.real(u[i]).add(s.coordinate(0).mul(Complex.real(kernel.get(0)[i].doubleValue())));
                }
                points.add(new CriticalPoint(x, new Complex[] { Complex.ZERO }, loss(x), isReal(x), ZERO_LOSS));
            }
            components.add(new Component(0, count, ZERO_LOSS, how + ", solved")); //$NON-NLS-1$
        } else {
            int dimension = k - 1;
            if (count > 0) {
                Complex[] w = solved.finiteSolutions().get(0).coordinates();
                int rank = ComplexRank.rank(ComplexMatrices.of(ComplexPolynomials.jacobian(List.of(restricted), k, w)));
                dimension = k - rank;
            }
            components.add(new Component(dimension, count, ZERO_LOSS, how + "; dimension = " + k //$NON-NLS-1$
                    + " − gradient rank at a sample point, degree = points on " + (k - 1) //$NON-NLS-1$
                    + " random hyperplanes")); //$NON-NLS-1$
        }
        methods.add("zero-loss set: " + solved.method()); //$NON-NLS-1$
    }

    /**
     * The zero-loss set (u + ker Q) ∩ V for a variety of codimension c &gt; 1: every equation of V
     * restricted to u + K, in k unknowns w. For generic u it has dimension k − c: empty when
     * k &lt; c, points (critical points with λ = 0) when k = c, and otherwise a set whose degree is
     * its number of points on k − c random hyperplanes. It is solved through c random combinations
     * of the restricted equations, keeping the solutions of all of them.
     */
    void zeroLossOfCodimension() {
        List<Rational[]> kernel = metric.kernel();
        int k = kernel.size();
        String how = "every equation restricted to u + ker Q"; //$NON-NLS-1$
        if (k < codimension) {
            components.add(new Component(0, 0, ZERO_LOSS, "u + ker Q has dimension " + k //$NON-NLS-1$
                    + ", below the codimension " + codimension + ": it misses the variety for generic data")); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        List<Polynomial> coordinates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Rational[] column = new Rational[k];
            for (int j = 0; j < k; j++) {
                column[j] = kernel.get(j)[i];
            }
            coordinates.add(ComplexPolynomials.linear(Rational.of(new BigDecimal(u[i])), column));
        }
        List<Polynomial> restricted = new ArrayList<>();
        for (Polynomial f : equations) {
            Polynomial r = f.substitute(coordinates);
            if (!r.isZero()) {
                restricted.add(r);
            }
        }
        List<Polynomial> system = new ArrayList<>();
        for (int j = 0; j < codimension; j++) {
            Polynomial g = Polynomial.zero(k);
            for (Polynomial r : restricted) {
                g = g.add(r.scale(VarietySampler.smallRational(random)));
            }
            system.add(g);
        }
        for (int h = 0; h < k - codimension; h++) {
            Rational[] normal = new Rational[k];
            for (int j = 0; j < k; j++) {
                normal[j] = VarietySampler.smallRational(random);
            }
            system.add(ComplexPolynomials.linear(VarietySampler.smallRational(random), normal));
        }
        if (restricted.isEmpty() || system.stream().anyMatch(g -> g.degree() == 0)) {
            components.add(new Component(restricted.isEmpty() ? k : 0, restricted.isEmpty() ? 1 : 0, ZERO_LOSS,
                    how + (restricted.isEmpty() ? ": they vanish, u + ker Q lies in the variety" : ": no solution"))); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= k; j++) {
            names.add("w" + j); //$NON-NLS-1$
        }
        var solved = solver.solve(org.neuroalgebra.solver.PolynomialSystem.of(names, system), new Complex[0],
                options, monitor);
        merge(solved.failures());
        List<Complex[]> found = new ArrayList<>();
        for (var s : solved.finiteSolutions()) {
            Complex[] w = s.coordinates();
            boolean onAll = restricted.stream().allMatch(r -> ComplexPolynomials.evaluate(r, w).abs()
                    <= 1e-8 * Math.max(1, ComplexPolynomials.size(r, w)));
            if (onAll) {
                Complex[] x = new Complex[n];
                for (int i = 0; i < n; i++) {
                    x[i] = Complex.real(u[i]);
                    for (int j = 0; j < k; j++) {
                        x[i] = x[i].add(w[j].mul(Complex.real(kernel.get(j)[i].doubleValue())));
                    }
                }
                found.add(x);
            }
        }
        if (k == codimension) {
            Complex[] zero = new Complex[codimension];
            java.util.Arrays.fill(zero, Complex.ZERO);
            for (Complex[] x : found) {
                points.add(new CriticalPoint(x, zero, loss(x), isReal(x), ZERO_LOSS));
            }
            components.add(new Component(0, found.size(), ZERO_LOSS, how + ", solved")); //$NON-NLS-1$
        } else {
            components.add(new Component(k - codimension, found.size(), ZERO_LOSS, how + "; dimension k − c = " //$NON-NLS-1$
                    + (k - codimension) + " for generic data, degree = points on " + (k - codimension) //$NON-NLS-1$
                    + " random hyperplanes")); //$NON-NLS-1$
        }
        methods.add("zero-loss set: " + solved.method()); //$NON-NLS-1$
    }

    EdDegreeResult result(double seconds) {
        int real = (int) points.stream().filter(CriticalPoint::real).count();
        if (removedSingular > 0) {
            notes.add(removedSingular + " solutions on the singular locus were removed"); //$NON-NLS-1$
        }
        if (removedOffVariety > 0) {
            notes.add(removedOffVariety + " solutions on extra components of the randomized equations were removed"); //$NON-NLS-1$
        }
        notes.add("numerical result: certified only when every critical point is certified and exact counts modulo " //$NON-NLS-1$
                + "two primes agree with their number (docs/CERTIFICATES.md)"); //$NON-NLS-1$
        String method = "ED degree for Q = " + metric.description() + ": " + String.join("; ", methods); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new EdDegreeResult(points.size(), real, points, components, failures, removedSingular,
                removedOffVariety, trace, u, seed, seconds, method, false, notes);
    }

    private void merge(Map<FailureReason, Integer> more) {
        more.forEach((reason, count) -> failures.merge(reason, count, Integer::sum));
    }

    /** @return F and J_F in double, made on first use (the monodromy's goal tests every solution it knows) */
    private synchronized NumericPolynomials numeric() {
        if (numericEquations == null) {
            numericEquations = new NumericPolynomials(equations, n);
        }
        return numericEquations;
    }

    private boolean onVariety(Complex[] x) {
        for (Polynomial f : equations) {
            double scale = Math.max(1, ComplexPolynomials.size(f, x));
            if (ComplexPolynomials.evaluate(f, x).abs() > 1e-8 * scale) {
                return false;
            }
        }
        return true;
    }

    private boolean isNew(Complex[] x) {
        double scale = 0;
        for (Complex c : x) {
            scale = Math.max(scale, c.abs());
        }
        for (CriticalPoint p : points) {
            double d = 0;
            Complex[] y = p.point();
            for (int i = 0; i < n; i++) {
                d = Math.max(d, x[i].sub(y[i]).abs());
            }
            if (d <= options.endpointTolerance() * Math.max(1, scale)) {
                return false;
            }
        }
        return true;
    }

    private boolean isReal(Complex[] x) {
        double scale = 1;
        double im = 0;
        for (Complex c : x) {
            scale = Math.max(scale, c.abs());
            im = Math.max(im, Math.abs(c.im()));
        }
        return im <= options.realTolerance() * scale;
    }

    private Complex loss(Complex[] x) {
        Complex sum = Complex.ZERO;
        for (int i = 0; i < n; i++) {
            Complex di = x[i].sub(Complex.real(u[i]));
            for (int j = 0; j < n; j++) {
                Complex dj = x[j].sub(Complex.real(u[j]));
                sum = sum.add(di.mul(dj).mul(Complex.real(metric.entry(i, j).doubleValue())));
            }
        }
        return sum;
    }

    private static Complex[] concat(Complex[] a, Complex[] b) {
        Complex[] result = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
