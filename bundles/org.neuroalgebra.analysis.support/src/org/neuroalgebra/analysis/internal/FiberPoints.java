// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialMatrices;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.MonodromyGoal;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Points of the fibre {c(θ) = p} of a normalized parametrization ({@link NormalizedSystem}),
 * found by monodromy at a generic point of M and a parameter homotopy to the target p, chosen
 * so that every real component of a fibre of dimension ≤ 1 contributes a real point.
 * <p>
 * <b>The square system S(θ; parameters).</b> With u unknowns, n = dim V and remaining fibre
 * dimension m: if m = 0, the u equations R·(c(θ) − p) (R = identity when n = u, else random
 * integer combinations, whose extra solutions are dropped by checking c(θ) = p). If m ≥ 1,
 * the fibre is cut to a curve by m − 1 affine hyperplanes a_k·θ = s_k, u − m combinations
 * R·(c(θ) − p) complete a set G of u − 1 equations, and det [J_G ; (θ − q)ᵀ] = 0 asks for
 * the critical points of the squared distance to a point q on that curve. Every non-empty
 * real component of a real curve has a point closest to a real q, a critical point (when it
 * is a smooth point): so for m ≤ 1 no real endpoint means no real solution, up to numerical
 * failure. For m ≥ 2 a real hyperplane can miss a bounded real component ({@link #complete()}
 * is false).
 * <p>
 * <b>Solving.</b> Parameters are p (n), s (m − 1) and q (u). A random complex θ0 solves S at
 * p0 = c(θ0), s0 = a·θ0 and q0 = θ0 − J_G(θ0)ᵀ r (r random), which is generic; monodromy
 * populates the solutions there (their number, after dropping extra solutions, is the
 * generic count), and a parameter homotopy carries them to the target p with real random s
 * and q.
 *
 * @param monodromy
 *            the monodromy result at the generic start parameters
 * @param genericCount
 *            the monodromy solutions that satisfy c(θ) = p0
 * @param exactCount
 *            the number of distinct true solutions (c(θ) = p with all n equations, not their
 *            combinations) at a random rational start point, counted exactly modulo two primes
 *            by the {@link SolutionCounter}, or -1 when not counted or when the primes disagree;
 *            it must equal
 *            {@code genericCount}
 * @param tracked
 *            the parameter homotopy to the target (null when no target was given)
 * @param points
 *            the endpoints at the target that satisfy c(θ) = p
 * @param realPoints
 *            the real ones, as real parts
 * @param slices
 *            the number of hyperplanes m − 1 (0 when m ≤ 1)
 * @param complete
 *            whether no real endpoint proves (numerically) that the fibre has no real
 *            point: m ≤ 1, no path failed, no endpoint is singular (a singular endpoint means
 *            the target's fibre is larger than the generic one, e.g. x1³ for (2,2,1) where a
 *            whole curve of parameters with a zero outgoing weight reaches it), and the
 *            monodromy solutions are complete: the trace
 *            test passed or the exact count agrees (the trace test only applies to linear
 *            families; here the solutions are rational functions of p, so it usually fails)
 * @param method
 *            how the points were found
 * @param exactPoints
 *            the monodromy solutions moved to the rational start point of the exact count (those
 *            with c(θ) = p there); empty when there was no exact count
 * @param certificates
 *            their certificates on the square system S at that rational point, in order (null when
 *            there was no exact count): with the exact count they prove the fibre's size
 */
public record FiberPoints(MonodromyResult monodromy, int genericCount, long exactCount, SolveResult tracked,
        List<Complex[]> points, List<double[]> realPoints, int slices, boolean complete, String method,
        List<Complex[]> exactPoints, ScaledCertificates certificates) {

    private static final double RESIDUAL_TOLERANCE = 1e-6;

    /**
     * @param solver
     *            the homotopy solver
     * @param coefficients
     *            c(θ), polynomials in the u unknowns
     * @param names
     *            the names of the unknowns
     * @param dimension
     *            m, the remaining generic fibre dimension
     * @param target
     *            the target coefficients p, or null to stop after the monodromy
     * @param counter
     *            the exact counter of the completeness check, or null
     * @param options
     *            solver options (their seed also draws all random choices here)
     * @param monitor
     *            progress and cancellation
     * @return the points
     */
    public static FiberPoints solve(ParameterHomotopySolver solver, SolutionCounter counter, Polynomial[] coefficients,
            List<String> names, int dimension, Rational[] target, SolverOptions options, ProgressMonitor monitor) {
        return solve(solver, counter, coefficients, names, dimension, target, List::<Complex[]>of, options, monitor);
    }

    /**
     * As {@link #solve(ParameterHomotopySolver, SolutionCounter, Polynomial[], List, int, Rational[],
     * SolverOptions, ProgressMonitor)}, with a known symmetry group of the fibres: for a finite fibre
     * (m = 0) monodromy starts from the whole orbit of the random θ0 (exact fibre points, known for
     * free), and stops as soon as it knows as many fibre points as the exact count.
     *
     * @param orbit
     *            maps a fibre point to its images under the group (itself included); applied only
     *            when m = 0
     */
    public static FiberPoints solve(ParameterHomotopySolver solver, SolutionCounter counter, Polynomial[] coefficients,
            List<String> names, int dimension, Rational[] target, Function<Complex[], List<Complex[]>> orbit,
            SolverOptions options, ProgressMonitor monitor) {
        Builder b = new Builder(coefficients, names.size(), dimension, new SplittableRandom(options.seed() ^ 0xF1BEL));
        PolynomialSystem system = new PolynomialSystem(names, b.parameterNames(), b.equations());
        Complex[] theta0 = b.randomComplex(names.size());
        Complex[] start = b.startParameters(theta0);
        int slices = Math.max(0, dimension - 1);
        long exact = -1;
        String counted = ""; //$NON-NLS-1$
        if (counter != null) {
            List<Polynomial> exactSystem = b.exactSystem();
            CountResult count = counter.count(exactSystem, names.size(), List.of(), ModP.PRIME_1, options.seed(),
                    monitor);
            CountResult again = counter.count(exactSystem, names.size(), List.of(), ModP.PRIME_2, options.seed(),
                    monitor);
            boolean primesAgree = count.dimension() == again.dimension()
                    && count.distinctSolutions() == again.distinctSolutions();
            exact = primesAgree && count.dimension() == 0 ? count.distinctSolutions() : -1;
            counted = "; exact count " + (!primesAgree ? "differs between the primes" //$NON-NLS-1$ //$NON-NLS-2$
                    : exact < 0 ? "not finite" : Long.toString(exact)) + " by " + counter.id() //$NON-NLS-1$ //$NON-NLS-2$
                    + " modulo " + ModP.PRIME_1 + " and " + ModP.PRIME_2; //$NON-NLS-1$ //$NON-NLS-2$
        }
        Complex[] p0 = Arrays.copyOf(start, coefficients.length);
        List<Complex[]> seeds = dimension == 0 ? orbit.apply(theta0) : List.<Complex[]>of(theta0);
        // the count is of the true solutions c(θ) = p; the randomized square system may have more,
        // and a homotopy to a target must carry all of them when there are more equations than
        // unknowns (the true solutions at the target need not come from true ones at p0)
        MonodromyGoal known = dimension == 0 && exact > 0 && (target == null || coefficients.length == names.size())
                ? new MonodromyGoal(exact, x -> b.residual(x, p0) <= RESIDUAL_TOLERANCE)
                : null;
        MonodromyResult monodromy = solver.monodromy(system, start, seeds, names.size(), known, options, monitor);
        List<Complex[]> base = new ArrayList<>();
        for (Solution s : monodromy.result().finiteSolutions()) {
            if (b.residual(s.coordinates(), p0) <= RESIDUAL_TOLERANCE) {
                base.add(s.coordinates());
            }
        }
        String method = (dimension == 0 ? "monodromy on the normalized equations" //$NON-NLS-1$
                : "monodromy on the critical points of the distance to a point on the fibre curve" //$NON-NLS-1$
                        + (dimension > 1 ? " cut by " + (dimension - 1) + " random hyperplanes" : "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (seeds.size() > 1 ? " from the " + seeds.size() + " points of the symmetry orbit of θ0" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " (" + monodromy.loops() + " loops, " + monodromy.stoppingRule() + ", trace test " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + monodromy.traceTest() + ")" + counted; //$NON-NLS-1$
        List<Complex[]> exactPoints = List.of();
        ScaledCertificates certificates = null;
        if (counter != null) {
            // the points the exact count counts, proven one by one on the square system there
            Rational[] rational = b.exactPoint();
            Complex[] exactParameters = new Complex[rational.length - names.size()];
            for (int k = 0; k < exactParameters.length; k++) {
                exactParameters[k] = Complex.real(rational[names.size() + k].doubleValue());
            }
            Complex[] p = Arrays.copyOf(exactParameters, coefficients.length);
            // the rational point is the image of rational unknowns: their orbit lies in its fibre, no paths needed
            Complex[] planted = new Complex[names.size()];
            for (int i = 0; i < planted.length; i++) {
                planted[i] = Complex.real(rational[i].doubleValue());
            }
            List<Complex[]> kept = new ArrayList<>();
            if (dimension == 0) {
                orbit.apply(planted).stream().filter(x -> b.residual(x, p) <= RESIDUAL_TOLERANCE).forEach(kept::add);
            }
            String found = " (the symmetry orbit of the rational point)"; //$NON-NLS-1$
            boolean carried = dimension == 0 && exact > 0 && kept.size() < exact && base.size() == exact;
            if (carried) {
                kept.clear();
                kept.addAll(carried(solver, coefficients, names, b, theta0, planted, base, options, monitor));
                found = " (carried there from the monodromy solutions, the preimage moving from θ0 to the rational point)"; //$NON-NLS-1$
            }
            if (!carried && (kept.size() != exact || exact < 0)) {
                List<Complex[]> all = new ArrayList<>();
                monodromy.result().finiteSolutions().forEach(s -> all.add(s.coordinates()));
                SolveResult moved = solver.track(system, start, all, exactParameters, options, monitor);
                kept.clear();
                for (Solution s : moved.finiteSolutions()) {
                    if (b.residual(s.coordinates(), p) <= RESIDUAL_TOLERANCE) {
                        kept.add(s.coordinates());
                    }
                }
                found = " (tracked there from the monodromy solutions)"; //$NON-NLS-1$
            }
            exactPoints = kept;
            certificates = ScaledCertificates.of(b.squareAt(rational), names.size(), kept);
            method += "; " + certificates.summary() + " at the rational point of the exact count" + found; //$NON-NLS-1$ //$NON-NLS-2$
        }
        boolean countsComplete = monodromy.traceTest() == MonodromyResult.TraceTest.PASSED
                || exact >= 0 && exact == base.size();
        if (target == null) {
            return new FiberPoints(monodromy, base.size(), exact, null, base, List.of(), slices, countsComplete,
                    method, exactPoints, certificates);
        }
        List<Complex[]> all = new ArrayList<>();
        monodromy.result().finiteSolutions().forEach(s -> all.add(s.coordinates()));
        Complex[] goal = b.targetParameters(target);
        SolveResult tracked = solver.track(system, start, all, goal, options, monitor);
        Complex[] p = Arrays.copyOf(goal, coefficients.length);
        List<Complex[]> points = new ArrayList<>();
        List<double[]> real = new ArrayList<>();
        boolean singular = false;
        for (Solution s : tracked.finiteSolutions()) {
            if (b.residual(s.coordinates(), p) <= RESIDUAL_TOLERANCE) {
                points.add(s.coordinates());
                singular |= s.singular();
                if (s.real()) {
                    real.add(s.realParts());
                }
            }
        }
        // a singular endpoint lies on a larger component of a special fibre, whose real points need not be endpoints
        boolean complete = dimension <= 1 && countsComplete && tracked.failedPathCount() == 0 && !singular;
        return new FiberPoints(monodromy, base.size(), exact, tracked, points, real, slices,
                complete, method + ", then a parameter homotopy to the target", exactPoints, certificates); //$NON-NLS-1$
    }

    /**
     * The true solutions at c(θ0) carried to the rational point c(θ1) of a finite fibre. A straight
     * segment from c(θ0) to c(θ1) leaves M when M is not linear, and there the paths of the true
     * solutions can end on solutions of the randomized equations only. So the same combinations
     * R·(c(θ) − c(y)) are solved with the preimage y as the parameters, moving on the line from θ0 to
     * θ1: the target c(y) stays in M and the fibre points move with it (θ0 is complex, so the line
     * avoids the real discriminant).
     */
    private static List<Complex[]> carried(ParameterHomotopySolver solver, Polynomial[] coefficients,
            List<String> names, Builder b, Complex[] theta0, Complex[] theta1, List<Complex[]> solutions,
            SolverOptions options, ProgressMonitor monitor) {
        List<String> preimage = new ArrayList<>();
        for (String name : names) {
            preimage.add(name + "'"); //$NON-NLS-1$
        }
        PolynomialSystem system = new PolynomialSystem(names, preimage, b.preimageEquations(coefficients));
        Complex[] p = Arrays.copyOf(b.startParameters(theta1), b.n);
        List<Complex[]> kept = new ArrayList<>();
        for (Solution end : solver.track(system, theta0, solutions, theta1, options, monitor).finiteSolutions()) {
            if (b.residual(end.coordinates(), p) <= RESIDUAL_TOLERANCE) {
                kept.add(end.coordinates());
            }
        }
        return kept;
    }

    /** Builds S and its parameters; the equations are in unknowns ++ p ++ s ++ q. */
    private static final class Builder {

        private final Polynomial[] c;
        private final int u;
        private final int n;
        private final int m;
        private final int total;
        private final SplittableRandom random;
        private final List<Polynomial> g = new ArrayList<>();
        private final List<Polynomial> equations = new ArrayList<>();
        private final Polynomial[][] hyperplanes;
        private Rational[] exactPoint;

        Builder(Polynomial[] coefficients, int unknowns, int dimension, SplittableRandom random) {
            this.u = unknowns;
            this.n = coefficients.length;
            this.m = dimension;
            this.random = random;
            this.total = u + n + slices() + (m >= 1 ? u : 0);
            this.c = new Polynomial[n];
            for (int k = 0; k < n; k++) {
                c[k] = embed(coefficients[k]);
            }
            this.hyperplanes = new Polynomial[slices()][];
            for (int k = 0; k < slices(); k++) {
                Polynomial h = Polynomial.variable(total, u + n + k).neg();
                for (int i = 0; i < u; i++) {
                    h = h.add(Polynomial.variable(total, i).scale(Rational.of(random.nextInt(-9, 10))));
                }
                g.add(h);
            }
            int combinations = m == 0 ? u : u - m;
            for (int j = 0; j < combinations; j++) {
                Polynomial sum = Polynomial.zero(total);
                for (int k = 0; k < n; k++) {
                    Rational r = m == 0 && n == u ? Rational.of(j == k ? 1 : 0) : Rational.of(random.nextInt(-9, 10));
                    sum = sum.add(c[k].sub(Polynomial.variable(total, u + k)).scale(r));
                }
                g.add(sum);
            }
            equations.addAll(g);
            if (m >= 1) {
                equations.add(criticality());
            }
        }

        private int slices() {
            return Math.max(0, m - 1);
        }

        private Polynomial embed(Polynomial f) {
            Map<Monomial, Rational> terms = new TreeMap<>();
            for (Polynomial.Term t : f.terms()) {
                terms.put(Monomial.of(Arrays.copyOf(t.exponents(), total)), t.coefficient());
            }
            return Polynomial.of(total, terms);
        }

        private Polynomial criticality() {
            Polynomial[][] matrix = new Polynomial[u][u];
            for (int r = 0; r < u - 1; r++) {
                for (int i = 0; i < u; i++) {
                    matrix[r][i] = g.get(r).derivative(i);
                }
            }
            int q = u + n + slices();
            for (int i = 0; i < u; i++) {
                matrix[u - 1][i] = Polynomial.variable(total, i).sub(Polynomial.variable(total, q + i));
            }
            return PolynomialMatrices.determinant(matrix);
        }

        List<Polynomial> equations() {
            return equations;
        }

        List<String> parameterNames() {
            List<String> names = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                names.add("p" + k); //$NON-NLS-1$
            }
            for (int k = 1; k <= slices(); k++) {
                names.add("s" + k); //$NON-NLS-1$
            }
            if (m >= 1) {
                for (int k = 1; k <= u; k++) {
                    names.add("q" + k); //$NON-NLS-1$
                }
            }
            return names;
        }

        Complex[] randomComplex(int count) {
            Random gaussian = new Random(random.nextLong());
            Complex[] z = new Complex[count];
            for (int i = 0; i < count; i++) {
                z[i] = new Complex(gaussian.nextGaussian(), gaussian.nextGaussian());
            }
            return z;
        }

        /** p0 = c(θ0), s0 = a·θ0, q0 = θ0 − J_G(θ0)ᵀ r: θ0 solves S there. */
        Complex[] startParameters(Complex[] theta0) {
            Complex[] point = new Complex[total];
            Arrays.fill(point, Complex.ZERO);
            System.arraycopy(theta0, 0, point, 0, u);
            Complex[] params = new Complex[total - u];
            for (int k = 0; k < n; k++) {
                params[k] = evaluate(c[k], point);
                point[u + k] = params[k];
            }
            for (int k = 0; k < slices(); k++) {
                // h_k = a·θ − s_k vanishes for s_k = a·θ0, the value of h_k at s = 0
                params[n + k] = evaluate(g.get(k), point);
                point[u + n + k] = params[n + k];
            }
            if (m >= 1) {
                Complex[] r = randomComplex(u - 1);
                for (int i = 0; i < u; i++) {
                    Complex qi = theta0[i];
                    for (int row = 0; row < u - 1; row++) {
                        qi = qi.sub(evaluate(g.get(row).derivative(i), point).mul(r[row]));
                    }
                    params[n + slices() + i] = qi;
                }
            }
            return params;
        }

        /**
         * The true solutions of S (c(θ) = p, the hyperplanes, the criticality) with the
         * parameters of the same construction as {@link #startParameters} at a random
         * rational θ0 and r: a generic member of the family, exactly.
         */
        List<Polynomial> exactSystem() {
            Rational[] point = exactPoint();
            // all of c(θ) = p instead of the combinations: extra solutions of S are not counted
            List<Polynomial> exact = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                exact.add(c[k].sub(Polynomial.variable(total, u + k)));
            }
            exact.addAll(g.subList(0, slices()));
            if (m >= 1) {
                exact.add(equations.get(equations.size() - 1));
            }
            List<Polynomial> result = new ArrayList<>();
            for (Polynomial f : exact) {
                result.add(substituteParameters(f, point));
            }
            return result;
        }

        /**
         * The square system of a finite fibre (m = 0) with the target written as the image of a
         * preimage y: R·(c(θ) − c(y)), in the unknowns θ ++ the parameters y.
         *
         * @param coefficients
         *            c, in the u unknowns
         */
        List<Polynomial> preimageEquations(Polynomial[] coefficients) {
            Rational[] zero = new Rational[total];
            Arrays.fill(zero, Rational.ZERO);
            List<Polynomial> result = new ArrayList<>();
            for (Polynomial f : equations) {
                // f = R_j·c(θ) − Σ_k r_jk p_k is linear in p: keep R_j·c(θ), replace p_k by c_k(y)
                Polynomial equation = shift(substituteParameters(f, zero), 0);
                for (int k = 0; k < n; k++) {
                    Rational r = f.derivative(u + k).evaluate(zero);
                    if (r.signum() != 0) {
                        equation = equation.add(shift(coefficients[k], u).scale(r));
                    }
                }
                result.add(equation);
            }
            return result;
        }

        /** g in u variables as a polynomial in 2u variables, its variables from index {@code offset} on. */
        private Polynomial shift(Polynomial g, int offset) {
            Map<Monomial, Rational> terms = new TreeMap<>();
            for (Polynomial.Term t : g.terms()) {
                int[] e = new int[2 * u];
                System.arraycopy(t.exponents(), 0, e, offset, u);
                terms.merge(Monomial.of(e), t.coefficient(), Rational::add);
            }
            return Polynomial.of(2 * u, terms);
        }

        /** @return the square system S at the given point's parameters, in the unknowns */
        List<Polynomial> squareAt(Rational[] point) {
            List<Polynomial> result = new ArrayList<>();
            for (Polynomial f : equations) {
                result.add(substituteParameters(f, point));
            }
            return result;
        }

        /**
         * The parameters of the exact count, drawn once: the same construction as
         * {@link #startParameters} at a random rational θ0 and r (entries from index u on).
         */
        Rational[] exactPoint() {
            if (exactPoint != null) {
                return exactPoint.clone();
            }
            Rational[] point = new Rational[total];
            Arrays.fill(point, Rational.ZERO);
            for (int i = 0; i < u; i++) {
                point[i] = Rational.of(random.nextInt(-20, 21), random.nextInt(1, 8));
            }
            for (int k = 0; k < n; k++) {
                point[u + k] = c[k].evaluate(point);
            }
            for (int k = 0; k < slices(); k++) {
                point[u + n + k] = g.get(k).evaluate(point);
            }
            if (m >= 1) {
                Rational[] q = new Rational[u];
                for (int i = 0; i < u; i++) {
                    q[i] = point[i];
                }
                for (int row = 0; row < u - 1; row++) {
                    Rational r = Rational.of(random.nextInt(-9, 10));
                    for (int i = 0; i < u; i++) {
                        q[i] = q[i].sub(g.get(row).derivative(i).evaluate(point).mul(r));
                    }
                }
                System.arraycopy(q, 0, point, u + n + slices(), u);
            }
            exactPoint = point;
            return point.clone();
        }

        /** f with every variable from index u on replaced by its value: a polynomial in the unknowns. */
        private Polynomial substituteParameters(Polynomial f, Rational[] point) {
            Map<Monomial, Rational> terms = new TreeMap<>();
            for (Polynomial.Term t : f.terms()) {
                int[] e = t.exponents();
                Rational coefficient = t.coefficient();
                for (int v = u; v < total; v++) {
                    coefficient = coefficient.mul(point[v].pow(e[v]));
                }
                terms.merge(Monomial.of(Arrays.copyOf(e, u)), coefficient, Rational::add);
            }
            return Polynomial.of(u, terms);
        }

        Complex[] targetParameters(Rational[] target) {
            Complex[] params = new Complex[total - u];
            for (int k = 0; k < n; k++) {
                params[k] = Complex.real(target[k].doubleValue());
            }
            for (int k = n; k < params.length; k++) {
                params[k] = Complex.real(random.nextInt(-9, 10));
            }
            return params;
        }

        /** max_k |c_k(θ) − p_k| / max(1, largest term of c_k at θ, |p_k|). */
        double residual(Complex[] theta, Complex[] p) {
            Complex[] point = new Complex[total];
            Arrays.fill(point, Complex.ZERO);
            System.arraycopy(theta, 0, point, 0, u);
            double worst = 0;
            for (int k = 0; k < n; k++) {
                Complex value = evaluate(c[k], point).sub(p[k]);
                double scale = Math.max(1, Math.max(p[k].abs(), largestTerm(c[k], point)));
                worst = Math.max(worst, value.abs() / scale);
            }
            return worst;
        }
    }

    static Complex evaluate(Polynomial f, Complex[] x) {
        Complex sum = Complex.ZERO;
        for (Polynomial.Term term : f.terms()) {
            sum = sum.add(term(term, x));
        }
        return sum;
    }

    private static double largestTerm(Polynomial f, Complex[] x) {
        double max = 0;
        for (Polynomial.Term term : f.terms()) {
            max = Math.max(max, term(term, x).abs());
        }
        return max;
    }

    private static Complex term(Polynomial.Term term, Complex[] x) {
        Complex value = Complex.real(term.coefficient().doubleValue());
        int[] e = term.exponents();
        for (int v = 0; v < e.length; v++) {
            for (int k = 0; k < e[v]; k++) {
                value = value.mul(x[v]);
            }
        }
        return value;
    }
}
