// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Monodromy solving: the solutions of {@code F(x; p) = 0} over generic
 * parameters form a covering space; carrying solutions around a loop through
 * random complex parameters permutes the fibre, and when the incidence
 * variety is irreducible the monodromy group acts transitively, so loops find
 * every solution of the component that contains the start pair.
 * <p>
 * The loops are the cycles of a {@link ParameterGraph}: the base point and
 * random complex parameter points joined by straight segments. Every solution
 * known at a node is tracked once along each edge of that node (never back
 * along a segment that brought it), so work done for one loop serves all
 * loops through the same edges. The paths of one edge are tracked in one
 * {@link PathBatch} on {@code threads} workers, and results are taken in
 * path order, so the outcome does not depend on the thread count. A path
 * that fails is dropped and counted, never retracked in higher precision
 * (another loop reaches the same solution); only paths that converged in
 * double but too inaccurately are.
 * <p>
 * When no solution is left untracked along any edge (the graph is
 * saturated) and the base count changed, the {@link TraceTest} runs (once
 * more along a fresh line before giving up); the solve stops when it passes,
 * after the graph grew by {@code monodromyStallLoops} loops in a row without
 * a new base solution (twice that when the trace test failed at the first
 * stall), or at {@code monodromyMaxLoops} loops. Each growth adds one loop,
 * by preference a segment between two nodes already there, which costs one
 * path per solution where a new triangle costs three.
 */
final class Monodromy {

    /** Condition number above which a loop endpoint is rejected as not a regular solution. */
    private static final double SINGULAR = 1e14;

    /**
     * Step budget of one path between two generic parameter points, which
     * takes tens to hundreds of steps: a path that needs more is cheaper to
     * drop than to finish.
     */
    private static final int LEG_STEPS = 2000;

    private final CompiledSystem system;
    private final SolverOptions options;
    private final SolverOptions legOptions;
    private final ProjectiveChart chart;
    private final SplittableRandom random;
    private final StopSignal stop;
    private final long deadline;
    private final Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
    private int dimension;

    Monodromy(CompiledSystem system, SolverOptions options, StopSignal stop, long deadline) {
        this.system = system;
        this.options = options.toBuilder().endgame(false).build();
        this.legOptions = this.options.toBuilder().maxSteps(Math.min(options.maxSteps(), LEG_STEPS)).build();
        this.random = new SplittableRandom(options.seed());
        this.chart = new ProjectiveChart(system.variableCount(), random);
        this.stop = stop;
        this.deadline = deadline;
    }

    MonodromyResult run(double[] base, double[] startSolution, int traceVariables, ProgressMonitor monitor,
            long startNanos) {
        ParameterGraph graph = new ParameterGraph(system);
        ParameterGraph.Node home = graph.addNode(base);
        double[] first = startSolution.clone();
        home.affine().refine(first, options.pathTolerance());
        home.solutions().add(first);
        double scale = spread(base);
        dimension = base.length / 2;
        TraceTest trace = new TraceTest(this, base, traceVariables, scale, options.endpointTolerance(), random);
        TraceTest.Outcome outcome = TraceTest.Outcome.notRun();
        int tracedCount = 0;
        int stall = 0;
        boolean extended = false;
        int added = grow(graph, scale);
        int countWhenGrown = 1;
        String rule;
        MonodromyResult.StoppedBy stoppedBy;
        while (true) {
            if (monitor.isCanceled()) {
                stop.stop(FailureReason.CANCELED);
            }
            if (stop.reason() != null) {
                rule = "stopped: " + stop.reason(); //$NON-NLS-1$
                stoppedBy = MonodromyResult.StoppedBy.INTERRUPTED;
                break;
            }
            if (propagate(graph, monitor)) {
                continue;
            }
            int found = home.solutions().size();
            // only base solutions count: near a singular family other nodes can gather near-singular points forever
            stall = found > countWhenGrown ? 0 : stall + added;
            monitor.worked(1);
            boolean lastChance = stall >= options.monodromyStallLoops();
            if (found != tracedCount || lastChance) {
                // at the last chance the same count is tested along a fresh line
                outcome = trace.run(home.solutions(), found == tracedCount, monitor);
                tracedCount = found;
                if (outcome.verdict() == MonodromyResult.TraceTest.PASSED) {
                    rule = "trace test passed"; //$NON-NLS-1$
                    stoppedBy = MonodromyResult.StoppedBy.TRACE_TEST;
                    break;
                }
            }
            if (lastChance && !extended && outcome.verdict() == MonodromyResult.TraceTest.FAILED) {
                // the failed trace test is evidence of missing solutions: one more round of loops
                extended = true;
                stall = 0;
            } else if (lastChance) {
                rule = stall + " loops without a new solution" + (extended ? " (twice)" : ""); //$NON-NLS-1$ //$NON-NLS-2$
                stoppedBy = MonodromyResult.StoppedBy.STAGNATION;
                break;
            }
            if (graph.loops() >= options.monodromyMaxLoops()) {
                rule = "loop limit " + options.monodromyMaxLoops() + " reached"; //$NON-NLS-1$ //$NON-NLS-2$
                stoppedBy = MonodromyResult.StoppedBy.LOOP_LIMIT;
                break;
            }
            added = grow(graph, scale);
            countWhenGrown = found;
        }
        return result(home, graph, rule, stoppedBy, outcome, startNanos);
    }

