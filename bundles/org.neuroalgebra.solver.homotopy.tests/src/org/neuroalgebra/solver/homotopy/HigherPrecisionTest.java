// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuroalgebra.solver.homotopy.Systems.assertAccounted;
import static org.neuroalgebra.solver.homotopy.Systems.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The double-double fallback on solutions 10⁻⁹ apart. Double precision cannot
 * resolve them: rounding the equations to double moves a root of a
 * near-double root by about √(10⁻¹⁶) = 10⁻⁸. Clustering at 10⁻¹¹ asks for
 * them to be told apart.
 */
class HigherPrecisionTest {

    private static final Complex[] NONE = new Complex[0];
    private static final double DELTA = 1e-9;
    private static final SolverOptions FINE = SolverOptions.builder().endpointTolerance(1e-11).build();
    private final HomotopyContinuationSolver solver = new HomotopyContinuationSolver();

    /** (x − 1)(x − 1 − 10⁻⁹)(x + 2). */
    private final PolynomialSystem cluster = system(List.of("x"), List.of(), "(x - 1)*(x - 1 - 1/1000000000)*(x + 2)");

    /**
     * x² + y² = 2 and (x − y)(x − y − δ) + xy = 1: with u = x − y the first
     * gives xy = 1 − u²/2, the second then u² / 2 = uδ, so u = 0, x = y = ±1,
     * or u = 2δ, x + y = ±2√(1 − δ²): two pairs of solutions 2√2·δ apart. At
     * (1, 1) the Jacobian [[2, 2], [1 − δ, 1 + δ]] has determinant 4δ and
     * 1-norm condition number 3/δ; the same holds at the partner point.
     */
    private final PolynomialSystem collision = system(List.of("x", "y"), List.of(),
            "x^2 + y^2 - 2", "(x - y)*(x - y - 1/1000000000) + x*y - 1");

    private SolveResult solve(PolynomialSystem system, SolverOptions options, PrecisionPolicy policy) {
        SolveResult result = solver.solve(system, NONE, options.toBuilder().precision(policy).build(),
                ProgressMonitor.NULL);
        assertAccounted(result);
        return result;
    }

    /** @return the largest distance from a known root to the nearest finite solution (first coordinate) */
    private static double worstMiss(SolveResult result, double... roots) {
        double worst = 0;
        for (double root : roots) {
            double best = Double.POSITIVE_INFINITY;
            for (Solution s : result.finiteSolutions()) {
                best = Math.min(best, s.coordinate(0).sub(Complex.real(root)).abs());
            }
            worst = Math.max(worst, best);
        }
        return worst;
    }

    @Test
    void clusteredRootsNeedDoubleDouble() {
        SolveResult inDouble = solve(cluster, FINE, PrecisionPolicy.DOUBLE_ONLY);
        assertEquals(0, inDouble.pathsHigherPrecision());
        assertTrue(worstMiss(inDouble, 1, 1 + DELTA) > 1e-10, inDouble.summary());

        SolveResult adaptive = solve(cluster, FINE, PrecisionPolicy.ADAPTIVE);
        assertEquals(3, adaptive.finiteSolutions().size(), adaptive.summary());
        assertTrue(worstMiss(adaptive, 1, 1 + DELTA, -2) < 1e-15, adaptive.summary());
        assertTrue(adaptive.finiteSolutions().stream().noneMatch(Solution::singular), adaptive.summary());
        // only the two clustered paths were re-tracked; the root −2 stayed in double
        assertEquals(2, adaptive.pathsHigherPrecision());
        assertEquals(2, adaptive.pathsRetracked());
    }

    @Test
    void nearCollisionIsRegularWithAnHonestConditionNumber() {
        SolveResult inDouble = solve(collision, FINE, PrecisionPolicy.DOUBLE_ONLY);
        assertTrue(inDouble.finiteSolutions().stream().allMatch(Solution::singular), inDouble.summary());

        SolveResult adaptive = solve(collision, FINE, PrecisionPolicy.ADAPTIVE);
        assertEquals(4, adaptive.pathsHigherPrecision());
        assertEquals(4, adaptive.regularSolutions().size(), adaptive.summary());
        double half = Math.sqrt(1 - DELTA * DELTA);
        double[][] expected = { { 1, 1 }, { -1, -1 }, { half + DELTA, half - DELTA }, { -half + DELTA, -half - DELTA } };
        for (double[] point : expected) {
            Solution s = adaptive.finiteSolutions().stream()
                    .min((a, b) -> Double.compare(distance(a, point), distance(b, point))).orElseThrow();
            assertTrue(distance(s, point) < 1e-15, s + " vs " + point[0] + ", " + point[1]);
            assertEquals(3 / DELTA, s.conditionNumber(), 3 / DELTA * 1e-6);
            assertTrue(s.residual() < 1e-28, "residual " + s.residual());
            assertTrue(s.real());
        }
    }

