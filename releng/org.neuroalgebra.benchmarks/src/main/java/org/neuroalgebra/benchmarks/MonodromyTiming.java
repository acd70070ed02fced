// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.edd.Metric;
import org.neuroalgebra.analysis.edd.ParametricEdComputation;
import org.neuroalgebra.analysis.edd.ParametricEdResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/**
 * Times the parametric ED formulation, whose time is spent in monodromy, on the networks of issue 12: the
 * linear networks (3,1,3) and (4,1,3) (rank-1 3×3 and 3×4 matrices, ED degrees 39 and 83 for a generic
 * metric) and the Veronese cone of ternary squares (3,1,1), σ = x², identity metric (13). Usage:
 * {@code java -cp benchmarks.jar org.neuroalgebra.benchmarks.MonodromyTiming [runs] [threads,...] [problem,...]};
 * prints per run the time, the pure count, failed paths and the monodromy loops and stopping rules; the
 * minimum over the runs is the figure to compare.
 */
public final class MonodromyTiming {

    private MonodromyTiming() {
    }

    private record Problem(String name, MlpParametrization mlp, Metric metric, int expected) {
    }

    public static void main(String[] args) throws TooLargeException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String[] threadCounts = (args.length > 1 ? args[1] : "2").split(","); //$NON-NLS-1$ //$NON-NLS-2$
        String only = args.length > 2 ? args[2] : "rank1-3x3,rank1-3x4,veronese"; //$NON-NLS-1$
        Polynomial identity = Polynomial.univariate(Rational.ZERO, Rational.ONE);
        Polynomial square = Polynomial.univariate(Rational.ZERO, Rational.ZERO, Rational.ONE);
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem("rank1-3x3", MlpParametrization.create(new int[] { 3, 1, 3 }, //$NON-NLS-1$
                new boolean[] { false, false }, identity), Metric.randomPositiveDefinite(9, 5), 39));
        problems.add(new Problem("rank1-3x4", MlpParametrization.create(new int[] { 4, 1, 3 }, //$NON-NLS-1$
                new boolean[] { false, false }, identity), Metric.randomPositiveDefinite(12, 5), 83));
        problems.add(new Problem("veronese", MlpParametrization.create(new int[] { 3, 1, 1 }, //$NON-NLS-1$
                new boolean[] { false, false }, square), Metric.identity(6), 13));
        for (Problem problem : problems) {
            if (!List.of(only.split(",")).contains(problem.name())) { //$NON-NLS-1$
                continue;
            }
            for (String threads : threadCounts) {
                double best = Double.MAX_VALUE;
                for (int run = 0; run < runs; run++) {
                    Recorder solver = new Recorder(Integer.parseInt(threads));
                    long start = System.nanoTime();
                    ParametricEdResult result = new ParametricEdComputation(solver).compute(problem.mlp(),
                            problem.metric(), null, 1, ProgressMonitor.NULL);
                    double seconds = (System.nanoTime() - start) * 1e-9;
                    best = Math.min(best, seconds);
                    System.out.printf("%s threads=%s run=%d: %.2f s, pure %d (expected %d), spurious %d, failed paths %d, " //$NON-NLS-1$
                            + "monodromy %.2f s %s%n", problem.name(), threads, run, seconds, result.pure().size(), //$NON-NLS-1$
                            problem.expected(), result.spurious().size(), result.failedPathCount(),
                            solver.monodromySeconds, solver.runs);
                }
                System.out.printf("%s threads=%s: min %.2f s over %d runs%n", problem.name(), threads, best, runs); //$NON-NLS-1$
            }
        }
    }

    /** The homotopy solver with a fixed thread count, recording what each monodromy run did. */
    private static final class Recorder implements ParameterHomotopySolver {

        private final HomotopyContinuationSolver delegate = new HomotopyContinuationSolver();
        private final int threads;
        private final List<String> runs = new ArrayList<>();
        private double monodromySeconds;

        Recorder(int threads) {
            this.threads = threads;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public SolveResult solve(PolynomialSystem system, Complex[] parameterValues, SolverOptions options,
                ProgressMonitor monitor) {
            return delegate.solve(system, parameterValues, options.toBuilder().threads(threads).build(), monitor);
        }

        @Override
        public SolveResult track(PolynomialSystem system, Complex[] startParameters, List<Complex[]> startSolutions,
                Complex[] targetParameters, SolverOptions options, ProgressMonitor monitor) {
            return delegate.track(system, startParameters, startSolutions, targetParameters,
                    options.toBuilder().threads(threads).build(), monitor);
        }

        @Override
        public MonodromyResult monodromy(PolynomialSystem system, Complex[] parameters, Complex[] startSolution,
                int traceVariables, SolverOptions options, ProgressMonitor monitor) {
            long start = System.nanoTime();
            MonodromyResult result = delegate.monodromy(system, parameters, startSolution, traceVariables,
                    options.toBuilder().threads(threads).build(), monitor);
            double seconds = (System.nanoTime() - start) * 1e-9;
            monodromySeconds += seconds;
            runs.add(String.format("[%d sols, %d loops, %d failed %s, %.2fs, %s, trace %s]", //$NON-NLS-1$
                    result.solutionCount(), result.loops(), result.result().failedPathCount(),
                    result.result().failures(), seconds, result.stoppingRule(), result.traceTest()));
            return result;
        }
    }
}