    /**
     * Adds a loop to the graph: first a triangle through the base point, then
     * a segment between two other nodes not joined yet (its paths mostly
     * match solutions already known at both ends, one path per solution),
     * and when every two of them are joined a new node joined to the two
     * newest. The base point keeps its two edges: it may be special (a
     * planted start on a singular stratum), and paths into a special point
     * fail.
     *
     * @return the number of loops added
     */
    private int grow(ParameterGraph graph, double scale) {
        List<ParameterGraph.Node> nodes = graph.nodes();
        int before = graph.loops();
        if (nodes.size() == 1) {
            ParameterGraph.Node home = nodes.get(0);
            ParameterGraph.Node a = graph.addNode(randomPoint(scale));
            ParameterGraph.Node b = graph.addNode(randomPoint(scale));
            graph.connect(home, a);
            graph.connect(a, b);
            graph.connect(b, home);
        } else if (!graph.joinNewestUnjoinedPair(1)) {
            ParameterGraph.Node newest = nodes.get(nodes.size() - 1);
            ParameterGraph.Node previous = nodes.get(nodes.size() - 2);
            ParameterGraph.Node added = graph.addNode(randomPoint(scale));
            graph.connect(newest, added);
            graph.connect(previous, added);
        }
        return graph.loops() - before;
    }

    /**
     * Tracks, edge by edge and in both directions, every solution not yet
     * tracked along the edge.
     *
     * @return whether any path was tracked
     */
    private boolean propagate(ParameterGraph graph, ProgressMonitor monitor) {
        boolean tracked = false;
        for (ParameterGraph.Edge edge : graph.edges()) {
            for (boolean reversed : new boolean[] { false, true }) {
                if (stop.reason() != null) {
                    return tracked;
                }
                int[] untried = ParameterGraph.untried(edge, reversed);
                if (untried.length > 0) {
                    track(edge, reversed, untried, monitor);
                    tracked = true;
                }
            }
        }
        return tracked;
    }

    private void track(ParameterGraph.Edge edge, boolean reversed, int[] indices, ProgressMonitor monitor) {
        ParameterGraph.Node source = reversed ? edge.to() : edge.from();
        ParameterGraph.Node target = reversed ? edge.from() : edge.to();
        List<double[]> points = new ArrayList<>(indices.length);
        for (int i : indices) {
            points.add(source.solutions().get(i));
        }
        List<double[]> moved = move(points, source.parameters(), target.parameters(), legOptions, false, monitor);
        for (int k = 0; k < indices.length; k++) {
            double[] x = moved.get(k);
            int j = ParameterGraph.TRIED;
            if (x != null && !(target.affine().refine(x, options.pathTolerance()) < SINGULAR)) {
                // solutions at generic parameters are regular: this path went astray
                failures.merge(FailureReason.ILL_CONDITIONED, 1, Integer::sum);
            } else if (x != null) {
                j = indexOf(x, target.solutions());
                if (j < 0) {
                    j = target.solutions().size();
                    target.solutions().add(x);
                }
            }
            ParameterGraph.record(edge, reversed, indices[k], j);
        }
    }

