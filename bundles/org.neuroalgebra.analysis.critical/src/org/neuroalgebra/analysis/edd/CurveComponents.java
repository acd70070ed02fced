// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Numerical irreducible decomposition of a 1-dimensional part of the critical set at the data u
 * (the solutions of a square Lagrange system G(z; u) = 0 that form curves).
 * <p>
 * Witness points: the curves meet a generic hyperplane a·z = b in finitely many points, the
 * solutions of the square system (N − 1 random combinations of G, a·z − b), which are regular
 * where the curve is reduced; points of the extra curves the combinations add are removed by
 * checking G. Moving b around loops at fixed u and a (a generic pencil of parallel hyperplanes)
 * permutes the witness points of each irreducible curve transitively and never mixes curves
 * (monodromy), so the orbit of one witness point is the witness set of its curve and its size the
 * curve's degree; the trace test (the sum of a linear form over a complete witness set is affine
 * in b) says whether the orbit is complete. A start point of a curve at other data u′ (a planted
 * start) is moved to u together with the hyperplane of the pencil through it. Each curve gets two degrees: in the
 * function-space coordinates x (hyperplane in x only; a line has degree 1) and in the unknowns
 * (x, λ) of the Lagrange system (what an exact count of that system measures).
 */
final class CurveComponents {

    /**
     * An irreducible curve of the critical set.
     *
     * @param degree
     *            its degree in x
     * @param systemDegree
     *            its degree in (x, λ), or −1 if that monodromy failed
     * @param traceTest
     *            whether both trace tests passed
     * @param witness
     *            one point on it at the data (all unknowns)
     */
    record Curve(int degree, int systemDegree, boolean traceTest, Complex[] witness) {
    }

    private final ParameterHomotopySolver solver;
    private final SolverOptions options;
    private final List<Polynomial> combined;
    private final List<Polynomial> atData;
    private final int unknowns;
    private final int n;
    private final Complex[] u;
    private final SplittableRandom random;
    private final ProgressMonitor monitor;

    /**
     * @param system
     *            the Lagrange system, unknowns z = (x, λ, …), parameters u
     * @param u
     *            the data
     */
    CurveComponents(ParameterHomotopySolver solver, SolverOptions options, LagrangeSystem system, double[] u,
            SplittableRandom random, ProgressMonitor monitor) {
        this.solver = solver;
        this.options = options;
        this.n = system.ambientDimension();
        this.unknowns = system.system().variableCount();
        this.u = Complex.real(u);
        this.random = random;
        this.monitor = monitor;
        Rational[] exact = new Rational[u.length];
        for (int i = 0; i < u.length; i++) {
            exact[i] = Rational.of(new BigDecimal(u[i]));
        }
        this.atData = system.equationsAt(exact);
        List<Polynomial> equations = system.system().equations();
        this.combined = new ArrayList<>();
        for (int c = 0; c < equations.size() - 1; c++) {
            Polynomial g = Polynomial.zero(equations.get(0).variableCount());
            for (Polynomial e : equations) {
                g = g.add(e.scale(VarietySampler.smallRational(random)));
            }
            combined.add(g);
        }
    }

    /**
     * @param starts
     *            planted start pairs on the curves (at other data)
     * @param maxStarts
     *            how many starts to try at most
     * @return the distinct irreducible curves reached from the starts
     */
    List<Curve> decompose(List<StartPoint> starts, int maxStarts) {
        Pencil lagrange = new Pencil(n + 1);
        Pencil function = new Pencil(n);
        List<List<Complex[]>> orbits = new ArrayList<>();
        List<Curve> curves = new ArrayList<>();
        for (StartPoint start : starts.subList(0, Math.min(maxStarts, starts.size()))) {
            if (monitor.isCanceled()) {
                break;
            }
            Complex[] z = lagrange.moveToData(start);
            if (z == null || orbits.stream().anyMatch(orbit -> contains(orbit, z))) {
                continue;
            }
            Orbit inLagrange = lagrange.orbit(z);
            orbits.add(inLagrange.points());
            Complex[] x = function.moveToData(start);
            Orbit inFunction = x == null ? new Orbit(List.of(), false) : function.orbit(x);
            curves.add(new Curve(x == null ? -1 : inFunction.points().size(), inLagrange.points().size(),
                    inLagrange.traceTest() && inFunction.traceTest(), z));
        }
        return curves;
    }

    private record Orbit(List<Complex[]> points, boolean traceTest) {
    }

