// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Splits the regular witness points of one dimension into irreducible
 * components. All points are carried around the same loops of the slice
 * offsets at once, so each loop is a permutation of the witness set and its
 * cycles join points of one component (union–find). Each point's
 * contribution to the trace along a random line of parallel slices is
 * computed once: a group passes the trace test when the sum of its
 * contributions vanishes, i.e. its trace is affine
 * (Sommese–Verschelde–Wampler), which a proper subset of a component's
 * witness points generically fails.
 * <p>
 * Loops stop when every group passes, after {@code monodromyStallLoops} loops
 * in a row joined nothing, or at {@code monodromyMaxLoops}. Groups that still
 * fail are then combined when the union of some of them passes (the
 * combinatorial trace test); whatever fails after that is reported as failed.
 * Unlike {@link TraceTest}, which moves every parameter, only the offsets of
 * the slice move here, so that the slices stay parallel as the test requires.
 */
final class WitnessMonodromy {

    private static final double PASS = 1e-10;
    private static final int MAX_COMBINED_GROUPS = 16;
    private static final int TRACE_ATTEMPTS = 3;

    /** One group of witness points: indices into the list given to {@link #split}. */
    record Group(List<Integer> members, MonodromyResult.TraceTest traceTest, double defect, int loops) {
    }

    private final CompiledSystem system;
    private final SolverOptions options;
    private final ProjectiveChart chart;
    private final SplittableRandom random;
    private final StopSignal stop = new StopSignal();
    private int missed;

    /**
     * @param square
     *            the square sliced system, the slice offsets its parameters
     * @param options
     *            tolerances, seed, loop limits
     */
    WitnessMonodromy(PolynomialSystem square, SolverOptions options) {
        this.system = new CompiledSystem(square.equations(), square.variableCount(), square.degreesInVariables());
        this.options = options.toBuilder().endgame(false).build();
        this.random = new SplittableRandom(options.seed());
        this.chart = new ProjectiveChart(square.variableCount(), random);
    }

    /** @return loop endpoints that matched no witness point (points the solve missed, or paths that jumped) */
    int missed() {
        return missed;
    }

    List<Group> split(double[] base, List<double[]> points, ProgressMonitor monitor) {
        int count = points.size();
        double scale = spread(base);
        double[][] trace = null;
        for (int attempt = 0; attempt < TRACE_ATTEMPTS && trace == null; attempt++) {
            trace = traceContributions(base, points, scale);
        }
        int[] parent = new int[count];
        for (int i = 0; i < count; i++) {
            parent[i] = i;
        }
        int loops = 0;
        int stall = 0;
        while (!allPass(parent, trace) && stall < options.monodromyStallLoops() && loops < options.monodromyMaxLoops()
                && !monitor.isCanceled()) {
            double[] a = randomPoint(scale);
            double[] b = randomPoint(scale);
            double[][] moved = move(move(move(points.toArray(double[][]::new), base, a), a, b), b, base);
            loops++;
            monitor.worked(1);
            boolean joined = false;
            for (int i = 0; i < count; i++) {
                int j = moved[i] == null ? -1 : nearest(moved[i], points);
                if (moved[i] != null && j < 0) {
                    missed++;
                } else if (j >= 0 && find(parent, i) != find(parent, j)) {
                    parent[find(parent, i)] = find(parent, j);
                    joined = true;
                }
            }
            stall = joined ? 0 : stall + 1;
        }
        if (trace != null) {
            combineFailing(parent, trace);
        }
        return groups(parent, trace, loops);
    }

