// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Monodromy over the data u of the critical equations, by triangles u₀ → p → q → u₀ of parameter
 * homotopies through the solver's public {@code track}, that stops as soon as it has as many
 * solutions as the exact count says there are (known before, from the same count that certifies
 * completeness), or after {@link #STALL} triangles in a row without a new one. Every known
 * solution goes around each triangle once; the triangles stay within ten times the scale of u₀,
 * where the paths are short.
 */
final class CountedMonodromy {

    /** Triangles in a row without a new solution before giving up on the count. */
    static final int STALL = 6;

    /** Triangles in any case. */
    static final int MAX_LOOPS = 60;

    private final ParameterHomotopySolver solver;
    private final CriticalEquations equations;
    private final SolverOptions options;
    private final Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);

    CountedMonodromy(ParameterHomotopySolver solver, CriticalEquations equations, SolverOptions options) {
        this.solver = solver;
        this.equations = equations;
        this.options = options;
    }

    /** The solutions at u₀ (the base), and why the loops stopped. */
    record Outcome(Complex[] base, List<Complex[]> solutions, int loops, String stoppingRule,
            Map<FailureReason, Integer> failures) {
    }

    /**
     * @param base
     *            u₀, generic complex
     * @param starts
     *            distinct regular solutions at u₀, at least one
     * @param expected
     *            the number of solutions, or a negative number when it is not known
     * @param random
     *            the source of the triangles
     * @param monitor
     *            cancellation
     */
    Outcome run(Complex[] base, List<Complex[]> starts, long expected, SplittableRandom random,
            ProgressMonitor monitor) {
        List<Complex[]> known = new ArrayList<>(starts);
        double scale = scale(base);
        int loops = 0;
        int stall = 0;
        String rule;
        while (true) {
            if (expected >= 0 && known.size() >= expected) {
                rule = "all " + expected + " solutions of the exact count found"; //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            // with the exact count known, a stall means the last solutions are hard to reach, not absent
            if (stall >= (expected >= 0 ? 3 * STALL : STALL)) {
                rule = stall + " loops without a new solution"; //$NON-NLS-1$
                break;
            }
            if (loops >= MAX_LOOPS) {
                rule = "loop limit " + MAX_LOOPS + " reached"; //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            Complex[] p = around(base, scale, random);
            Complex[] q = around(base, scale, random);
            List<Complex[]> moved = move(base, known, p, monitor);
            moved = move(p, moved, q, monitor);
            moved = move(q, moved, base, monitor);
            int before = known.size();
            for (Complex[] t : moved) {
                Complex[] refined = equations.refine(t, base);
                if (refined != null && !GaugeFixedEdComputation.contains(known, refined)) {
                    known.add(refined);
                }
            }
            loops++;
            monitor.worked(1);
            stall = known.size() > before ? 0 : stall + 1;
        }
        return new Outcome(base, known, loops, rule, failures);
    }

    private List<Complex[]> move(Complex[] from, List<Complex[]> points, Complex[] to, ProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new CancellationException("ED degree computation canceled"); //$NON-NLS-1$
        }
        if (points.isEmpty()) {
            return points;
        }
        SolveResult result = solver.track(equations.system(), from, points, to, options, ProgressMonitor.NULL);
        result.failures().forEach((reason, n) -> failures.merge(reason, n, Integer::sum));
        List<Complex[]> endpoints = new ArrayList<>();
        for (Solution s : result.finiteSolutions()) {
            endpoints.add(s.coordinates());
        }
        return endpoints;
    }

    /**
     * A vertex of a triangle: a complex Gaussian centred at 0, not at u₀, so that triangles go around
     * branch points on both sides of u₀, with the spread of u₀ times a log-uniform factor in [1, 10].
     */
    private static Complex[] around(Complex[] base, double scale, SplittableRandom random) {
        double size = scale * Math.pow(10, random.nextDouble());
        Complex[] p = new Complex[base.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = new Complex(size * random.nextGaussian(), size * random.nextGaussian());
        }
        return p;
    }

    /** @return the root mean square modulus of the coordinates, at least 1 */
    private static double scale(Complex[] base) {
        double sum = 0;
        for (Complex z : base) {
            sum += z.abs() * z.abs();
        }
        return Math.max(1, Math.sqrt(sum / base.length));
    }
}
