// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
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

/**
 * The path tracker's inner loops, what every predictor and corrector step costs: evaluating a
 * compiled system with its Jacobian (10 dense quadrics in 10 unknowns, homogenized), and one
 * complex LU factorization with a solve of that size. In the tracker's package because these
 * classes are internal; it follows their signatures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrackerInnerLoopBenchmark {

    private static final int N = 10;

    private CompiledSystem.Workspace workspace;
    private double[] z;
    private final double[] p = new double[0];
    private double[] f;
    private double[] dz;
    private ComplexLu lu;
    private double[] matrix;
    private double[] rightSide;
    private double[] solution;

    @Setup
    public void setUp() throws PolynomialSyntaxException {
        Random random = new Random(1);
        List<String> variables = new ArrayList<>();
        for (int i = 1; i <= N; i++) {
            variables.add("x" + i); //$NON-NLS-1$
        }
        List<Polynomial> equations = new ArrayList<>();
        int[] degrees = new int[N];
        for (int e = 0; e < N; e++) {
            StringBuilder text = new StringBuilder().append(random.nextInt(19) - 9);
            for (int i = 0; i < N; i++) {
                text.append(" + ").append(random.nextInt(19) - 9).append("*x").append(i + 1); //$NON-NLS-1$ //$NON-NLS-2$
                for (int j = i; j < N; j++) {
                    text.append(" + ").append(random.nextInt(19) - 9).append("*x").append(i + 1).append("*x").append(j + 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            equations.add(PolynomialParser.parse(text.toString(), variables));
            degrees[e] = 2;
        }
        workspace = new CompiledSystem(equations, N, degrees).newWorkspace();
        z = new double[2 * (N + 1)];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian();
        }
        f = new double[2 * N];
        dz = new double[2 * N * (N + 1)];
        lu = new ComplexLu(N);
        matrix = new double[2 * N * N];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = random.nextGaussian();
        }
        rightSide = new double[2 * N];
        for (int i = 0; i < rightSide.length; i++) {
            rightSide[i] = random.nextGaussian();
        }
        solution = new double[2 * N];
    }

    /** F and ∂F/∂z at one point: what a Newton or predictor stage evaluates. */
    @Benchmark
    public double[] evaluateWithJacobian() {
        workspace.evaluate(z, p, f, dz, null);
        return dz;
    }

    /** One 10×10 complex LU factorization and a solve. */
    @Benchmark
    public double[] factorAndSolve() {
        lu.factor(matrix);
        System.arraycopy(rightSide, 0, solution, 0, solution.length);
        lu.solve(solution);
        return solution;
    }
}
