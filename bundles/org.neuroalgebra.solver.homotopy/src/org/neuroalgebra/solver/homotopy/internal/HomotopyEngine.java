// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.MonodromyGoal;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Entry points of the three continuation methods behind
 * {@code HomotopyContinuationSolver}; arguments are validated there. Every
 * random choice (chart, γ, loop parameters) is drawn from the seed of the
 * options in a fixed order.
 */
public final class HomotopyEngine {

    private static final String TRACKER = "RK4 predictor, Newton corrector, adaptive steps"; //$NON-NLS-1$

    private HomotopyEngine() {
    }

    /**
     * Total-degree homotopy for a square system (possibly a randomization of
     * the original), or the linear-product homotopy of the options' variable
     * groups when its multihomogeneous Bézout number is smaller.
     *
     * @param original
     *            the system the user gave
     * @param square
     *            n equations in the same variables and parameters
     * @param degrees
     *            degree of each square equation in the variables
     * @param parameters
     *            parameter values
     * @param options
     *            settings
     * @param monitor
     *            progress, one unit per path
     * @param maxPaths
     *            refuse Bézout numbers above this
     * @return the result
     */
    public static SolveResult totalDegree(PolynomialSystem original, List<Polynomial> square, int[] degrees,
            Complex[] parameters, SolverOptions options, ProgressMonitor monitor, long maxPaths) {
        long start = System.nanoTime();
        int n = original.variableCount();
        long totalDegree = 1;
        for (int d : degrees) {
            if (d == 0) {
                throw new IllegalArgumentException("an equation is constant in the variables"); //$NON-NLS-1$
            }
            totalDegree = totalDegree > Long.MAX_VALUE / d ? Long.MAX_VALUE : totalDegree * d;
        }
        ProductStructure structure = null;
        if (options.variableGroups().isMultihomogeneous()) {
            ProductStructure groups = new ProductStructure(square, options.variableGroups(),
                    Math.min(totalDegree, maxPaths));
            if (!groups.exceedsLimit() && groups.bezoutNumber() > 0 && groups.bezoutNumber() < totalDegree) {
                structure = groups;
            }
        }
        long paths = structure != null ? structure.bezoutNumber() : totalDegree;
        if (paths > maxPaths) {
            throw new IllegalArgumentException("the total-degree homotopy would track more than " + maxPaths //$NON-NLS-1$
                    + " paths" + (options.variableGroups().isMultihomogeneous() //$NON-NLS-1$
                            ? " (so would the linear-product homotopy of the variable groups)" //$NON-NLS-1$
                            : "")); //$NON-NLS-1$
        }
        SplittableRandom random = new SplittableRandom(options.seed());
        ProjectiveChart chart = new ProjectiveChart(n, random);
        double[] gamma = Interleaved.unitCircle(random);
        double[] p = Interleaved.of(parameters);
        Homotopy homotopy;
        IntFunction<double[]> starts;
        CompiledSystem compiled;
        String startSystem;
        if (structure != null) {
            int[] productDegrees = new int[n];
            for (int i = 0; i < n; i++) {
                productDegrees[i] = structure.productDegree(i);
            }
            compiled = new CompiledSystem(square, n, productDegrees);
            LinearProductHomotopy product = new LinearProductHomotopy(compiled, p, gamma[0], gamma[1], chart,
                    structure, random);
            homotopy = product;
            starts = product::startSolution;
            startSystem = "linear-product homotopy of " + structure.groupCount() + " variable groups (" + paths //$NON-NLS-1$ //$NON-NLS-2$
                    + " paths, the multihomogeneous Bézout number; total degree " //$NON-NLS-1$
                    + (totalDegree == Long.MAX_VALUE ? "above 2^63" : Long.toString(totalDegree)); //$NON-NLS-1$
        } else {
            compiled = new CompiledSystem(square, n, degrees);
            TotalDegreeHomotopy total = new TotalDegreeHomotopy(compiled, p, gamma[0], gamma[1], chart);
            homotopy = total;
            starts = total::startSolution;
            startSystem = "total-degree homotopy (" + paths + " paths"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        monitor.begin(startSystem + ")", (int) paths); //$NON-NLS-1$
        StopSignal stop = new StopSignal();
        AffineSystem tracked = new AffineSystem(compiled, p);
        boolean counted = options.expectedSolutions() > 0 && !options.endgame()
                && options.precision() == PrecisionPolicy.DOUBLE_ONLY && options.timeLimitSeconds() == 0;
        PathOutcome[] outcomes = counted
                ? new CountedPathBatch(homotopy, options, stop, tracked).run((int) paths, starts, monitor)
                : new PathBatch(homotopy, options, stop, deadline(start, options)).run((int) paths, starts, monitor);
        AffineSystem check = square == original.equations() ? null
                : new AffineSystem(new CompiledSystem(original.equations(), n, original.degreesInVariables()), p);
        String method = startSystem
                + (check != null ? ", " + n + " random combinations of " + original.equationCount() + " equations" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + "), γ-trick, random projective chart, " + TRACKER + endgame(options) + precision(options) //$NON-NLS-1$
                + (counted ? ", all paths advanced a decade of |t| at a time and those near a regular solution finished " //$NON-NLS-1$
                        + "first, the others stopped once " + options.expectedSolutions() //$NON-NLS-1$
                        + " distinct regular endpoints (the exact count) were known" : ""); //$NON-NLS-1$
        return new EndpointClassifier(tracked, check, options).classify(outcomes, options.seed(), method,
                seconds(start));
    }

    /**
     * Parameter homotopy from start to target parameters along a γ-arc.
     *
     * @param system
     *            a square system
     * @param startParameters
     *            generic start parameters
     * @param startSolutions
     *            solutions at the start parameters
     * @param targetParameters
     *            target parameters
     * @param options
     *            settings
     * @param monitor
     *            progress, one unit per path
     * @return the endpoints at the target
     */
    public static SolveResult parameterHomotopy(PolynomialSystem system, Complex[] startParameters,
            List<Complex[]> startSolutions, Complex[] targetParameters, SolverOptions options,
            ProgressMonitor monitor) {
        long start = System.nanoTime();
        int n = system.variableCount();
        SplittableRandom random = new SplittableRandom(options.seed());
        ProjectiveChart chart = new ProjectiveChart(n, random);
        double[] gamma = Interleaved.unitCircle(random);
        CompiledSystem compiled = new CompiledSystem(system.equations(), n, system.degreesInVariables());
        double[] target = Interleaved.of(targetParameters);
        Homotopy homotopy = new ParameterPathHomotopy(compiled, Interleaved.of(startParameters), target, gamma[0],
                gamma[1], chart);
        monitor.begin("Parameter homotopy: " + startSolutions.size() + " paths", startSolutions.size()); //$NON-NLS-1$ //$NON-NLS-2$
        PathOutcome[] outcomes = new PathBatch(homotopy, options, new StopSignal(), deadline(start, options))
                .run(startSolutions.size(), i -> chart.lift(Interleaved.of(startSolutions.get(i))), monitor);
        String method = "parameter homotopy (" + startSolutions.size() //$NON-NLS-1$
                + " start solutions, γ-arc), random projective chart, " + TRACKER + endgame(options) //$NON-NLS-1$
                + precision(options);
        return new EndpointClassifier(new AffineSystem(compiled, target), null, options).classify(outcomes,
                options.seed(), method, seconds(start));
    }

    /**
     * Monodromy solve from one start pair.
     *
     * @param system
     *            a square system with parameters
     * @param parameters
     *            generic parameters
     * @param startSolution
     *            a solution at those parameters
     * @param traceVariables
     *            the trace test uses the first this many variables
     * @param options
     *            settings, including the stopping rule
     * @param monitor
     *            progress, one unit per loop
     * @return the solutions found and the trace test verdict
     */
    public static MonodromyResult monodromy(PolynomialSystem system, Complex[] parameters, Complex[] startSolution,
            int traceVariables, SolverOptions options, ProgressMonitor monitor) {
        return monodromy(system, parameters, List.<Complex[]>of(startSolution), traceVariables, null, options, monitor);
    }

    /**
     * Monodromy solve from several start pairs at the same parameters, stopping at a known count.
     *
     * @param system
     *            a square system with parameters
     * @param parameters
     *            generic parameters
     * @param startSolutions
     *            solutions at those parameters
     * @param traceVariables
     *            the trace test uses the first this many variables
     * @param goal
     *            the known number of wanted solutions, or null
     * @param options
     *            settings, including the stopping rule
     * @param monitor
     *            progress, one unit per loop
     * @return the solutions found and the trace test verdict
     */
    public static MonodromyResult monodromy(PolynomialSystem system, Complex[] parameters,
            List<Complex[]> startSolutions, int traceVariables, MonodromyGoal goal, SolverOptions options,
            ProgressMonitor monitor) {
        long start = System.nanoTime();
        CompiledSystem compiled = new CompiledSystem(system.equations(), system.variableCount(),
                system.degreesInVariables());
        monitor.begin("Monodromy", -1); //$NON-NLS-1$
        return new Monodromy(compiled, options, new StopSignal(), deadline(start, options)).run(
                Interleaved.of(parameters), startSolutions.stream().map(Interleaved::of).toList(), traceVariables,
                goal, monitor, start);
    }

    private static long deadline(long start, SolverOptions options) {
        return options.timeLimitSeconds() > 0 ? start + (long) (options.timeLimitSeconds() * 1e9) : Long.MAX_VALUE;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) * 1e-9;
    }

    private static String precision(SolverOptions options) {
        return switch (options.precision()) {
            case DOUBLE_ONLY -> ", double precision"; //$NON-NLS-1$
            case ADAPTIVE -> ", double precision with a double-double fallback"; //$NON-NLS-1$
            case DOUBLE_DOUBLE -> ", double-double precision"; //$NON-NLS-1$
        };
    }

    private static String endgame(SolverOptions options) {
        return options.endgame() ? ", Cauchy endgame" : ", no endgame"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
