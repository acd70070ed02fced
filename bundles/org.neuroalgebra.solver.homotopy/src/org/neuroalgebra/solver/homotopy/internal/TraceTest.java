// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.MonodromyResult;

/**
 * The trace test for a set of solutions at parameters p₀: along a random
 * complex line p(s) = p₀ + s·w the fibre of a complete component is the
 * intersection of a curve with a moving parallel slice, and the sum of a
 * random linear form over a complete fibre is an affine function of s
 * (Sommese–Verschelde–Wampler); over a proper subset it is not, generically.
 * We compare the traces at s = −1, 0, 1: the defect |T(1) + T(−1) − 2T(0)|
 * relative to the sum of the moduli of the terms must be below 1e-10.
 * <p>
 * The test assumes the coordinates in the form grow at most linearly in s
 * along the line; when that fails (e.g. Lagrange multipliers of critical
 * points that approach a singular locus), a complete set can fail the test,
 * never the reverse. Callers therefore choose which leading coordinates enter
 * the form.
 */
final class TraceTest {

    private static final double PASS = 1e-10;

    record Outcome(MonodromyResult.TraceTest verdict, double defect) {
        static Outcome notRun() {
            return new Outcome(MonodromyResult.TraceTest.NOT_RUN, Double.NaN);
        }
    }

    private final Monodromy monodromy;
    private final double[] base;
    private final double scale;
    private final SplittableRandom random;
    private final double[] form;
    private final double tolerance;

    /**
     * @param variables
     *            the linear form involves the first {@code variables}
     *            coordinates only (others may grow faster than linearly)
     */
    TraceTest(Monodromy monodromy, double[] base, int variables, double scale, double tolerance,
            SplittableRandom random) {
        this.monodromy = monodromy;
        this.base = base;
        this.scale = scale;
        this.random = random;
        this.tolerance = tolerance;
        this.form = Interleaved.gaussian(variables, random);
    }

    /**
     * Runs the test along a fresh random line. Not run when a path fails or
     * two paths end at the same point (a path jumped).
     */
    Outcome run(List<double[]> solutions, ProgressMonitor monitor) {
        double[] direction = Interleaved.gaussian(base.length / 2, random);
        double[] plus = base.clone();
        double[] minus = base.clone();
        for (int i = 0; i < base.length; i++) {
            plus[i] += scale * direction[i];
            minus[i] -= scale * direction[i];
        }
        List<double[]> atPlus = monodromy.move(solutions, base, plus, monitor);
        List<double[]> atMinus = monodromy.move(solutions, base, minus, monitor);
        if (atPlus.size() != solutions.size() || atMinus.size() != solutions.size() || !distinct(atPlus)
                || !distinct(atMinus)) {
            return Outcome.notRun();
        }
        double[] t0 = trace(solutions);
        double[] tPlus = trace(atPlus);
        double[] tMinus = trace(atMinus);
        double re = tPlus[0] + tMinus[0] - 2 * t0[0];
        double im = tPlus[1] + tMinus[1] - 2 * t0[1];
        double size = t0[2] + tPlus[2] + tMinus[2];
        double defect = Math.hypot(re, im) / Math.max(size, Double.MIN_NORMAL);
        return new Outcome(defect < PASS ? MonodromyResult.TraceTest.PASSED : MonodromyResult.TraceTest.FAILED,
                defect);
    }

    private boolean distinct(List<double[]> points) {
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < i; j++) {
                double[] a = points.get(i);
                if (EndgameTracker.distance(a, points.get(j)) <= tolerance * Math.max(1, PathTracker.norm(a))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return {re, im} of Σ form·x over the solutions, and Σ |form·x| */
    private double[] trace(List<double[]> solutions) {
        double re = 0;
        double im = 0;
        double size = 0;
        for (double[] x : solutions) {
            double lr = 0;
            double li = 0;
            for (int i = 0; i < form.length; i += 2) {
                lr += form[i] * x[i] - form[i + 1] * x[i + 1];
                li += form[i] * x[i + 1] + form[i + 1] * x[i];
            }
            re += lr;
            im += li;
            size += Math.hypot(lr, li);
        }
        return new double[] { re, im, size };
    }
}
