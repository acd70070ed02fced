// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuroalgebra.solver.homotopy.Systems.assertAccounted;
import static org.neuroalgebra.solver.homotopy.Systems.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

class HomotopyContinuationSolverTest {

    private static final Complex[] NONE = new Complex[0];
    private final HomotopyContinuationSolver solver = new HomotopyContinuationSolver();

    private SolveResult solve(PolynomialSystem system, SolverOptions options) {
        SolveResult result = solver.solve(system, NONE, options, ProgressMonitor.NULL);
        assertAccounted(result);
        assertFalse(result.certified());
        return result;
    }

    @Test
    void cubicWithRootsOneTwoThree() {
        SolveResult result = solve(system(List.of("x"), List.of(), "x^3 - 6*x^2 + 11*x - 6"),
                SolverOptions.defaults());
        assertEquals(3, result.pathsTracked());
        double[] roots = result.realSolutions().stream().mapToDouble(s -> s.coordinate(0).re()).sorted().toArray();
        assertEquals(3, roots.length);
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, roots[i], 1e-10);
        }
    }

    @Test
    void xSquaredPlusOneHasTwoComplexRoots() {
        SolveResult result = solve(system(List.of("x"), List.of(), "x^2 + 1"), SolverOptions.defaults());
        assertEquals(2, result.finiteSolutions().size());
        assertTrue(result.realSolutions().isEmpty());
        double[] im = result.finiteSolutions().stream().mapToDouble(s -> s.coordinate(0).im()).sorted().toArray();
        assertEquals(-1, im[0], 1e-12);
        assertEquals(1, im[1], 1e-12);
    }

    @Test
    void circleMeetsDiagonalInTwoRealPoints() {
        SolveResult result = solve(system(List.of("x", "y"), List.of(), "x^2 + y^2 - 1", "x - y"),
                SolverOptions.defaults());
        assertEquals(2, result.pathsTracked());
        assertEquals(2, result.realSolutions().size());
        for (Solution s : result.realSolutions()) {
            assertEquals(0.5, s.coordinate(0).re() * s.coordinate(0).re(), 1e-12);
            assertEquals(s.coordinate(0).re(), s.coordinate(1).re(), 1e-12);
            assertFalse(s.singular());
            assertTrue(s.residual() < 1e-12);
        }
    }

    /**
     * The circles x² + y² = 1 and x² + y² = 2x meet in (1/2, ±√3/2) and, Bézout's 4, in the two circular
     * points at infinity. Told that there are 2 solutions, a solve in double without endgame stops the two
     * paths to infinity as not needed once both points are known; told 3, it finishes every path.
     */
    @Test
    void aKnownCountStopsThePathsThatCanBringNothing() {
        PolynomialSystem circles = system(List.of("x", "y"), List.of(), "x^2 + y^2 - 1", "x^2 + y^2 - 2*x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        SolverOptions counted = SolverOptions.builder().endgame(false).precision(PrecisionPolicy.DOUBLE_ONLY)
                .expectedSolutions(2).build();
        SolveResult result = solve(circles, counted);
        assertEquals(4, result.pathsTracked());
        assertEquals(2, result.finiteSolutions().size(), result.summary());
        for (Solution s : result.finiteSolutions()) {
            assertEquals(0.5, s.coordinate(0).re(), 1e-10);
            assertEquals(0.75, s.coordinate(1).re() * s.coordinate(1).re(), 1e-10);
        }
        assertEquals(Map.of(FailureReason.NOT_NEEDED, 2), result.failures(), result.summary());
        SolveResult overcounted = solve(circles, counted.toBuilder().expectedSolutions(3).build());
        assertEquals(2, overcounted.finiteSolutions().size(), overcounted.summary());
        assertFalse(overcounted.failures().containsKey(FailureReason.NOT_NEEDED), overcounted.summary());
    }

    /**
     * (x − 1)² = 0, xy = 2: Bézout 4; the double root x = 1 gives the point
     * (1, 2) reached by two paths, the other two paths go to (0 : 1 : 0) at
     * infinity.
     */
    @Test
    void plantedDoubleSolutionAndSolutionsAtInfinity() {
        SolveResult result = solve(system(List.of("x", "y"), List.of(), "(x - 1)^2", "x*y - 2"),
                SolverOptions.defaults());
        assertEquals(4, result.pathsTracked());
        assertEquals(0, result.failedPathCount(), result.summary());
        List<Solution> finite = result.finiteSolutions();
        assertEquals(1, finite.size(), result.summary());
        Solution doubleRoot = finite.get(0);
        assertEquals(2, doubleRoot.multiplicity());
        assertTrue(doubleRoot.singular());
        assertEquals(1, doubleRoot.coordinate(0).re(), 1e-6);
        assertEquals(2, doubleRoot.coordinate(1).re(), 1e-6);
        assertEquals(2, result.atInfinityPathCount());
        Solution infinite = result.solutions().stream().filter(Solution::atInfinity).findFirst().orElseThrow();
        assertEquals(0, infinite.coordinate(0).abs(), 1e-6);
        assertEquals(1, infinite.coordinate(1).abs(), 1e-6);
    }

    /** Two parallel lines meet only at infinity, in a regular point. */
    @Test
    void parallelLinesMeetAtInfinity() {
        SolveResult result = solve(system(List.of("x", "y"), List.of(), "x + y - 1", "2*x + 2*y - 3"),
                SolverOptions.defaults());
        assertEquals(1, result.atInfinityPathCount(), result.summary());
        assertTrue(result.finiteSolutions().isEmpty());
    }

    /** A dense system with random integer coefficients has its Bézout number 2·2·3 = 12 of solutions. */
    @Test
    void randomDenseSystemReachesBezoutNumber() {
        PolynomialSystem system = system(List.of("x", "y", "z"), List.of(),
                "3*x^2 - 2*x*y + 5*y^2 - x*z + 4*z^2 + 7*x - y + 2*z - 3",
                "-x^2 + 6*x*y + 2*y^2 + 3*y*z - 5*z^2 + x + 4*y - 6*z + 1",
                "2*x^3 - y^3 + 3*z^3 + x*y*z - 4*x^2*z + y^2*x + 5*z^2*y - x + 2*y - 7");
        SolveResult result = solve(system, SolverOptions.defaults());
        assertEquals(12, result.pathsTracked());
        assertEquals(12, result.finiteSolutions().size(), result.summary());
        assertTrue(result.finiteSolutions().stream().noneMatch(Solution::singular));
        assertTrue(result.finiteSolutions().stream().allMatch(s -> s.residual() < 1e-9));
    }

    @Test
    void overdeterminedSystemKeepsOnlyCommonSolutions() {
        SolveResult result = solve(system(List.of("x", "y"), List.of(), "x^2 - 1", "y - x", "x*y - 1"),
                SolverOptions.defaults());
        assertEquals(2, result.finiteSolutions().size(), result.summary());
        for (Solution s : result.finiteSolutions()) {
            assertEquals(1, Math.abs(s.coordinate(0).re()), 1e-10);
            assertEquals(s.coordinate(0).re(), s.coordinate(1).re(), 1e-10);
        }
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        PolynomialSystem system = system(List.of("x", "y"), List.of(), "x^3 + 2*x*y - y^2 + 3*x - 1",
                "y^3 - x^2*y + 4*x - 2*y + 5");
        SolveResult one = solve(system, SolverOptions.builder().seed(7).threads(1).build());
        SolveResult four = solve(system, SolverOptions.builder().seed(7).threads(4).build());
        assertEquals(9, one.finiteSolutions().size());
        assertEquals(one.solutions(), four.solutions());
    }

    @Test
    void cancellationAccountsForEveryPath() {
        ProgressMonitor canceled = ProgressMonitor.cancellationOf(() -> true);
        PolynomialSystem system = system(List.of("x", "y", "z"), List.of(), "x^5 + y - 1", "y^5 + z - 2",
                "z^5 + x - 3");
        SolveResult result = solver.solve(system, NONE, SolverOptions.defaults(), canceled);
        assertAccounted(result);
        assertEquals(125, result.pathsTracked());
        assertTrue(result.failures(FailureReason.CANCELED) > 0, result.summary());
    }

    @Test
    void timeLimitAccountsForEveryPath() {
        PolynomialSystem system = system(List.of("x", "y", "z", "w"), List.of(), "x^6 + y - 1", "y^6 + z - 2",
                "z^6 + w - 3", "w^6 + x - 4");
        SolveResult result = solve(system, SolverOptions.builder().timeLimitSeconds(1e-3).build());
        assertEquals(1296, result.pathsTracked());
        assertTrue(result.failures(FailureReason.TIME_LIMIT) > 0, result.summary());
    }

    @Test
    void underdeterminedSystemIsRefused() {
        PolynomialSystem system = system(List.of("x", "y"), List.of(), "x^2 + y^2 - 1");
        assertThrows(IllegalArgumentException.class,
                () -> solver.solve(system, NONE, SolverOptions.defaults(), ProgressMonitor.NULL));
    }

    @Test
    void endpointsOnACurveOfSolutionsDoNotStopTheSolver() {
        // x*y = x^2*y = 0 is the union of two lines: Newton refinement of an endpoint can land where
        // the Jacobian is exactly singular, which used to escape as "matrix is singular".
        for (long seed = 1; seed <= 3; seed++) {
            SolveResult result = solve(system(List.of("x", "y"), List.of(), "x*y", "x^2*y"),
                    SolverOptions.defaults().withSeed(seed));
            assertEquals(6, result.pathsTracked());
            for (Solution s : result.finiteSolutions()) {
                assertTrue(s.singular(), "every point of a curve is singular for a square system"); //$NON-NLS-1$
            }
        }
    }
}
