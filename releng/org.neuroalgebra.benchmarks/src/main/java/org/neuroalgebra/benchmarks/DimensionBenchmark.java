// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.analysis.dimension.DimensionComputation;
import org.neuroalgebra.analysis.dimension.DimensionResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Certified dimension of σ = x² MLPs: exact Jacobians mod two primes plus an SVD. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DimensionBenchmark {

    @Param({ "2,2,3,4,1", "2,3,3,2,1", "4,6,6,6,1" })
    public String widths;

    private MlpParametrization parametrization;

    @Setup
    public void setUp() throws TooLargeException {
        int[] w = List.of(widths.split(",")).stream().mapToInt(Integer::parseInt).toArray(); //$NON-NLS-1$
        parametrization = MlpParametrization.create(w, new boolean[w.length - 1],
                Problems.parse("x^2", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Benchmark
    public DimensionResult certifiedDimension() {
        return DimensionComputation.compute(parametrization, 1, ProgressMonitor.NULL);
    }
}
