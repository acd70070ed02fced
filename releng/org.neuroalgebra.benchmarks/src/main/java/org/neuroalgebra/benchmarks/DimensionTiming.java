// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.analysis.dimension.DimensionComputation;
import org.neuroalgebra.analysis.dimension.DimensionResult;

/**
 * Wall time and peak heap of the dimension computation on the MLPs of issue 12, one JVM per
 * architecture (the peak heap is the JVM's): {@code java -cp benchmarks.jar
 * org.neuroalgebra.benchmarks.DimensionTiming x^2 6,10,10,1 [runs [threads]]}.
 */
public final class DimensionTiming {

    private DimensionTiming() {
    }

    public static void main(String[] args) throws Exception {
        String activation = args[0];
        int[] widths = java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray(); //$NON-NLS-1$
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        MlpParametrization p = MlpParametrization.create(widths, new boolean[widths.length - 1],
                PolynomialParser.parse(activation, List.of("x"))); //$NON-NLS-1$
        double best = Double.POSITIVE_INFINITY;
        DimensionResult r = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            r = threads > 0 ? DimensionComputation.compute(p, 1L, ProgressMonitor.NULL, threads)
                    : DimensionComputation.compute(p, 1L, ProgressMonitor.NULL);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("σ = %s %s: %s; %s threads; min of %d runs %.3f s; peak heap %d MB; %s%n", activation, //$NON-NLS-1$
                args[1], r, threads > 0 ? Integer.toString(threads) : "default", runs, best, peak >> 20, r.method()); //$NON-NLS-1$
    }
}
