// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.MonodromyGoal;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Monodromy solving: the solutions of {@code F(x; p) = 0} over generic
 * parameters form a covering space; carrying solutions around a loop
 * p₀ → p_a → p_b → p₀ through random complex parameters permutes the fibre,
 * and when the incidence variety is irreducible the monodromy group acts
 * transitively, so loops find every solution of the component that contains
 * the start pair.
 * <p>
 * Each known solution is carried around each loop once (a new solution is
 * queued for every existing loop). When every pair is done and the count
 * changed, the {@link TraceTest} runs along a fresh random line (and once
 * more before giving up); the solve stops when it passes, after
 * {@code monodromyStallLoops} new loops in a row found nothing (twice that
 * when the trace test failed at the first stall), or at
 * {@code monodromyMaxLoops} loops. It may start from several known solutions, and with a
 * {@link MonodromyGoal} it stops as soon as the goal's number of wanted solutions is known (checked
 * after every batch of paths), and runs the trace test only when the loops stall short of it.
 */
final class Monodromy {

    /** Condition number above which a loop endpoint is rejected as not a regular solution. */
    private static final double SINGULAR = 1e14;

    private final CompiledSystem system;
    private final SolverOptions options;
    private final ProjectiveChart chart;
    private final SplittableRandom random;
    private final StopSignal stop;
    private final long deadline;
    private final Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
    private int dimension;

    Monodromy(CompiledSystem system, SolverOptions options, StopSignal stop, long deadline) {
        this.system = system;
        this.options = options.toBuilder().endgame(false).build();
        this.random = new SplittableRandom(options.seed());
        this.chart = new ProjectiveChart(system.variableCount(), random);
        this.stop = stop;
        this.deadline = deadline;
    }

    private record Loop(double[] a, double[] b) {
    }

    MonodromyResult run(double[] base, List<double[]> startSolutions, int traceVariables, MonodromyGoal goal,
            ProgressMonitor monitor, long startNanos) {
        AffineSystem affine = new AffineSystem(system, base);
        List<double[]> known = new ArrayList<>();
        for (double[] start : startSolutions) {
            double[] x = start.clone();
            affine.refine(x, options.pathTolerance());
            if (known.isEmpty() || isNew(x, known)) {
                known.add(x);
            }
        }
        double scale = spread(base);
        dimension = base.length / 2;
        TraceTest trace = new TraceTest(this, base, traceVariables, scale, options.endpointTolerance(), random);
        TraceTest.Outcome outcome = TraceTest.Outcome.notRun();
        int tracedCount = 0;
        List<Loop> loops = new ArrayList<>();
        List<Integer> processed = new ArrayList<>();
        int stall = 0;
        boolean extended = false;
        int countWhenLoopAdded = 0;
        String rule;
        while (true) {
            if (monitor.isCanceled()) {
                stop.stop(FailureReason.CANCELED);
            }
            if (stop.reason() != null) {
                rule = "stopped: " + stop.reason(); //$NON-NLS-1$
                break;
            }
            boolean progress = false;
            for (int l = 0; l < loops.size(); l++) {
                int from = processed.get(l);
                if (from < known.size()) {
                    processed.set(l, known.size());
                    List<double[]> batch = new ArrayList<>(known.subList(from, known.size()));
                    for (double[] x : around(loops.get(l), batch, base, monitor)) {
                        if (!(affine.refine(x, options.pathTolerance()) < SINGULAR)) {
                            // solutions at generic parameters are regular: this path went astray
                            failures.merge(FailureReason.ILL_CONDITIONED, 1, Integer::sum);
                        } else if (isNew(x, known)) {
                            known.add(x);
                        }
                    }
                    progress = true;
                }
            }
            if (goal != null && wanted(known, goal) >= goal.count()) {
                rule = "the known count " + goal.count() + " reached"; //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            if (progress) {
                continue;
            }
            if (!loops.isEmpty()) {
                stall = known.size() > countWhenLoopAdded ? 0 : stall + 1;
                monitor.worked(1);
            }
            boolean lastChance = stall >= options.monodromyStallLoops();
            // with a goal the count ends the loops; the trace test is only the evidence of a stall
            if (!loops.isEmpty() && (known.size() != tracedCount && goal == null || lastChance)) {
                tracedCount = known.size();
                outcome = trace.run(known, monitor);
                if (outcome.verdict() == MonodromyResult.TraceTest.PASSED) {
                    rule = "trace test passed"; //$NON-NLS-1$
                    break;
                }
            }
            if (lastChance && !extended && outcome.verdict() == MonodromyResult.TraceTest.FAILED) {
                // the failed trace test is evidence of missing solutions: one more round of loops
                extended = true;
                stall = 0;
            } else if (lastChance) {
                rule = stall + " loops without a new solution" + (extended ? " (twice)" : ""); //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            if (loops.size() >= options.monodromyMaxLoops()) {
                rule = "loop limit " + options.monodromyMaxLoops() + " reached"; //$NON-NLS-1$ //$NON-NLS-2$
                break;
            }
            loops.add(new Loop(randomPoint(scale), randomPoint(scale)));
            processed.add(0);
            countWhenLoopAdded = known.size();
        }
        return result(affine, known, loops.size(), rule, outcome, startNanos);
    }