    private MonodromyResult result(ParameterGraph.Node home, ParameterGraph graph, String rule,
            MonodromyResult.StoppedBy stoppedBy, TraceTest.Outcome outcome, long startNanos) {
        List<double[]> known = home.solutions();
        PathOutcome[] asOutcomes = new PathOutcome[known.size()];
        for (int i = 0; i < asOutcomes.length; i++) {
            asOutcomes[i] = PathOutcome.reached(chart.lift(known.get(i)), 1);
        }
        double seconds = (System.nanoTime() - startNanos) * 1e-9;
        int loops = graph.loops();
        String method = "monodromy (" + loops + " loops in a graph of " + graph.nodes().size() //$NON-NLS-1$
                + " random complex parameter points, " + rule + "; trace test " + outcome.verdict() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        SolveResult found = new EndpointClassifier(home.affine(), null, options).classify(asOutcomes, options.seed(),
                method, seconds);
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        SolveResult result = new SolveResult(found.solutions(), failures, known.size() + failed, 0, 0, seconds,
                options.seed(), method, false);
        return new MonodromyResult(result, loops, rule, outcome.verdict(), outcome.defect(), stoppedBy);
    }

    /**
     * Moves affine solutions from parameters {@code from} to {@code to} along a
     * straight segment (both ends generic complex, so no γ is needed); failed
     * paths are counted and dropped.
     *
     * @return the endpoints that were reached, in order (failed paths left out)
     */
    List<double[]> move(List<double[]> points, double[] from, double[] to, ProgressMonitor monitor) {
        List<double[]> moved = move(points, from, to, options, true, monitor);
        moved.removeIf(x -> x == null);
        return moved;
    }

    /** @return the endpoint of each path, null where it failed or went to infinity */
    private List<double[]> move(List<double[]> points, double[] from, double[] to, SolverOptions settings,
            boolean retrackFailures, ProgressMonitor monitor) {
        Homotopy homotopy = new ParameterPathHomotopy(system, from, to, 1, 0, chart);
        PathBatch batch = new PathBatch(homotopy, settings, stop, deadline, retrackFailures);
        PathOutcome[] outcomes = batch.run(points.size(), i -> chart.lift(points.get(i)), ProgressMonitor.NULL);
        AffineSystem target = new AffineSystem(system, to);
        List<double[]> result = new ArrayList<>(outcomes.length);
        for (PathOutcome outcome : outcomes) {
            if (outcome.ok() && EndgameTracker.infinityRatio(outcome.z()) > 1e-7) {
                result.add(target.dehomogenize(outcome.z()));
            } else {
                result.add(null);
                failures.merge(outcome.ok() ? FailureReason.DIVERGED : outcome.failure(), 1, Integer::sum);
            }
        }
        if (monitor.isCanceled()) {
            stop.stop(FailureReason.CANCELED);
        }
        return result;
    }

    /** @return the root mean square modulus of the base parameters, at least 1 */
    private static double spread(double[] base) {
        double sum = 0;
        for (double v : base) {
            sum += v * v;
        }
        return Math.max(1, Math.sqrt(2 * sum / base.length));
    }

    /**
     * A random complex parameter point: independent complex Gaussians centred
     * at 0 (not at the base, so that triangles p₀ p_a p_b go around branch
     * points far from p₀) with the spread of the base point (at least 1)
     * times a log-uniform factor in [1, 1000]: solutions of large modulus are
     * connected to the others only through branch points at large parameters.
     */
    private double[] randomPoint(double scale) {
        double size = scale * Math.pow(1000, random.nextDouble());
        double[] p = Interleaved.gaussian(dimension, random);
        for (int i = 0; i < p.length; i++) {
            p[i] *= size;
        }
        return p;
    }

    private int indexOf(double[] x, List<double[]> known) {
        for (int i = 0; i < known.size(); i++) {
            double[] k = known.get(i);
            if (EndgameTracker.distance(k, x) <= options.endpointTolerance() * Math.max(1, PathTracker.norm(k))) {
                return i;
            }
        }
        return -1;
    }
}
