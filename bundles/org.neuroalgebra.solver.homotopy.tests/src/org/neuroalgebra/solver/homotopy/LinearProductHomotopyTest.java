// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuroalgebra.solver.homotopy.Systems.assertAccounted;
import static org.neuroalgebra.solver.homotopy.Systems.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PrecisionPolicy;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.VariableGroups;

/** The linear-product start system of a variable partition, against closed forms and the total-degree solve. */
class LinearProductHomotopyTest {

    private static final Complex[] NONE = new Complex[0];
    private final HomotopyContinuationSolver solver = new HomotopyContinuationSolver();

    /**
     * (A − λI)v = 0 with ℓ(v) = v1 + 2v2 + 3v3 + 4v4 = 1, A the 4×4 tridiagonal matrix with 2 on the
     * diagonal and 1 beside it: eigenvalues 2 + 2cos(kπ/5), k = 1..4 (a tridiagonal Toeplitz matrix),
     * eigenvectors (sin(jkπ/5))_j, none with ℓ = 0. In the groups {λ}, {v} the four bilinear equations
     * and the linear one have the Bézout number [α β⁴] (α + β)⁴ β = 4 (total degree 16).
     */
    private static final PolynomialSystem EIGEN = system(List.of("l", "v1", "v2", "v3", "v4"), List.of(),
            "(2 - l)*v1 + v2", "v1 + (2 - l)*v2 + v3", "v2 + (2 - l)*v3 + v4", "v3 + (2 - l)*v4",
            "v1 + 2*v2 + 3*v3 + 4*v4 - 1");

    private static final VariableGroups LAMBDA_AND_V = VariableGroups.of(new int[] { 0 }, new int[] { 1, 2, 3, 4 });

    @Test
    void eigenpairsFromOnePathEach() {
        SolveResult result = solve(EIGEN, SolverOptions.builder().variableGroups(LAMBDA_AND_V).build());
        assertEquals(4, result.pathsTracked(), result.method());
        assertTrue(result.method().startsWith("linear-product homotopy of 2 variable groups"), result.method());
        assertArrayEquals(tridiagonalEigenvalues(), eigenvalues(result), 1e-10);
    }

    @Test
    void totalDegreeFindsTheSameEigenpairs() {
        SolveResult result = solve(EIGEN, SolverOptions.defaults());
        assertEquals(16, result.pathsTracked());
        assertArrayEquals(tridiagonalEigenvalues(), eigenvalues(result), 1e-10);
    }

    @Test
    void doubleDoubleTracksTheSameLinearProductPaths() {
        SolveResult result = solve(EIGEN, SolverOptions.builder().variableGroups(LAMBDA_AND_V)
                .precision(PrecisionPolicy.DOUBLE_DOUBLE).build());
        assertEquals(4, result.pathsTracked());
        assertArrayEquals(tridiagonalEigenvalues(), eigenvalues(result), 1e-10);
    }

    /**
     * x·y = 2, x·y + x + y = 5 (so x + y = 3, x·y = 2: the points (1, 2) and (2, 1)). In the groups
     * {x}, {y} both equations have bidegree (1, 1): Bézout [αβ](α + β)² = 2, the total degree 4.
     */
    @Test
    void bilinearPairTracksTheTwoHyperbolaPoints() {
        PolynomialSystem system = system(List.of("x", "y"), List.of(), "x*y - 2", "x*y + x + y - 5");
        SolveResult result = solve(system,
                SolverOptions.builder().variableGroups(VariableGroups.of(new int[] { 0 }, new int[] { 1 })).build());
        assertEquals(2, result.pathsTracked());
        double[] x = result.realSolutions().stream().mapToDouble(s -> s.coordinate(0).re()).sorted().toArray();
        assertArrayEquals(new double[] { 1, 2 }, x, 1e-10);
    }

    /** The groups {x}, {y} of x² + y² = 1, x = y: Bézout [αβ](2α + 2β)(α + β) = 4, above the total degree 2. */
    @Test
    void groupsThatDoNotLowerTheCountKeepTheTotalDegree() {
        PolynomialSystem system = system(List.of("x", "y"), List.of(), "x^2 + y^2 - 1", "x - y");
        SolveResult result = solve(system,
                SolverOptions.builder().variableGroups(VariableGroups.of(new int[] { 0 }, new int[] { 1 })).build());
        assertEquals(2, result.pathsTracked());
        assertTrue(result.method().startsWith("total-degree homotopy"), result.method());
    }

    /**
     * The critical equations of rank-one 3 × 3 matrices in the chart X = a·[1 | b]R: three equations of
     * bidegree (1, 2) in (a, b) and two of (2, 1). By hand, [α³β²](α + 2β)³(2α + β)² = Σ_j C(3, j) 2^{3−j}
     * C(2, 3 − j) 2^{3−j} = 48 + 24 + 1 = 73, against the total degree 3⁵ = 243.
     */
    @Test
    void bezoutNumberOfTheRankOneThreeByThreePattern() {
        PolynomialSystem pattern = system(List.of("a1", "a2", "a3", "b1", "b2"), List.of(), "a1*b1^2 + 1",
                "a2*b2^2 + 1", "a3*b1*b2 + 1", "a1^2*b1 + 1", "a2*a3*b2 + 1");
        VariableGroups groups = VariableGroups.of(new int[] { 0, 1, 2 }, new int[] { 3, 4 });
        assertEquals(73, groups.bezoutNumber(pattern.equations()));
        assertEquals(243, VariableGroups.none().bezoutNumber(pattern.equations()));
    }

    @Test
    void groupsThatMissAVariableAreRefused() {
        SolverOptions options = SolverOptions.builder()
                .variableGroups(VariableGroups.of(new int[] { 0 }, new int[] { 1, 2 })).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> solver.solve(EIGEN, NONE, options, ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("variable 3 is in no variable group"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> VariableGroups.of(new int[] { 0, 1 }, new int[] { 1 }));
    }

    private SolveResult solve(PolynomialSystem system, SolverOptions options) {
        SolveResult result = solver.solve(system, NONE, options, ProgressMonitor.NULL);
        assertAccounted(result);
        assertEquals(0, result.failedPathCount(), result.summary());
        return result;
    }

    private static double[] tridiagonalEigenvalues() {
        double[] values = new double[4];
        for (int k = 1; k <= 4; k++) {
            values[k - 1] = 2 + 2 * Math.cos(k * Math.PI / 5);
        }
        java.util.Arrays.sort(values);
        return values;
    }

    private static double[] eigenvalues(SolveResult result) {
        assertEquals(4, result.finiteSolutions().size(), result.summary());
        assertEquals(4, result.realSolutions().size(), result.summary());
        return result.realSolutions().stream().mapToDouble(s -> s.coordinate(0).re()).sorted().toArray();
    }
}
