// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.benchmarks.TrackerTiming;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * What one path of the total-degree homotopy costs, counted rather than timed: evaluations of H with
 * H_t (predictor stages) and without (Newton iterations) per path, on n random dense quadrics in n
 * unknowns ({@code TrackerTiming}'s, the same seed giving the same system), one thread,
 * and the process CPU time per path. Optionally writes the finite solutions, or compares them with
 * ones written before (largest distance to the nearest earlier solution), so that a change of the
 * tracker can be shown to keep the endpoints.
 *
 * <pre>
 * java -cp benchmarks.jar org.neuroalgebra.solver.homotopy.internal.PathStatistics [n] [seed] [runs] [write|compare FILE]
 * </pre>
 */
public final class PathStatistics {

    private PathStatistics() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<Polynomial> quadrics = TrackerTiming.denseQuadrics(n, seed).equations();
        int[] degrees = new int[n];
        java.util.Arrays.fill(degrees, 2);
        SolverOptions options = SolverOptions.builder().seed(1).threads(1).build();
        SolveResult result = null;
        double bestCpu = Double.POSITIVE_INFINITY;
        AtomicLong predictor = new AtomicLong();
        AtomicLong newton = new AtomicLong();
        int paths = 1 << n;
        for (int r = 0; r < runs + 1; r++) {
            predictor.set(0);
            newton.set(0);
            SplittableRandom random = new SplittableRandom(options.seed());
            ProjectiveChart chart = new ProjectiveChart(n, random);
            double[] gamma = Interleaved.unitCircle(random);
            CompiledSystem compiled = new CompiledSystem(quadrics, n, degrees);
            TotalDegreeHomotopy total = new TotalDegreeHomotopy(compiled, new double[0], gamma[0], gamma[1], chart);
            Homotopy counted = counting(total, predictor, newton);
            long cpu = processCpuNanos();
            PathOutcome[] outcomes = new PathBatch(counted, options, new StopSignal(), Long.MAX_VALUE).run(paths,
                    total::startSolution, ProgressMonitor.NULL);
            double seconds = (processCpuNanos() - cpu) * 1e-9;
            result = new EndpointClassifier(new AffineSystem(compiled, new double[0]), null, options)
                    .classify(outcomes, options.seed(), "statistics", seconds); //$NON-NLS-1$
            if (r > 0) {
                bestCpu = Math.min(bestCpu, seconds);
            }
        }
        System.out.printf(Locale.ROOT,
                "%d dense quadrics (seed %d), %d paths: %d finite, %d at infinity, %d failed %s%n" //$NON-NLS-1$
                        + "  per path: %.1f predictor evaluations (with H_t), %.1f Newton evaluations, %.1f in all%n" //$NON-NLS-1$
                        + "  CPU %.3f s per solve (best of %d, 1 thread): %.0f paths/s per core%n", //$NON-NLS-1$
                n, seed, paths, result.finiteSolutions().size(), result.atInfinityPathCount(),
                result.failedPathCount(), result.failures(), predictor.get() / (double) paths,
                newton.get() / (double) paths, (predictor.get() + newton.get()) / (double) paths, bestCpu, runs,
                paths / bestCpu);
        if (args.length > 4 && args[3].equals("write")) { //$NON-NLS-1$
            List<String> lines = new ArrayList<>();
            for (Solution s : result.finiteSolutions()) {
                StringBuilder line = new StringBuilder();
                for (Complex c : s.coordinates()) {
                    line.append(c.re()).append(' ').append(c.im()).append(' ');
                }
                lines.add(line.toString().trim());
            }
            Files.write(Path.of(args[4]), lines);
        } else if (args.length > 4 && args[3].equals("compare")) { //$NON-NLS-1$
            compare(result, Files.readAllLines(Path.of(args[4])));
        }
    }

    private static void compare(SolveResult result, List<String> earlier) {
        double worst = 0;
        for (Solution s : result.finiteSolutions()) {
            double nearest = Double.POSITIVE_INFINITY;
            for (String line : earlier) {
                String[] parts = line.split(" "); //$NON-NLS-1$
                double d = 0;
                for (int i = 0; i < s.coordinates().length; i++) {
                    Complex c = s.coordinates()[i];
                    d = Math.max(d, Math.hypot(c.re() - Double.parseDouble(parts[2 * i]),
                            c.im() - Double.parseDouble(parts[2 * i + 1])));
                }
                nearest = Math.min(nearest, d);
            }
            worst = Math.max(worst, nearest);
        }
        System.out.printf(Locale.ROOT, "  %d solutions now, %d before; largest distance to the nearest earlier one %.3g%n", //$NON-NLS-1$
                result.finiteSolutions().size(), earlier.size(), worst);
    }

    private static Homotopy counting(Homotopy homotopy, AtomicLong predictor, AtomicLong newton) {
        return new Homotopy() {
            @Override
            public int size() {
                return homotopy.size();
            }

            @Override
            public Evaluator newEvaluator() {
                Evaluator evaluator = homotopy.newEvaluator();
                return (z, tRe, tIm, h, hz, ht) -> {
                    (ht != null ? predictor : newton).incrementAndGet();
                    evaluator.evaluate(z, tRe, tIm, h, hz, ht);
                };
            }

            @Override
            public void evaluationError(double[] z, double[] out) {
                homotopy.evaluationError(z, out);
            }

            @Override
            public DoubleDoubleEvaluator newDoubleDoubleEvaluator() {
                return homotopy.newDoubleDoubleEvaluator();
            }
        };
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
