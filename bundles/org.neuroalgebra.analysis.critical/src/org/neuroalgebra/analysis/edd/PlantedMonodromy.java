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
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The critical points at the data from one planted critical point (docs/MATHEMATICS.md §6.2): a
 * random t₀ is critical at u₀ = c(t₀) − w for w ∈ ker J_c(t₀)ᵀQ; {@link CountedMonodromy} over u
 * populates u₀ up to the exact count, one parameter homotopy carries the points to the data, and the
 * points that homotopy lost are found again by loops that start and end at the data. Shared by the
 * gauge-fixed and the parametric formulations, which differ only in their chart.
 */
final class PlantedMonodromy {

    /**
     * A planted critical point where ∂G/∂t is this close to singular (complete-pivoting margin, about the inverse
     * condition number) is drawn again: paths cannot leave an ill-conditioned start in double precision, and every loop
     * of the monodromy would fail at its first step (seen for rank-one 4 × 4 with the identity metric).
     */
    private static final double PLANT_MARGIN = 1e-5;

    /** Plants drawn at most, the best kept. */
    private static final int PLANT_DRAWS = 8;

    private final ParameterHomotopySolver solver;
    private final CriticalEquations equations;
    private final SolverOptions options;

    /**
     * @param options
     *            the options of the caller; loops and homotopies run in double precision first
     *            ({@link #loopOptions(SolverOptions)})
     */
    PlantedMonodromy(ParameterHomotopySolver solver, CriticalEquations equations, SolverOptions options) {
        this.solver = solver;
        this.equations = equations;
        this.options = options;
    }

    /**
     * The distinct regular critical points found at the data, how many endpoints of the homotopy to the data were
     * singular, the last loops and why they stopped, the loop paths abandoned, the failed paths of the homotopy to
     * the data, and how the points were found.
     */
    record Outcome(List<Complex[]> endpoints, int singular, int loops, String stoppingRule,
            Map<FailureReason, Integer> loopFailures, Map<FailureReason, Integer> trackFailures, String from) {
    }

    /**
     * From a planted critical point to the data, for when no solution is known there.
     *
     * @param target
     *            the data
     * @param expected
     *            the exact count at the data, or a negative number when it is not known
     */
    Outcome fromPlant(Complex[] target, long expected, SplittableRandom random, ProgressMonitor monitor) {
        Plant plant = plant(random);
        for (int draw = 1; draw < PLANT_DRAWS && plant.margin() < PLANT_MARGIN; draw++) {
            Plant other = plant(random);
            if (other.margin() > plant.margin()) {
                plant = other;
            }
        }
        return fromPoint(plant.t(), plant.u(), target, expected, random, monitor);
    }

    /**
     * As {@link #fromPlant} from a given critical point t₀ at generic complex data u₀ (e.g. one planted on a
     * stratum where spurious critical points live).
     */
    Outcome fromPoint(Complex[] t0, Complex[] u0, Complex[] target, long expected, SplittableRandom random,
            ProgressMonitor monitor) {
        CountedMonodromy.Outcome loops = new CountedMonodromy(solver, equations, loopOptions(options))
                .run(u0, List.<Complex[]>of(t0), expected, random, monitor);
        // in double precision first: a path that fails there is cheaper to replace by loops at the data than
        // to re-track in double-double; only when none arrives is the whole homotopy run again with rescue
        List<Complex[]> endpoints = new ArrayList<>();
        SolveResult moved = solver.track(equations.system(), loops.base(), loops.solutions(), target,
                loopOptions(options), monitor);
        checkCanceled(monitor);
        int singular = collect(moved, target, endpoints);
        if (endpoints.isEmpty()) {
            moved = solver.track(equations.system(), loops.base(), loops.solutions(), target, options, monitor);
            checkCanceled(monitor);
            singular = collect(moved, target, endpoints);
        }
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        merge(failures, moved.failures());
        String from = "one planted critical point at a random complex u₀, then one parameter homotopy to the data"; //$NON-NLS-1$
        if (!endpoints.isEmpty() && expected >= 0 && endpoints.size() < expected) {
            // the solutions that homotopy lost are reached again by loops at the data, which is cheaper than a
            // second monodromy elsewhere
            CountedMonodromy.Outcome completion = atData(target, endpoints, expected, random, monitor);
            Map<FailureReason, Integer> abandoned = new EnumMap<>(FailureReason.class);
            merge(abandoned, loops.failures());
            merge(abandoned, completion.failures());
            return new Outcome(endpoints, singular, completion.loops(), completion.stoppingRule(), abandoned, failures,
                    "one planted critical point at a random complex u₀ (" + loops.loops() + " triangles, " //$NON-NLS-1$ //$NON-NLS-2$
                            + loops.stoppingRule() + "), then one parameter homotopy to the data, completed by loops " //$NON-NLS-1$
                            + "that start and end at the data"); //$NON-NLS-1$
        }
        return new Outcome(endpoints, singular, loops.loops(), loops.stoppingRule(), loops.failures(), failures, from);
    }