    private static double distance(Solution s, double[] point) {
        return Math.max(Math.abs(s.coordinate(0).re() - point[0]), Math.abs(s.coordinate(1).re() - point[1]));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        SolveResult one = solve(collision, FINE.toBuilder().seed(5).threads(1).build(), PrecisionPolicy.ADAPTIVE);
        SolveResult three = solve(collision, FINE.toBuilder().seed(5).threads(3).build(), PrecisionPolicy.ADAPTIVE);
        assertEquals(one.solutions(), three.solutions());
        assertEquals(one.pathsHigherPrecision(), three.pathsHigherPrecision());
        assertEquals(5, three.seed());
    }

    /** Well-conditioned problems do no double-double work and give exactly the double result. */
    @Test
    void wellConditionedSystemsStayInDouble() {
        PolynomialSystem system = system(List.of("x", "y"), List.of(), "x^3 + 2*x*y - y^2 + 3*x - 1",
                "y^3 - x^2*y + 4*x - 2*y + 5");
        SolveResult adaptive = solve(system, SolverOptions.defaults(), PrecisionPolicy.ADAPTIVE);
        SolveResult inDouble = solve(system, SolverOptions.defaults(), PrecisionPolicy.DOUBLE_ONLY);
        assertEquals(9, adaptive.finiteSolutions().size());
        assertEquals(0, adaptive.pathsHigherPrecision());
        assertEquals(0, adaptive.pathsRetracked());
        assertEquals(inDouble.solutions(), adaptive.solutions());
    }

    /** A true double root stays singular in double-double; paths at infinity are not re-tracked. */
    @Test
    void singularSolutionStaysSingular() {
        PolynomialSystem system = system(List.of("x", "y"), List.of(), "(x - 1)^2", "x*y - 2");
        SolveResult result = solve(system, SolverOptions.defaults(), PrecisionPolicy.ADAPTIVE);
        assertEquals(2, result.pathsHigherPrecision(), result.summary());
        Solution root = result.finiteSolutions().get(0);
        assertEquals(1, result.finiteSolutions().size());
        assertEquals(2, root.multiplicity());
        assertTrue(root.singular());
        assertEquals(1, root.coordinate(0).re(), 1e-6);
        assertEquals(2, result.atInfinityPathCount());
    }

    @Test
    void doubleDoubleThroughoutAgreesWithTheKnownRoots() {
        PolynomialSystem cubic = system(List.of("x"), List.of(), "x^3 - 6*x^2 + 11*x - 6");
        SolveResult result = solve(cubic, SolverOptions.defaults(), PrecisionPolicy.DOUBLE_DOUBLE);
        assertEquals(3, result.pathsHigherPrecision());
        assertEquals(0, result.pathsRetracked());
        assertTrue(worstMiss(result, 1, 2, 3) < 1e-15, result.summary());
        assertTrue(result.finiteSolutions().stream().allMatch(s -> s.residual() < 1e-28), result.summary());
    }

    /** The parameter homotopy falls back too: (x − 1)(x − 1 − a)(x + 2) from a generic a to a = 10⁻⁹. */
    @Test
    void parameterHomotopyFallsBackToDoubleDouble() {
        PolynomialSystem family = system(List.of("x"), List.of("a"), "(x - 1)*(x - 1 - a)*(x + 2)");
        Complex[] generic = { new Complex(0.3, 0.7) };
        Complex[] target = { Complex.real(DELTA) };
        List<Complex[]> starts = solver.solve(family, generic, SolverOptions.defaults(), ProgressMonitor.NULL)
                .finiteSolutions().stream().map(Solution::coordinates).toList();
        assertEquals(3, starts.size());
        SolveResult inDouble = solver.track(family, generic, starts, target,
                FINE.toBuilder().precision(PrecisionPolicy.DOUBLE_ONLY).build(), ProgressMonitor.NULL);
        assertTrue(worstMiss(inDouble, 1, 1 + DELTA) > 1e-10, inDouble.summary());
        SolveResult moved = solver.track(family, generic, starts, target, FINE, ProgressMonitor.NULL);
        assertAccounted(moved);
        assertEquals(3, moved.finiteSolutions().size(), moved.summary());
        assertEquals(2, moved.pathsHigherPrecision(), moved.summary());
        // the roots of the system at the double a are 1, 1 + a and −2 exactly
        assertTrue(worstMiss(moved, 1, 1 + DELTA, -2) < 1e-15, moved.summary());
        assertFalse(moved.finiteSolutions().stream().anyMatch(Solution::singular), moved.summary());
    }
}
