// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.internal.HomotopySolvers;
import org.neuroalgebra.analysis.singular.CurveStrata;
import org.neuroalgebra.analysis.singular.PlaneCurve;
import org.neuroalgebra.analysis.singular.Stratum;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.SolverRegistry;

/**
 * The nearest point of a semialgebraic plane curve M = {F = 0, g_i ≥ 0} to u. The distance is
 * continuous and M is closed (its closure, for strict inequalities), so the minimum is attained
 * at a critical point of the distance on the smooth part of {F = 0}, at a singular point, or at a
 * boundary point where some g_i vanishes. The first kind solve the Lagrange system F = 0,
 * (x − p)F_y − (y − q)F_x = 0 with parameters u = (p, q): it is solved once at random complex
 * parameters and its regular solutions (the ED degree many) are tracked to each u. The other two
 * kinds do not depend on u ({@link CurveStrata}). The nearest candidate that satisfies all
 * inequalities gives the stratum: boundary, singular or smooth.
 */
public final class PlaneCurveNearestPoint implements NearestPointProblem {

    private final PlaneCurve curve;
    private final CurveStrata strata;
    private final ParameterHomotopySolver solver;
    private final PolynomialSystem lagrange;
    private final Complex[] startParameters;
    private final List<Complex[]> startSolutions;
    private final SolverOptions options;

    private PlaneCurveNearestPoint(PlaneCurve curve, CurveStrata strata, ParameterHomotopySolver solver,
            PolynomialSystem lagrange, Complex[] startParameters, List<Complex[]> startSolutions, SolverOptions options) {
        this.curve = curve;
        this.strata = strata;
        this.solver = solver;
        this.lagrange = lagrange;
        this.startParameters = startParameters;
        this.startSolutions = startSolutions;
        this.options = options;
    }

    /**
     * @throws AnalysisException
     *             when the variety is no plane curve, a solver is missing, or its strata cannot be
     *             computed
     */
    public static PlaneCurveNearestPoint of(Variety variety, SolverRegistry solvers, long seed, ProgressMonitor monitor)
            throws AnalysisException {
        PlaneCurve curve = PlaneCurve.of(variety);
        ParameterHomotopySolver solver = HomotopySolvers.find(solvers);
        SolutionCounter counter = HomotopySolvers.counter(solvers);
        if (counter == null) {
            throw new AnalysisException(Kind.FAILED, "the strata of a curve need an exact counter (Gröbner bases)"); //$NON-NLS-1$
        }
        CurveStrata strata = strata(curve, solver, counter, seed, monitor);
        SolverOptions options = SolverOptions.defaults().withSeed(seed);
        PolynomialSystem lagrange = lagrangeSystem(curve);
        SplittableRandom random = new SplittableRandom(seed);
        Complex[] start = { new Complex(random.nextGaussian(), random.nextGaussian()),
                new Complex(random.nextGaussian(), random.nextGaussian()) };
        SolveResult generic = solver.solve(lagrange, start, options, monitor);
        List<Complex[]> starts = generic.regularSolutions().stream().map(s -> s.coordinates()).toList();
        return new PlaneCurveNearestPoint(curve, strata, solver, lagrange, start, starts, options);
    }

    private static CurveStrata strata(PlaneCurve curve, ParameterHomotopySolver solver, SolutionCounter counter,
            long seed, ProgressMonitor monitor) throws AnalysisException {
        try {
            return CurveStrata.of(curve, solver, counter, seed, monitor);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new AnalysisException(Kind.FAILED, e.getMessage(), e);
        }
    }

    /** @return F = 0 and (x − p)F_y − (y − q)F_x = 0 in x, y with parameters p, q */
    static PolynomialSystem lagrangeSystem(PlaneCurve curve) {
        Polynomial f = PlaneCurve.widen(curve.equation(), 2);
        Polynomial dx = PlaneCurve.widen(curve.equation().derivative(0), 2);
        Polynomial dy = PlaneCurve.widen(curve.equation().derivative(1), 2);
        Polynomial x = Polynomial.variable(4, 0).sub(Polynomial.variable(4, 2));
        Polynomial y = Polynomial.variable(4, 1).sub(Polynomial.variable(4, 3));
        List<String> coordinates = curve.coordinates();
        return new PolynomialSystem(coordinates, List.of("u_" + coordinates.get(0), "u_" + coordinates.get(1)), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(f, x.mul(dy).sub(y.mul(dx))));
    }

    @Override
    public int ambientDimension() {
        return 2;
    }

    /** @return the curve inside the box, cut by its inequalities ({@link CurveTracer}) */
    @Override
    public List<PictureLayer> outline(Box box) {
        return List.of(CurveTracer.trace(curve, box, "M: " + curve.name())); //$NON-NLS-1$
    }

    @Override
    public Nearest nearest(double[] u, long seed) {
        // The special points come first and win ties: a critical point on top of one is that point.
        NearestCandidates candidates = new NearestCandidates();
        for (CurveStrata.CurvePoint point : strata.singularPoints()) {
            candidates.offer(point.point(), u, Stratum.SINGULAR, point.description());
        }
        for (CurveStrata.CurvePoint point : strata.boundaryPoints()) {
            candidates.offer(point.point(), u, Stratum.BOUNDARY, point.description());
        }
        for (double[] p : criticalPoints(u)) {
            if (curve.satisfies(p, CurveStrata.TOLERANCE)) {
                candidates.offer(p, u, Stratum.SMOOTH, ""); //$NON-NLS-1$
            }
        }
        return candidates.best().orElseThrow(() -> new IllegalStateException(
                "no point of '" + curve.name() + "' found near " + CurveStrata.format(u))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Tracks the generic critical points to u; a failed path sends the whole system to a fresh solve. */
    private List<double[]> criticalPoints(double[] u) {
        Complex[] target = Complex.real(u);
        SolveResult moved = solver.track(lagrange, startParameters, startSolutions, target, options,
                ProgressMonitor.NULL);
        if (moved.failedPathCount() > 0) {
            moved = solver.solve(lagrange, target, options, ProgressMonitor.NULL);
        }
        return CurveStrata.realPoints(moved.finiteSolutions());
    }
}
