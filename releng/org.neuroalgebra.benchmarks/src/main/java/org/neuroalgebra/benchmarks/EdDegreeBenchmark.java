// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.edd.EdDegreeComputation;
import org.neuroalgebra.analysis.edd.EdDegreeResult;
import org.neuroalgebra.analysis.edd.LagrangeSystem;
import org.neuroalgebra.analysis.edd.Metric;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The ED degree of the lightning quartic with a generic metric: homotopy and Gröbner. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EdDegreeBenchmark {

    private List<Polynomial> quartic;
    private Metric metric;
    private List<Polynomial> lagrangeAtData;
    private List<Polynomial> singularLocus;
    private int unknowns;

    @Setup
    public void setUp() {
        quartic = List.of(Problems.quartic());
        metric = Problems.quarticMetric();
        LagrangeSystem system = LagrangeSystem.of(quartic, 1, metric, false, 1);
        Rational[] u = new Rational[Problems.QUARTIC_DATA.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = Rational.of(BigDecimal.valueOf(Problems.QUARTIC_DATA[i]));
        }
        lagrangeAtData = system.equationsAt(u);
        singularLocus = system.singularLocus();
        unknowns = system.system().variableCount();
    }

    /** Homotopy continuation (monodromy, then a parameter homotopy to the data): 14 points. */
    @Benchmark
    public EdDegreeResult quarticByHomotopy() {
        return new EdDegreeComputation(new HomotopyContinuationSolver()).compute(quartic, 1, metric,
                Problems.QUARTIC_DATA, 1, ProgressMonitor.NULL);
    }

    /** The exact count of the same system modulo a prime, singular locus saturated: 14. */
    @Benchmark
    public CountResult quarticByGroebner() {
        return new GroebnerSolutionCounter().count(lagrangeAtData, unknowns, singularLocus, ModP.PRIME_1, 1,
                ProgressMonitor.NULL);
    }
}