    /**
     * Monodromy loops that start and end at the data, from the points found there, until the exact count;
     * the points they add are appended to {@code endpoints}.
     */
    Outcome completeAtData(Complex[] target, List<Complex[]> endpoints, long expected, SplittableRandom random,
            ProgressMonitor monitor) {
        CountedMonodromy.Outcome loops = atData(target, endpoints, expected, random, monitor);
        return new Outcome(endpoints, 0, loops.loops(), loops.stoppingRule(), loops.failures(), Map.of(),
                "the points found, with loops through random complex data that start and end at the data"); //$NON-NLS-1$
    }

    private CountedMonodromy.Outcome atData(Complex[] target, List<Complex[]> endpoints, long expected,
            SplittableRandom random, ProgressMonitor monitor) {
        // only the solutions the loops add are new, and none is moved twice
        CountedMonodromy.Outcome loops = new CountedMonodromy(solver, equations, loopOptions(options)).run(target,
                endpoints, expected, random, monitor);
        for (Complex[] t : loops.solutions()) {
            if (!GaugeFixedEdComputation.contains(endpoints, t)) {
                endpoints.add(t);
            }
        }
        return loops;
    }

    /**
     * Adds the distinct regular endpoints of a homotopy to the data, refined by Newton's method.
     *
     * @return the number of endpoints where Newton's method does not converge to a regular solution
     */
    int collect(SolveResult result, Complex[] target, List<Complex[]> endpoints) {
        int singular = 0;
        for (Solution s : result.finiteSolutions()) {
            Complex[] refined = equations.refine(s.coordinates(), target);
            if (refined == null) {
                singular++;
            } else if (!GaugeFixedEdComputation.contains(endpoints, refined)) {
                endpoints.add(refined);
            }
        }
        return singular;
    }

    /**
     * A loop path that fails in double precision is abandoned rather than re-tracked in double-double (which
     * cost most of the time): it loses no solution, since the loops go on until the exact count is reached.
     */
    static SolverOptions loopOptions(SolverOptions options) {
        return options.toBuilder().precision(PrecisionPolicy.DOUBLE_ONLY).build();
    }

    /** A planted critical point t of G(·; u), and how far ∂G/∂t is from singular there (its full-rank margin). */
    private record Plant(Complex[] t, Complex[] u, double margin) {
    }

    /** @return t₀ random, u₀ = c(t₀) − w with w random in ker J_c(t₀)ᵀQ */
    private Plant plant(SplittableRandom random) {
        int k = equations.unknowns();
        Complex[] t0 = ParametricEdComputation.randomComplex(k, random);
        Complex[] w = ComplexMatrices.toArray(
                ComplexKernel.randomVector(ComplexMatrices.of(equations.gradientMap(t0)), random));
        Complex[] image = equations.image(t0);
        Complex[] u0 = new Complex[equations.ambient()];
        for (int l = 0; l < u0.length; l++) {
            u0[l] = image[l].sub(w[l]);
        }
        return new Plant(t0, u0, ComplexRank.fullRankMargin(ComplexMatrices.of(equations.criticalJacobian(t0, u0))));
    }

    private static void merge(Map<FailureReason, Integer> total, Map<FailureReason, Integer> more) {
        more.forEach((reason, n) -> total.merge(reason, n, Integer::sum));
    }

    private static void checkCanceled(ProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new CancellationException("ED degree computation canceled"); //$NON-NLS-1$
        }
    }
}
