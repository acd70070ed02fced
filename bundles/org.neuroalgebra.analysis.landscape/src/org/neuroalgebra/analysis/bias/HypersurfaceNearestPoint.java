// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.internal.HomotopySolvers;
import org.neuroalgebra.analysis.singular.CurveStrata;
import org.neuroalgebra.analysis.singular.Hypersurface;
import org.neuroalgebra.analysis.singular.HypersurfaceStrata;
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
 * The nearest point of a semialgebraic hypersurface M = {F = 0, g_i ≥ 0} in n ≥ 3 coordinates to u
 * (docs/MATHEMATICS.md §7.2). M is closed (its closure, for strict inequalities), so the minimum is
 * attained at an isolated singular point of F or at a critical point of the distance on the smooth
 * part of some stratum {F = 0, g_i = 0 for i ∈ S}, S a set of active inequalities (S empty: the
 * smooth part of M). For each stratum the Lagrange system h = 0, x − u = Σ λ_j ∇h_j (h = (F, g_S))
 * with parameters u is solved once at random complex parameters, and its regular solutions (the
 * ED degree many) are tracked to each u. Every real critical point that satisfies all inequalities
 * is a candidate; the nearest one names the stratum, singular points winning ties, then boundary
 * strata. Numerical: the candidates come from path tracking, not certified; points where the
 * gradients of the active h are dependent are seen only when they are singular points of F.
 */
public final class HypersurfaceNearestPoint implements NearestPointProblem {

    /** The Lagrange system of one stratum with its generic solutions, the starts of every tracking. */
    private record CriticalPoints(Stratum stratum, String detail, PolynomialSystem lagrange,
            Complex[] startParameters, List<Complex[]> startSolutions) {
    }

    private final Hypersurface surface;
    private final HypersurfaceStrata strata;
    private final ParameterHomotopySolver solver;
    private final List<CriticalPoints> families;
    private final SolverOptions options;

    private HypersurfaceNearestPoint(Hypersurface surface, HypersurfaceStrata strata, ParameterHomotopySolver solver,
            List<CriticalPoints> families, SolverOptions options) {
        this.surface = surface;
        this.strata = strata;
        this.solver = solver;
        this.families = families;
        this.options = options;
    }

