// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;
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

/**
 * The solvers through their public entry points on Katsura-n: a total-degree homotopy (2^n
 * paths; the time per path is the score divided by 2^n) and one Gröbner basis modulo a prime.
 * The tracker's own inner loops are in {@code TrackerInnerLoopBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SolverBenchmark {

    @Param({ "5", "6" })
    public int n;

    private PolynomialSystem system;

    @Setup
    public void setUp() {
        system = katsura(n);
    }

    /** Every path of the total-degree homotopy of Katsura-n (2^n paths), in double precision with its fallbacks. */
    @Benchmark
    public SolveResult totalDegreePaths() {
        return new HomotopyContinuationSolver().solve(system, new org.neuroalgebra.solver.Complex[0],
                SolverOptions.defaults(), ProgressMonitor.NULL);
    }

    /** One Gröbner basis of Katsura-n modulo a 31-bit prime, and the count it gives (2^n). */
    @Benchmark
    public CountResult groebnerBasis() {
        return new GroebnerSolutionCounter().count(system.equations(), system.variableCount(), List.of(), ModP.PRIME_1, 1,
                ProgressMonitor.NULL);
    }

    static PolynomialSystem katsura(int n) {
        List<String> variables = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            variables.add("u" + i); //$NON-NLS-1$
        }
        List<Polynomial> equations = ProblemCatalog.katsuraEquations(n).stream().map(e -> Problems.parse(e, variables)).toList();
        return PolynomialSystem.of(variables, equations);
    }
}
