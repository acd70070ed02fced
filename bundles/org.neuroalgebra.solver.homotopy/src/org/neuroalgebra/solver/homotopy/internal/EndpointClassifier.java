// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Turns path outcomes into a {@link SolveResult}: endpoints with
 * {@code |z_0| / |z| < 1e-7} (or declared at infinity by their growth rate)
 * are at infinity; the others are dehomogenized, refined by Newton's method on
 * the affine target when regular, checked against the original equations when
 * the tracked system was a randomization of them ("excess" otherwise), and
 * clustered: endpoints closer than the endpoint tolerance (relative to
 * max(1, |x|)) are one solution whose multiplicity is the number of paths.
 * <p>
 * Endpoints tracked in double-double are dehomogenized, refined and measured
 * (residual, condition number) in double-double, and are singular only when
 * their condition number reaches 1e16 instead of 1e8: with 32 digits such a
 * point is still accurate to double precision.
 */
final class EndpointClassifier {

    private static final double SINGULAR_CONDITION = 1e8;

    private final AffineSystem tracked;
    private final AffineSystem original;
    private final SolverOptions options;
    private DoubleDoubleAffineSystem trackedInDoubleDouble;

    /**
     * @param tracked
     *            the square system whose solutions the paths approximate
     * @param original
     *            the system the user gave, to reject excess solutions of a
     *            randomization, or null when it is the tracked one
     * @param options
     *            tolerances
     */
    EndpointClassifier(AffineSystem tracked, AffineSystem original, SolverOptions options) {
        this.tracked = tracked;
        this.original = original;
        this.options = options;
    }

    /** residual is NaN unless it was computed in double-double. */
    private record Endpoint(double[] x, int winding, double condition, boolean atInfinity, boolean precise,
            double residual) {
    }

    SolveResult classify(PathOutcome[] outcomes, long seed, String method, double seconds) {
        Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
        List<Endpoint> finite = new ArrayList<>();
        List<Endpoint> infinite = new ArrayList<>();
        int excess = 0;
        int retracked = 0;
        int higher = 0;
        for (PathOutcome outcome : outcomes) {
            retracked += outcome.retracked() ? 1 : 0;
            higher += outcome.higherPrecision() ? 1 : 0;
            if (!outcome.ok()) {
                failures.merge(outcome.failure(), 1, Integer::sum);
                continue;
            }
            if (outcome.atInfinity()) {
                infinite.add(new Endpoint(direction(outcome.z()), outcome.winding(), Double.POSITIVE_INFINITY, true,
                        false, Double.NaN));
                continue;
            }
            Endpoint endpoint = outcome.higherPrecision() ? refinedInDoubleDouble(outcome) : refined(outcome);
            if (original != null && !original.isSolution(endpoint.x())) {
                excess++;
                continue;
            }
            finite.add(endpoint);
        }
        List<Solution> solutions = new ArrayList<>(cluster(finite));
        solutions.addAll(cluster(infinite));
        return new SolveResult(solutions, failures, outcomes.length, excess, retracked, higher, seconds, seed,
                method, false);
    }

    private Endpoint refined(PathOutcome outcome) {
        double[] x = tracked.dehomogenize(outcome.z());
        double condition = tracked.refine(x, options.pathTolerance());
        return new Endpoint(x, outcome.winding(), condition, false, false, Double.NaN);
    }

    private Endpoint refinedInDoubleDouble(PathOutcome outcome) {
        if (trackedInDoubleDouble == null) {
            trackedInDoubleDouble = tracked.inDoubleDouble();
        }
        double[] x = trackedInDoubleDouble.dehomogenize(outcome.precise());
        double condition = trackedInDoubleDouble.refine(x);
        return new Endpoint(DoubleDouble.round(x), outcome.winding(), condition, false, true,
                trackedInDoubleDouble.residual(x));
    }

