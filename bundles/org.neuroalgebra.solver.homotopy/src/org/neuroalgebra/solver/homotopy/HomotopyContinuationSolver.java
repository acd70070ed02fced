// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.Decomposition;
import org.neuroalgebra.solver.DecompositionSolver;
import org.neuroalgebra.solver.MonodromyGoal;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.homotopy.internal.HomotopyEngine;
import org.neuroalgebra.solver.homotopy.internal.WitnessDecomposer;
import org.osgi.service.component.annotations.Component;

/**
 * Numerical homotopy continuation: total-degree homotopy with the γ-trick in
 * a random projective chart, RK4 predictor / Newton corrector with adaptive
 * steps, Cauchy endgame, parameter homotopies and monodromy with a trace
 * test. Overdetermined systems are replaced by n random integer combinations
 * of their equations (a square system whose solution set contains theirs);
 * endpoints that do not satisfy the original equations are reported as
 * excess. Results are numerical: {@link SolveResult#certified()} is false.
 * Positive-dimensional solution sets are described by witness sets and a
 * numerical irreducible decomposition ({@link #decompose}).
 */
@Component(service = { PolynomialSystemSolver.class, ParameterHomotopySolver.class, DecompositionSolver.class })
public final class HomotopyContinuationSolver implements ParameterHomotopySolver, DecompositionSolver {

    /** The service id. */
    public static final String ID = "homotopy"; //$NON-NLS-1$

    /** The solver is stateless: Declarative Services and tests create it alike. */
    public HomotopyContinuationSolver() {
        // no state
    }

    /** Paths above this many are refused (Bézout numbers grow fast). */
    public static final long MAX_PATHS = 2_000_000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Homotopy continuation (total degree, parameter homotopy, monodromy, witness sets; numerical)"; //$NON-NLS-1$
    }

    @Override
    public SolveResult solve(PolynomialSystem system, Complex[] parameterValues, SolverOptions options,
            ProgressMonitor monitor) {
        checkParameters(system, parameterValues);
        int n = system.variableCount();
        int m = system.equationCount();
        if (m < n) {
            throw new IllegalArgumentException("the system has " + m + " equations in " + n //$NON-NLS-1$ //$NON-NLS-2$
                    + " variables: its solution set is positive-dimensional or empty; isolated solutions need at least as many equations as variables"); //$NON-NLS-1$
        }
        List<Polynomial> square = m == n ? system.equations() : randomize(system, options.seed());
        int[] degrees = m == n ? system.degreesInVariables() : uniformDegree(system);
        return HomotopyEngine.totalDegree(system, square, degrees, parameterValues, options,
                monitor, MAX_PATHS);
    }

    @Override
    public SolveResult track(PolynomialSystem system, Complex[] startParameters, List<Complex[]> startSolutions,
            Complex[] targetParameters, SolverOptions options, ProgressMonitor monitor) {
        checkParameters(system, startParameters);
        checkParameters(system, targetParameters);
        checkSquare(system);
        List<Complex[]> starts = new ArrayList<>();
        for (Complex[] s : startSolutions) {
            if (s.length != system.variableCount()) {
                throw new IllegalArgumentException("a start solution has " + s.length + " coordinates, expected " //$NON-NLS-1$ //$NON-NLS-2$
                        + system.variableCount());
            }
            starts.add(s);
        }
        return HomotopyEngine.parameterHomotopy(system, startParameters, starts, targetParameters, options, monitor);
    }

    @Override
    public MonodromyResult monodromy(PolynomialSystem system, Complex[] parameters, Complex[] startSolution,
            int traceVariables, SolverOptions options, ProgressMonitor monitor) {
        return monodromy(system, parameters, List.<Complex[]>of(startSolution), traceVariables, null, options, monitor);
    }

    @Override
    public MonodromyResult monodromy(PolynomialSystem system, Complex[] parameters, List<Complex[]> startSolutions,
            int traceVariables, MonodromyGoal goal, SolverOptions options, ProgressMonitor monitor) {
        checkParameters(system, parameters);
        checkSquare(system);
        if (system.parameterCount() == 0) {
            throw new IllegalArgumentException("monodromy needs parameters to loop in"); //$NON-NLS-1$
        }
        if (traceVariables < 1 || traceVariables > system.variableCount()) {
            throw new IllegalArgumentException("traceVariables must be in [1, " + system.variableCount() + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (startSolutions.isEmpty()) {
            throw new IllegalArgumentException("monodromy needs a start solution"); //$NON-NLS-1$
        }
        return HomotopyEngine.monodromy(system, parameters, startSolutions, traceVariables, goal, options, monitor);
    }

    @Override
    public Decomposition decompose(PolynomialSystem system, int topDimension, SolverOptions options,
            ProgressMonitor monitor) {
        return new WitnessDecomposer(system, options, monitor, MAX_PATHS).run(topDimension);
    }

    private static void checkParameters(PolynomialSystem system, Complex[] values) {
        if (values.length != system.parameterCount()) {
            throw new IllegalArgumentException("got " + values.length + " parameter values for " //$NON-NLS-1$ //$NON-NLS-2$
                    + system.parameterCount() + " parameters"); //$NON-NLS-1$
        }
    }

    private static void checkSquare(PolynomialSystem system) {
        if (system.equationCount() != system.variableCount()) {
            throw new IllegalArgumentException("parameter homotopies need a square system, got " //$NON-NLS-1$
                    + system.equationCount() + " equations in " + system.variableCount() + " variables"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** n combinations of the m equations with random integer coefficients in [−100, 100]. */
    private static List<Polynomial> randomize(PolynomialSystem system, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int inputs = system.variableCount() + system.parameterCount();
        List<Polynomial> result = new ArrayList<>();
        for (int i = 0; i < system.variableCount(); i++) {
            Polynomial sum = Polynomial.zero(inputs);
            for (Polynomial f : system.equations()) {
                sum = sum.add(f.scale(Rational.of(random.nextInt(-100, 101))));
            }
            result.add(sum);
        }
        return result;
    }

    private static int[] uniformDegree(PolynomialSystem system) {
        int max = 0;
        for (int d : system.degreesInVariables()) {
            max = Math.max(max, d);
        }
        int[] degrees = new int[system.variableCount()];
        java.util.Arrays.fill(degrees, max);
        return degrees;
    }
}