    private MonodromyResult result(AffineSystem affine, List<double[]> known, int loops, String rule,
            TraceTest.Outcome outcome, long startNanos) {
        PathOutcome[] asOutcomes = new PathOutcome[known.size()];
        for (int i = 0; i < asOutcomes.length; i++) {
            asOutcomes[i] = PathOutcome.reached(chart.lift(known.get(i)), 1);
        }
        double seconds = (System.nanoTime() - startNanos) * 1e-9;
        String method = "monodromy (" + loops + " loops through random complex parameters, " + rule //$NON-NLS-1$
                + "; trace test " + outcome.verdict() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        SolveResult found = new EndpointClassifier(affine, null, options).classify(asOutcomes, options.seed(),
                method, seconds);
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        SolveResult result = new SolveResult(found.solutions(), failures, known.size() + failed, 0, 0, seconds,
                options.seed(), method, false);
        return new MonodromyResult(result, loops, rule, outcome.verdict(), outcome.defect());
    }

    private List<double[]> around(Loop loop, List<double[]> points, double[] base, ProgressMonitor monitor) {
        List<double[]> moved = move(points, base, loop.a(), monitor);
        moved = move(moved, loop.a(), loop.b(), monitor);
        return move(moved, loop.b(), base, monitor);
    }

    /**
     * Moves affine solutions from parameters {@code from} to {@code to} along a
     * straight segment (both ends generic complex, so no γ is needed); failed
     * paths are counted and dropped from the loop, not from the known set.
     */
    List<double[]> move(List<double[]> points, double[] from, double[] to, ProgressMonitor monitor) {
        Homotopy homotopy = new ParameterPathHomotopy(system, from, to, 1, 0, chart);
        PathBatch batch = new PathBatch(homotopy, options, stop, deadline);
        PathOutcome[] outcomes = batch.run(points.size(), i -> chart.lift(points.get(i)), ProgressMonitor.NULL);
        AffineSystem target = new AffineSystem(system, to);
        List<double[]> result = new ArrayList<>();
        for (PathOutcome outcome : outcomes) {
            if (outcome.ok() && EndgameTracker.infinityRatio(outcome.z()) > 1e-7) {
                result.add(target.dehomogenize(outcome.z()));
            } else {
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

    private static long wanted(List<double[]> known, MonodromyGoal goal) {
        return known.stream().filter(x -> goal.wanted().test(Interleaved.toComplex(x))).count();
    }

    private boolean isNew(double[] x, List<double[]> known) {
        for (double[] k : known) {
            if (EndgameTracker.distance(k, x) <= options.endpointTolerance() * Math.max(1, PathTracker.norm(k))) {
                return false;
            }
        }
        return true;
    }
}