    private List<Solution> cluster(List<Endpoint> endpoints) {
        List<List<Endpoint>> clusters = new ArrayList<>();
        // each cluster's radius, from its first member, computed once: every endpoint is compared with every cluster
        List<Double> radii = new ArrayList<>();
        for (Endpoint e : endpoints) {
            List<Endpoint> home = null;
            for (int c = 0; c < clusters.size(); c++) {
                if (EndgameTracker.within(clusters.get(c).get(0).x(), e.x(), radii.get(c))) {
                    home = clusters.get(c);
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
                radii.add(options.endpointTolerance() * Math.max(1, PathTracker.norm(e.x())));
            }
            home.add(e);
        }
        List<Solution> result = new ArrayList<>();
        for (List<Endpoint> c : clusters) {
            result.add(toSolution(c));
        }
        result.sort(SOLUTION_ORDER);
        return result;
    }

    private Solution toSolution(List<Endpoint> members) {
        Endpoint first = members.get(0);
        int multiplicity = members.size();
        double[] x = first.x().clone();
        double singularCondition = first.precise() ? DoubleDoubleAffineSystem.REFINE_CONDITION : SINGULAR_CONDITION;
        boolean singular = first.atInfinity() || multiplicity > 1 || first.winding() > 1
                || !(first.condition() < singularCondition);
        if (multiplicity > 1) {
            // the mean of the paths ending at a singular point is more accurate than any one of them
            java.util.Arrays.fill(x, 0);
            for (Endpoint e : members) {
                for (int i = 0; i < x.length; i++) {
                    x[i] += e.x()[i] / multiplicity;
                }
            }
        }
        Complex[] coordinates = new Complex[x.length / 2];
        double maxIm = 0;
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = new Complex(x[2 * i], x[2 * i + 1]);
            maxIm = Math.max(maxIm, Math.abs(x[2 * i + 1]));
        }
        boolean real = maxIm <= options.realTolerance() * Math.max(1, PathTracker.norm(x));
        if (real) {
            for (int i = 0; i < coordinates.length; i++) {
                coordinates[i] = Complex.real(x[2 * i]);
            }
        }
        double residual = first.atInfinity() ? Double.NaN
                : multiplicity == 1 && first.precise() ? first.residual() : tracked.residual(x);
        double condition = first.atInfinity() ? Double.POSITIVE_INFINITY
                : singular ? Math.max(first.condition(), singularCondition) : first.condition();
        return new Solution(coordinates, residual, condition, real, options.realTolerance(), multiplicity,
                first.atInfinity(), singular);
    }

    /** Affine part of z scaled so that its largest coordinate is a positive real and the length is 1. */
    private static double[] direction(double[] z) {
        int n = z.length / 2 - 1;
        int big = 0;
        for (int i = 1; i < n; i++) {
            if (Math.hypot(z[2 * i], z[2 * i + 1]) > Math.hypot(z[2 * big], z[2 * big + 1])) {
                big = i;
            }
        }
        double br = z[2 * big];
        double bi = z[2 * big + 1];
        double len = 0;
        double[] d = new double[2 * n];
        for (int i = 0; i < n; i++) {
            // multiply by conj(b)/|b|: rotates the largest coordinate onto the positive real axis
            d[2 * i] = z[2 * i] * br + z[2 * i + 1] * bi;
            d[2 * i + 1] = z[2 * i + 1] * br - z[2 * i] * bi;
            len += d[2 * i] * d[2 * i] + d[2 * i + 1] * d[2 * i + 1];
        }
        len = Math.sqrt(len);
        for (int i = 0; i < d.length; i++) {
            d[i] /= len;
        }
        return d;
    }

    private static final Comparator<Solution> SOLUTION_ORDER = (a, b) -> {
        Complex[] x = a.coordinates();
        Complex[] y = b.coordinates();
        for (int i = 0; i < x.length; i++) {
            int c = Double.compare(x[i].re(), y[i].re());
            if (c != 0) {
                return c;
            }
            c = Double.compare(x[i].im(), y[i].im());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
