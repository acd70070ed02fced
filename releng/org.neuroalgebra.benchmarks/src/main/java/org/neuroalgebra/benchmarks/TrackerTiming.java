// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.edd.EdDegreeComputation;
import org.neuroalgebra.analysis.edd.EdDegreeResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/**
 * Wall-clock timing of the path tracker in-process, outside JMH: katsura6
 * and katsura7 by the total-degree homotopy, 10 random dense quadrics in 10
 * unknowns (1024 paths), with 1 and 2 threads, and the lightning quartic's ED
 * degree. Each figure is the minimum over several runs after a warm-up (the
 * machine is shared, so the minimum is the least noisy estimate); the process
 * CPU time of the same runs gives paths per second per core, which other
 * processes on the machine do not inflate.
 *
 * <pre>
 * java -cp releng/org.neuroalgebra.benchmarks/target/benchmarks.jar org.neuroalgebra.benchmarks.TrackerTiming [runs]
 * </pre>
 */
public final class TrackerTiming {

    /** Runs before the timed ones, so that the JIT has compiled the tracker. */
    private static final int WARM_UP = 2;

    private TrackerTiming() {
    }

    /** @return the CPU time of the whole process (all threads), which a shared machine does not inflate */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> only = args.length > 1 ? List.of(args[1].split(",")) : List.of(); //$NON-NLS-1$
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("TrackerTiming: %d runs each, minimum reported; %d processors%n", runs, cores); //$NON-NLS-1$
        if (only.isEmpty() || only.contains("katsura")) { //$NON-NLS-1$
            time("katsura6", katsura(6), runs); //$NON-NLS-1$
            time("katsura7", katsura(7), runs); //$NON-NLS-1$
        }
        if (only.isEmpty() || only.contains("quadrics")) { //$NON-NLS-1$
            time("10 dense quadrics", denseQuadrics(10, 42), runs); //$NON-NLS-1$
        }
        if (only.isEmpty() || only.contains("quartic")) { //$NON-NLS-1$
            quartic(runs);
        }
    }

    private static void time(String name, PolynomialSystem system, int runs) {
        Timing one = solveTimes(system, 1, runs);
        Timing two = solveTimes(system, 2, runs);
        System.out.printf("%-18s %5d paths, %s%n    1 thread %.4f s, CPU %.4f s (%.0f paths/s per core) | 2 threads %.4f s, CPU %.4f s (speed-up %.2f)%n", //$NON-NLS-1$
                name, one.paths(), one.outcome(), one.seconds(), one.cpuSeconds(), one.paths() / one.cpuSeconds(),
                two.seconds(), two.cpuSeconds(), one.seconds() / two.seconds());
    }

    /** The best wall-clock and process CPU times of a solve, its path count and what it found. */
    private record Timing(double seconds, double cpuSeconds, int paths, String outcome) {
    }

    private static Timing solveTimes(PolynomialSystem system, int threads, int runs) {
        HomotopyContinuationSolver solver = new HomotopyContinuationSolver();
        SolverOptions options = SolverOptions.builder().seed(1).threads(threads).build();
        double best = Double.POSITIVE_INFINITY;
        double bestCpu = Double.POSITIVE_INFINITY;
        SolveResult result = null;
        for (int r = 0; r < runs + WARM_UP; r++) {
            long start = System.nanoTime();
            long cpu = processCpuNanos();
            result = solver.solve(system, new Complex[0], options, ProgressMonitor.NULL);
            double seconds = (System.nanoTime() - start) * 1e-9;
            if (r >= WARM_UP) {
                best = Math.min(best, seconds);
                bestCpu = Math.min(bestCpu, (processCpuNanos() - cpu) * 1e-9);
            }
        }
        String outcome = String.format("%d finite, %d at infinity, %d failed, %d in higher precision", //$NON-NLS-1$
                result.finiteSolutions().size(), result.atInfinityPathCount(), result.failedPathCount(),
                result.pathsHigherPrecision());
        return new Timing(best, bestCpu, result.pathsTracked(), outcome);
    }

    private static void quartic(int runs) {
        List<Polynomial> quartic = List.of(Problems.quartic());
        EdDegreeComputation computation = new EdDegreeComputation(new HomotopyContinuationSolver());
        double best = Double.POSITIVE_INFINITY;
        EdDegreeResult result = null;
        for (int r = 0; r < runs + WARM_UP; r++) {
            long start = System.nanoTime();
            result = computation.compute(quartic, 1, Problems.quarticMetric(), Problems.QUARTIC_DATA, 1,
                    ProgressMonitor.NULL);
            double seconds = (System.nanoTime() - start) * 1e-9;
            if (r >= WARM_UP) {
                best = Math.min(best, seconds);
            }
        }
        System.out.printf("quartic ED degree  %d (certified %s, %d failed paths) | %.4f s%n", result.edDegree(), //$NON-NLS-1$
                result.certified(), result.failedPathCount(), best);
    }

    /**
     * katsura-n: unknowns x_0..x_n, Σ_l x_|l| x_|m−l| = x_m for m = 0..n−1
     * (l from −n to n, x_k = 0 for k &gt; n) and x_0 + 2Σ x_i = 1.
     */
    static PolynomialSystem katsura(int n) {
        int count = n + 1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("x" + i); //$NON-NLS-1$
        }
        List<Polynomial> equations = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            Polynomial sum = Polynomial.variable(count, m).neg();
            for (int l = -n; l <= n; l++) {
                int a = Math.abs(l);
                int b = Math.abs(m - l);
                if (b <= n) {
                    sum = sum.add(Polynomial.variable(count, a).mul(Polynomial.variable(count, b)));
                }
            }
            equations.add(sum);
        }
        Polynomial linear = Polynomial.constant(count, Rational.of(-1)).add(Polynomial.variable(count, 0));
        for (int i = 1; i < count; i++) {
            linear = linear.add(Polynomial.variable(count, i).scale(Rational.of(2)));
        }
        equations.add(linear);
        return PolynomialSystem.of(names, equations);
    }

    /** n quadrics in n unknowns, every monomial of degree ≤ 2 with an integer coefficient in [−9, 9]. */
    public static PolynomialSystem denseQuadrics(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("x" + i); //$NON-NLS-1$
        }
        List<Polynomial> equations = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            Polynomial sum = Polynomial.constant(n, Rational.of(random.nextInt(-9, 10)));
            for (int i = 0; i < n; i++) {
                Polynomial xi = Polynomial.variable(n, i);
                sum = sum.add(xi.scale(Rational.of(random.nextInt(-9, 10))));
                for (int j = i; j < n; j++) {
                    sum = sum.add(xi.mul(Polynomial.variable(n, j)).scale(Rational.of(random.nextInt(-9, 10))));
                }
            }
            equations.add(sum);
        }
        return PolynomialSystem.of(names, equations);
    }
}
