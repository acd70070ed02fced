// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The zero-dimensional strata of a semialgebraic plane curve M = {F = 0, g_i ≥ 0}: its real
 * singular points (where F and both partials vanish) and its boundary points (where F = 0 meets
 * some g_i = 0), each kept when it satisfies all inequalities. What is left is the smooth part.
 * The singular locus is counted exactly ({@link SingularLocus}, Gröbner bases modulo two primes);
 * the homotopy solver then locates its points and must find exactly that many. Each boundary
 * system {F, g_i} is checked to be finite by the exact counter before it is solved.
 *
 * @param locus
 *            the exact singular locus of F over C
 * @param singularPoints
 *            the real singular points in M
 * @param boundaryPoints
 *            the real points of M where an inequality is active
 */
public record CurveStrata(SingularLocus locus, List<CurvePoint> singularPoints, List<CurvePoint> boundaryPoints) {

    /** Imaginary parts and residuals below this count as zero; constraints are checked with it. */
    public static final double TOLERANCE = 1e-7;

    /**
     * A special point of the curve.
     *
     * @param point
     *            its coordinates
     * @param description
     *            e.g. {@code singular point (0, 0)} or {@code end point (1, 0) where y >= 0 is active}
     */
    public record CurvePoint(double[] point, String description) {
    }

    /**
     * @throws IllegalArgumentException
     *             when F has a multiple component (a singular locus of positive dimension) or a
     *             boundary g_i = 0 shares a component with the curve
     * @throws IllegalStateException
     *             when the primes disagree or the solver misses singular points
     */
    public static CurveStrata of(PlaneCurve curve, PolynomialSystemSolver solver, SolutionCounter counter, long seed,
            ProgressMonitor monitor) {
        Polynomial f = curve.equation();
        SingularLocus locus = SingularLocus.of(f, counter, seed, monitor);
        if (locus.dimension() > 0) {
            throw new IllegalArgumentException("the singular locus of '" + curve.name() + "' has dimension " //$NON-NLS-1$ //$NON-NLS-2$
                    + locus.dimension() + ": F has a multiple component; only reduced curves are supported"); //$NON-NLS-1$
        }
        SolverOptions options = SolverOptions.defaults().withSeed(seed);
        List<CurvePoint> singular = new ArrayList<>();
        if (!locus.isEmpty()) {
            SolveResult solved = solver.solve(PolynomialSystem.of(curve.coordinates(), List.of(f, f.derivative(0), f.derivative(1))),
                    new Complex[0], options, monitor);
            List<Solution> finite = solved.finiteSolutions();
            if (finite.size() != locus.distinctPoints()) {
                throw new IllegalStateException("the homotopy solver found " + finite.size() //$NON-NLS-1$
                        + " singular points, the exact count is " + locus.distinctPoints()); //$NON-NLS-1$
            }
            for (double[] p : realPoints(finite)) {
                if (curve.satisfies(p, TOLERANCE)) {
                    singular.add(new CurvePoint(p, "singular point " + format(p))); //$NON-NLS-1$
                }
            }
        }
        // Where several inequalities are active at once (a corner) the point is listed once.
        Map<double[], List<String>> active = new LinkedHashMap<>();
        for (PlaneCurve.Constraint constraint : curve.constraints()) {
            for (double[] p : endPoints(curve, constraint, solver, counter, options, monitor)) {
                double[] known = active.keySet().stream().filter(q -> distance(p, q) < Math.sqrt(TOLERANCE)).findFirst()
                        .orElse(p);
                active.computeIfAbsent(known, q -> new ArrayList<>()).add(constraint.text());
            }
        }
        List<CurvePoint> boundary = new ArrayList<>();
        active.forEach((p, texts) -> {
            // A singular point on a boundary g_i = 0 is reported once, as singular.
            if (singular.stream().noneMatch(s -> distance(s.point(), p) < Math.sqrt(TOLERANCE))) {
                boundary.add(new CurvePoint(p, "end point " + format(p) + " where " + String.join(" and ", texts) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + (texts.size() == 1 ? " is active" : " are active"))); //$NON-NLS-1$ //$NON-NLS-2$
            }
        });
        return new CurveStrata(locus, List.copyOf(singular), List.copyOf(boundary));
    }

    /** @return the real points of F = g = 0 that satisfy every inequality */
    private static List<double[]> endPoints(PlaneCurve curve, PlaneCurve.Constraint constraint,
            PolynomialSystemSolver solver, SolutionCounter counter, SolverOptions options, ProgressMonitor monitor) {
        List<Polynomial> system = List.of(curve.equation(), constraint.g());
        if (constraint.g().degree() <= 0) {
            return List.of();
        }
        CountResult count = counter.count(system, 2, List.of(), ModP.PRIME_1, options.seed(), monitor);
        if (count.dimension() > 0) {
            throw new IllegalArgumentException("the inequality '" + constraint.text() + "' of '" + curve.name() //$NON-NLS-1$ //$NON-NLS-2$
                    + "' vanishes on a whole component of the curve"); //$NON-NLS-1$
        }
        if (count.isEmpty()) {
            return List.of();
        }
        SolveResult solved = solver.solve(PolynomialSystem.of(curve.coordinates(), system), new Complex[0], options,
                monitor);
        return realPoints(solved.finiteSolutions()).stream().filter(p -> curve.satisfies(p, TOLERANCE)).toList();
    }

    /**
     * @return the real parts of the solutions whose imaginary parts vanish (relative to TOLERANCE),
     *         in the first {@code dimension} coordinates (the others, e.g. Lagrange multipliers,
     *         are dropped)
     */
    public static List<double[]> realPoints(List<Solution> solutions, int dimension) {
        List<double[]> points = new ArrayList<>();
        for (Solution solution : solutions) {
            double[] p = Arrays.copyOf(solution.realParts(), dimension);
            double scale = 1;
            for (double coordinate : p) {
                scale = Math.max(scale, 1 + Math.abs(coordinate));
            }
            boolean real = true;
            for (int i = 0; i < dimension; i++) {
                real &= Math.abs(solution.coordinate(i).im()) <= TOLERANCE * scale;
            }
            if (real) {
                points.add(p);
            }
        }
        return points;
    }

    /** @return the real points of plane solutions, see {@link #realPoints(List, int)} */
    public static List<double[]> realPoints(List<Solution> solutions) {
        return realPoints(solutions, 2);
    }

    /** @return the Euclidean distance of two points of the same dimension */
    public static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }

    /** @return e.g. {@code (1, 0)} or {@code (0, 0, 0)}: six significant digits, without trailing zeros */
    public static String format(double[] p) {
        StringBuilder text = new StringBuilder("("); //$NON-NLS-1$
        for (int i = 0; i < p.length; i++) {
            text.append(i == 0 ? "" : ", ").append(format(p[i])); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.append(')').toString();
    }

    /** @return one number as in {@link #format(double[])} */
    public static String format(double value) {
        if (Math.abs(value) < 1e-9) {
            return "0"; //$NON-NLS-1$
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