    /**
     * @throws AnalysisException
     *             when the variety is no hypersurface, its singular locus is not finite, a solver is
     *             missing, or its strata cannot be computed
     */
    public static HypersurfaceNearestPoint of(Variety variety, SolverRegistry solvers, long seed,
            ProgressMonitor monitor) throws AnalysisException {
        Hypersurface surface = Hypersurface.of(variety);
        ParameterHomotopySolver solver = HomotopySolvers.find(solvers);
        SolutionCounter counter = HomotopySolvers.counter(solvers);
        if (counter == null) {
            throw new AnalysisException(Kind.FAILED, "the strata of a hypersurface need an exact counter (Gröbner bases)"); //$NON-NLS-1$
        }
        HypersurfaceStrata strata;
        try {
            strata = HypersurfaceStrata.of(surface, solver, counter, seed, monitor);
        } catch (IllegalStateException e) {
            throw new AnalysisException(Kind.FAILED, e.getMessage(), e);
        }
        if (strata.locus().dimension() > 0) {
            throw new AnalysisException(Kind.BAD_INPUT, "variety '" + surface.name() + "': its singular locus has dimension " //$NON-NLS-1$ //$NON-NLS-2$
                    + strata.locus().dimension() + "; the bias of a hypersurface is estimated when its singular points " //$NON-NLS-1$
                    + "are isolated"); //$NON-NLS-1$
        }
        SolverOptions options = SolverOptions.defaults().withSeed(seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<CriticalPoints> families = new ArrayList<>();
        families.add(criticalPoints(surface, List.of(), "", solver, options, random, monitor)); //$NON-NLS-1$
        for (HypersurfaceStrata.BoundaryStratum boundary : strata.boundaries()) {
            families.add(criticalPoints(surface, boundary.active(), "on the boundary where " + boundary.where(), //$NON-NLS-1$
                    solver, options, random, monitor));
        }
        return new HypersurfaceNearestPoint(surface, strata, solver, List.copyOf(families), options);
    }

    private static CriticalPoints criticalPoints(Hypersurface surface, List<PlaneCurve.Constraint> active,
            String detail, ParameterHomotopySolver solver, SolverOptions options, SplittableRandom random,
            ProgressMonitor monitor) {
        PolynomialSystem lagrange = lagrangeSystem(surface, active);
        Complex[] start = new Complex[surface.dimension()];
        for (int i = 0; i < start.length; i++) {
            start[i] = new Complex(random.nextGaussian(), random.nextGaussian());
        }
        SolveResult generic = solver.solve(lagrange, start, options, monitor);
        List<Complex[]> starts = generic.regularSolutions().stream().map(s -> s.coordinates()).toList();
        return new CriticalPoints(active.isEmpty() ? Stratum.SMOOTH : Stratum.BOUNDARY, detail, lagrange, start, starts);
    }

    /**
     * @return h = 0 and x − u − Σ λ_j ∇h_j = 0 for h = (F, g_active), in x₁ … x_n, λ₁ … λ_m with
     *         parameters u₁ … u_n
     */
    static PolynomialSystem lagrangeSystem(Hypersurface surface, List<PlaneCurve.Constraint> active) {
        int n = surface.dimension();
        List<Polynomial> h = new ArrayList<>();
        h.add(surface.equation());
        active.forEach(c -> h.add(c.g()));
        int m = h.size();
        int variables = n + m + n;
        List<Polynomial> equations = new ArrayList<>();
        for (Polynomial hj : h) {
            equations.add(PlaneCurve.widen(hj, m + n));
        }
        for (int i = 0; i < n; i++) {
            Polynomial stationary = Polynomial.variable(variables, i).sub(Polynomial.variable(variables, n + m + i));
            for (int j = 0; j < m; j++) {
                Polynomial lambda = Polynomial.variable(variables, n + j);
                stationary = stationary.sub(lambda.mul(PlaneCurve.widen(h.get(j).derivative(i), m + n)));
            }
            equations.add(stationary);
        }
        List<String> names = new ArrayList<>(surface.coordinates());
        for (int j = 1; j <= m; j++) {
            names.add("λ" + j); //$NON-NLS-1$
        }
        List<String> parameters = surface.coordinates().stream().map(x -> "u_" + x).toList(); //$NON-NLS-1$
        return new PolynomialSystem(names, parameters, equations);
    }

    @Override
    public int ambientDimension() {
        return surface.dimension();
    }

    /**
     * The plane x₁ = c of a surface in 3-space, c the first coordinate of its first singular point
     * when that lies in the box, else of the box's centre; the slab is a tenth of the box each side.
     */
    @Override
    public Optional<Slice> slice(Box box) {
        if (surface.dimension() != 3) {
            return Optional.empty();
        }
        double value = (box.low()[0] + box.high()[0]) / 2;
        if (!strata.singularPoints().isEmpty()) {
            double at = strata.singularPoints().get(0).point()[0];
            value = at >= box.low()[0] && at <= box.high()[0] ? at : value;
        }
        double halfWidth = (box.high()[0] - box.low()[0]) / 10;
        Slice frame = new Slice(0, value, halfWidth, surface.coordinates(), List.of());
        Box plane = new Box(frame.project(box.low()), frame.project(box.high()));
        PlaneCurve section = surface.slice(0, value);
        List<PictureLayer> outline = new ArrayList<>();
        outline.add(CurveTracer.trace(section, plane, "M: " + section.name())); //$NON-NLS-1$
        List<double[]> onPlane = strata.singularPoints().stream().map(HypersurfaceStrata.SingularPoint::point)
                .filter(p -> Math.abs(p[0] - frame.value()) < CurveStrata.TOLERANCE).map(frame::project).toList();
        outline.add(PictureLayer.points("singular points", onPlane.stream().mapToDouble(p -> p[0]).toArray(), //$NON-NLS-1$
                onPlane.stream().mapToDouble(p -> p[1]).toArray()));
        return Optional.of(new Slice(0, value, halfWidth, surface.coordinates(), outline));
    }

    @Override
    public Nearest nearest(double[] u, long seed) {
        NearestCandidates candidates = new NearestCandidates();
        for (HypersurfaceStrata.SingularPoint point : strata.singularPoints()) {
            candidates.offer(point.point(), u, Stratum.SINGULAR, point.description());
        }
        // Boundary strata before the smooth part: they win ties, a critical point on top of one is that point.
        for (int f = families.size() - 1; f >= 0; f--) {
            CriticalPoints family = families.get(f);
            for (double[] p : track(family, u)) {
                if (surface.satisfies(p, CurveStrata.TOLERANCE)) {
                    candidates.offer(p, u, family.stratum(), family.detail());
                }
            }
        }
        return candidates.best().orElseThrow(() -> new IllegalStateException(
                "no point of '" + surface.name() + "' found near " + CurveStrata.format(u))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Tracks the generic critical points to u; a failed path sends the whole system to a fresh solve. */
    private List<double[]> track(CriticalPoints family, double[] u) {
        if (family.startSolutions().isEmpty()) {
            return List.of();
        }
        Complex[] target = Complex.real(u);
        SolveResult moved = solver.track(family.lagrange(), family.startParameters(), family.startSolutions(), target,
                options, ProgressMonitor.NULL);
        if (moved.failedPathCount() > 0) {
            moved = solver.solve(family.lagrange(), target, options, ProgressMonitor.NULL);
        }
        return CurveStrata.realPoints(moved.finiteSolutions(), surface.dimension());
    }
}