    /**
     * The parallel hyperplanes a·z_{1..m} = b with a fixed random rational a: moving b alone
     * along loops is enough for monodromy (a generic pencil), and along a line in b the trace of
     * a complete witness set is affine, which is what the solver's trace test checks.
     */
    private final class Pencil {

        private final Rational[] a;
        private final PolynomialSystem moving;
        private final PolynomialSystem fixed;
        private final Complex b = new Complex(random.nextGaussian(), random.nextGaussian());

        Pencil(int m) {
            a = new Rational[m];
            for (int i = 0; i < m; i++) {
                a[i] = VarietySampler.smallRational(random);
            }
            moving = system(true);
            fixed = system(false);
        }

        /** Follows the start with the hyperplane through it from its data to (u, b). */
        Complex[] moveToData(StartPoint start) {
            Complex through = Complex.ZERO;
            for (int i = 0; i < a.length; i++) {
                through = through.add(start.unknowns()[i].mul(Complex.real(a[i].doubleValue())));
            }
            Complex[] from = java.util.Arrays.copyOf(start.data(), n + 1);
            from[n] = through;
            Complex[] to = java.util.Arrays.copyOf(u, n + 1);
            to[n] = b;
            SolveResult moved = solver.track(moving, from, java.util.Collections.singletonList(start.unknowns()), to,
                    options, ProgressMonitor.NULL);
            List<Complex[]> reached = onCurves(moved);
            return reached.isEmpty() ? null : reached.get(0);
        }

        Orbit orbit(Complex[] z) {
            MonodromyResult orbit = solver.monodromy(fixed, new Complex[] { b }, z, n, options, monitor);
            List<Complex[]> points = onCurves(orbit.result());
            if (!contains(points, z)) {
                points.add(z);
            }
            return new Orbit(points, orbit.traceTest() == MonodromyResult.TraceTest.PASSED);
        }

        /** The combinations and a·z − b in the unknowns; parameters (u, b), or b with u substituted. */
        private PolynomialSystem system(boolean movingData) {
            List<String> variables = new ArrayList<>();
            for (int v = 0; v < unknowns; v++) {
                variables.add("z" + (v + 1)); //$NON-NLS-1$
            }
            List<String> parameters = new ArrayList<>();
            if (movingData) {
                for (int i = 1; i <= n; i++) {
                    parameters.add("u" + i); //$NON-NLS-1$
                }
            }
            parameters.add("b"); //$NON-NLS-1$
            int total = unknowns + parameters.size();
            List<Polynomial> equations = new ArrayList<>();
            for (Polynomial g : movingData ? combined : combinationsAtData()) {
                equations.add(ComplexPolynomials.embed(g, total, 0));
            }
            Polynomial h = Polynomial.variable(total, total - 1).neg();
            for (int i = 0; i < a.length; i++) {
                h = h.add(Polynomial.variable(total, i).scale(a[i]));
            }
            equations.add(h);
            return new PolynomialSystem(variables, parameters, equations);
        }
    }

    private List<Polynomial> combinationsAtData() {
        int total = combined.get(0).variableCount();
        List<Polynomial> substitution = new ArrayList<>();
        for (int v = 0; v < unknowns; v++) {
            substitution.add(Polynomial.variable(unknowns, v));
        }
        for (int i = unknowns; i < total; i++) {
            substitution.add(Polynomial.constant(unknowns, Rational.of(new BigDecimal(u[i - unknowns].re()))));
        }
        return combined.stream().map(g -> g.substitute(substitution)).toList();
    }

    /** @return the finite endpoints that solve the whole system at the data, not just the combinations */
    private List<Complex[]> onCurves(SolveResult result) {
        List<Complex[]> points = new ArrayList<>();
        for (var s : result.finiteSolutions()) {
            Complex[] z = s.coordinates();
            boolean solves = atData.stream().allMatch(
                    g -> ComplexPolynomials.evaluate(g, z).abs() <= 1e-8 * Math.max(1, ComplexPolynomials.size(g, z)));
            if (solves && !contains(points, z)) {
                points.add(z);
            }
        }
        return points;
    }

    private boolean contains(List<Complex[]> points, Complex[] z) {
        double scale = 1;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, z[i].abs());
        }
        for (Complex[] p : points) {
            double d = 0;
            for (int i = 0; i < unknowns; i++) {
                d = Math.max(d, p[i].sub(z[i]).abs());
            }
            if (d <= options.endpointTolerance() * scale) {
                return true;
            }
        }
        return false;
    }
}