    private List<Group> groups(int[] parent, double[][] trace, int loops) {
        List<Group> result = new ArrayList<>();
        for (int root = 0; root < parent.length; root++) {
            if (find(parent, root) != root) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                if (find(parent, i) == root) {
                    members.add(i);
                }
            }
            if (trace == null) {
                result.add(new Group(members, MonodromyResult.TraceTest.NOT_RUN, Double.NaN, loops));
            } else {
                double defect = defect(members, trace);
                result.add(new Group(members,
                        defect < PASS ? MonodromyResult.TraceTest.PASSED : MonodromyResult.TraceTest.FAILED, defect,
                        loops));
            }
        }
        return result;
    }

    /** Joins the smallest sets of failing groups whose union passes. */
    private void combineFailing(int[] parent, double[][] trace) {
        List<List<Integer>> failing = new ArrayList<>();
        for (Group g : groups(parent, trace, 0)) {
            if (g.traceTest() != MonodromyResult.TraceTest.PASSED) {
                failing.add(g.members());
            }
        }
        if (failing.size() < 2 || failing.size() > MAX_COMBINED_GROUPS) {
            return;
        }
        int k = failing.size();
        boolean[] used = new boolean[k];
        for (int size = 2; size <= k; size++) {
            for (int mask = 1; mask < 1 << k; mask++) {
                if (Integer.bitCount(mask) != size || overlaps(mask, used)) {
                    continue;
                }
                List<Integer> union = new ArrayList<>();
                for (int g = 0; g < k; g++) {
                    if ((mask & 1 << g) != 0) {
                        union.addAll(failing.get(g));
                    }
                }
                if (defect(union, trace) < PASS) {
                    for (int g = 0; g < k; g++) {
                        if ((mask & 1 << g) != 0) {
                            used[g] = true;
                            parent[find(parent, failing.get(g).get(0))] = find(parent, union.get(0));
                        }
                    }
                }
            }
        }
    }

    private static boolean overlaps(int mask, boolean[] used) {
        for (int g = 0; g < used.length; g++) {
            if (used[g] && (mask & 1 << g) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean allPass(int[] parent, double[][] trace) {
        if (trace == null) {
            return false;
        }
        List<List<Integer>> byRoot = new ArrayList<>();
        for (int root = 0; root < parent.length; root++) {
            if (find(parent, root) == root) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < parent.length; i++) {
                    if (find(parent, i) == root) {
                        members.add(i);
                    }
                }
                byRoot.add(members);
            }
        }
        return byRoot.stream().allMatch(m -> defect(m, trace) < PASS);
    }

    /** @return |Σ (T₊ + T₋ − 2T₀)| over the members relative to Σ of the moduli of the terms */
    private static double defect(List<Integer> members, double[][] trace) {
        double re = 0;
        double im = 0;
        double size = 0;
        for (int i : members) {
            re += trace[i][0];
            im += trace[i][1];
            size += trace[i][2];
        }
        return Math.hypot(re, im) / Math.max(size, Double.MIN_NORMAL);
    }

    /**
     * Moves every point to the offsets base ± scale·w along a random direction
     * w and evaluates a random linear form there.
     *
     * @return per point {re, im} of ℓ(x₊) + ℓ(x₋) − 2ℓ(x₀) and |ℓ(x₀)| + |ℓ(x₊)| + |ℓ(x₋)|, or null
     *         when a path failed or two paths met (the contributions would be wrong)
     */
    private double[][] traceContributions(double[] base, List<double[]> points, double scale) {
        double[] form = Interleaved.gaussian(system.variableCount(), random);
        double[] direction = Interleaved.gaussian(base.length / 2, random);
        double[] plus = base.clone();
        double[] minus = base.clone();
        for (int i = 0; i < base.length; i++) {
            plus[i] += scale * direction[i];
            minus[i] -= scale * direction[i];
        }
        double[][] start = points.toArray(double[][]::new);
        double[][] atPlus = move(start, base, plus);
        double[][] atMinus = move(start, base, minus);
        if (!complete(atPlus) || !complete(atMinus)) {
            return null;
        }
        double[][] result = new double[points.size()][];
        for (int i = 0; i < result.length; i++) {
            double[] l0 = apply(form, points.get(i));
            double[] lp = apply(form, atPlus[i]);
            double[] lm = apply(form, atMinus[i]);
            result[i] = new double[] { lp[0] + lm[0] - 2 * l0[0], lp[1] + lm[1] - 2 * l0[1],
                    Math.hypot(l0[0], l0[1]) + Math.hypot(lp[0], lp[1]) + Math.hypot(lm[0], lm[1]) };
        }
        return result;
    }

    private boolean complete(double[][] moved) {
        for (int i = 0; i < moved.length; i++) {
            if (moved[i] == null) {
                return false;
            }
            for (int j = 0; j < i; j++) {
                if (same(moved[i], moved[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[] apply(double[] form, double[] x) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < form.length; i += 2) {
            re += form[i] * x[i] - form[i + 1] * x[i + 1];
            im += form[i] * x[i + 1] + form[i + 1] * x[i];
        }
        return new double[] { re, im };
    }

    /**
     * Moves affine points from offsets {@code from} to {@code to} along a
     * straight segment (both ends generic complex, so no γ is needed).
     *
     * @return the endpoints, refined, in the same order; null for a failed path
     */
    private double[][] move(double[][] points, double[] from, double[] to) {
        int live = 0;
        for (double[] p : points) {
            live += p == null ? 0 : 1;
        }
        int[] index = new int[live];
        for (int i = 0, k = 0; i < points.length; i++) {
            if (points[i] != null) {
                index[k++] = i;
            }
        }
        Homotopy homotopy = new ParameterPathHomotopy(system, from, to, 1, 0, chart);
        PathOutcome[] outcomes = new PathBatch(homotopy, options, stop, Long.MAX_VALUE).run(live,
                k -> chart.lift(points[index[k]]), ProgressMonitor.NULL);
        AffineSystem target = new AffineSystem(system, to);
        double[][] result = new double[points.length][];
        for (int k = 0; k < live; k++) {
            PathOutcome outcome = outcomes[k];
            if (outcome.ok() && EndgameTracker.infinityRatio(outcome.z()) > 1e-7) {
                double[] x = target.dehomogenize(outcome.z());
                target.refine(x, options.pathTolerance());
                result[index[k]] = x;
            }
        }
        return result;
    }

    private int nearest(double[] x, List<double[]> points) {
        for (int j = 0; j < points.size(); j++) {
            if (same(x, points.get(j))) {
                return j;
            }
        }
        return -1;
    }

    private boolean same(double[] a, double[] b) {
        return EndgameTracker.distance(a, b) <= options.endpointTolerance() * Math.max(1, PathTracker.norm(b));
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        return root;
    }

    /** @return the root mean square modulus of the base offsets, at least 1 */
    private static double spread(double[] base) {
        double sum = 0;
        for (double v : base) {
            sum += v * v;
        }
        return Math.max(1, Math.sqrt(2 * sum / base.length));
    }

    /**
     * A random complex offset: Gaussian with the spread of the base times a
     * log-uniform factor in [1, 1000], as {@link Monodromy} chooses its loop
     * points, so that loops go around branch points at every scale.
     */
    private double[] randomPoint(double scale) {
        double size = scale * Math.pow(1000, random.nextDouble());
        double[] p = Interleaved.gaussian(system.parameterCount(), random);
        for (int i = 0; i < p.length; i++) {
            p[i] *= size;
        }
        return p;
    }
}
