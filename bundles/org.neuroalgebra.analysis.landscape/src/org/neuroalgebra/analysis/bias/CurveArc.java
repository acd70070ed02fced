// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;
import java.util.function.DoubleFunction;

import org.neuroalgebra.analysis.singular.Stratum;

/**
 * A parametrized plane (or space) curve γ: [t₀, t₁] → R^n as a nearest-point problem. The global
 * minimizer of ‖γ(t) − u‖² is found on a grid of {@link #GRID} + 1 parameters and refined by golden
 * section between the neighbours of the best grid point. It is a boundary point when it is an end
 * of a closed arc, singular when its parameter is one of the given singular parameters (a cusp,
 * or a branch of a node), smooth otherwise.
 */
public final class CurveArc implements NearestPointProblem {

    /** The number of grid intervals. */
    static final int GRID = 2000;

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final DoubleFunction<double[]> curve;
    private final double start;
    private final double end;
    private final boolean endsBelong;
    private final List<Double> singularParameters;
    private final int dimension;

    /**
     * @param endsBelong
     *            true when the arc ends are boundary points of M; false when the arc is a window
     *            onto a longer curve whose ends lie far outside the sampling box
     */
    public CurveArc(DoubleFunction<double[]> curve, double start, double end, boolean endsBelong,
            List<Double> singularParameters) {
        this.curve = curve;
        this.start = start;
        this.end = end;
        this.endsBelong = endsBelong;
        this.singularParameters = List.copyOf(singularParameters);
        this.dimension = curve.apply(start).length;
    }

    @Override
    public int ambientDimension() {
        return dimension;
    }

    @Override
    public Nearest nearest(double[] u, long seed) {
        double step = (end - start) / GRID;
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= GRID; i++) {
            double distance = distance(start + i * step, u);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        double t = goldenSection(u, start + Math.max(0, best - 1) * step, start + Math.min(GRID, best + 1) * step);
        if (distance(t, u) > bestDistance) {
            t = start + best * step;
        }
        return new Nearest(curve.apply(t), distance(t, u), stratum(t));
    }

    private Stratum stratum(double t) {
        double scale = end - start;
        if (endsBelong && (t - start < 1e-6 * scale || end - t < 1e-6 * scale)) {
            return Stratum.BOUNDARY;
        }
        for (double singular : singularParameters) {
            if (Math.abs(t - singular) < 1e-4 * scale) {
                return Stratum.SINGULAR;
            }
        }
        return Stratum.SMOOTH;
    }

    private double goldenSection(double[] u, double low, double high) {
        double a = low;
        double b = high;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = distance(c, u);
        double fd = distance(d, u);
        for (int i = 0; i < 80 && b - a > 1e-13 * (end - start); i++) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = distance(c, u);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = distance(d, u);
            }
        }
        // The minimum of a unimodal bracket may sit at its end: compare with the ends themselves.
        double t = (a + b) / 2;
        for (double candidate : new double[] { low, high }) {
            if (distance(candidate, u) < distance(t, u)) {
                t = candidate;
            }
        }
        return t;
    }

    private double distance(double t, double[] u) {
        double[] x = curve.apply(t);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - u[i]) * (x[i] - u[i]);
        }
        return sum;
    }
}
