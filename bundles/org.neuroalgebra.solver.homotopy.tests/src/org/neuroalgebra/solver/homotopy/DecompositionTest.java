// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuroalgebra.solver.homotopy.Systems.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Decomposition;
import org.neuroalgebra.solver.IrreducibleComponent;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolverOptions;

/** Witness sets and the numerical irreducible decomposition of systems whose components are known by hand. */
class DecompositionTest {

    private final HomotopyContinuationSolver solver = new HomotopyContinuationSolver();

    private Decomposition decompose(PolynomialSystem system, int top) {
        Decomposition d = solver.decompose(system, top, SolverOptions.defaults(), ProgressMonitor.NULL);
        assertTrue(d.complete(), d::incompleteReason);
        return d;
    }

    private static List<Integer> degrees(Decomposition d, int dimension) {
        return d.components(dimension).stream().map(IrreducibleComponent::degree).toList();
    }

    /**
     * x·y·(x − y) = x·y·(y² − 1) = 0: either x·y = 0 (the two axes), or x = y and y² = 1, the points
     * (1, 1) and (−1, −1). The curve has degree 2 and splits into two lines; the homotopy of dimension 0
     * also ends on the axes (junk), which the membership test removes.
     */
    @Test
    void twoLinesAndTwoIsolatedPoints() {
        for (int top : new int[] { 1, -1 }) {
            Decomposition d = decompose(system(List.of("x", "y"), List.of(), "x*y*(x - y)", "x*y*(y^2 - 1)"), top);
            assertEquals(1, d.dimension());
            assertEquals(2, d.witnessSet(1).degree());
            assertEquals(List.of(1, 1), degrees(d, 1));
            List<Solution> isolated = d.isolated();
            assertEquals(2, isolated.size(), isolated::toString);
            for (Solution s : isolated) {
                assertTrue(s.real());
                assertEquals(1, Math.abs(s.coordinate(0).re()), 1e-10);
                assertEquals(s.coordinate(0).re(), s.coordinate(1).re(), 1e-10);
            }
            assertTrue(d.witnessSet(0).junkPoints() > 0, "paths ended on the axes and were recognized");
            for (IrreducibleComponent line : d.components(1)) {
                // each witness point is on one axis: x = 0 or y = 0
                Solution w = line.witnessPoints().get(0);
                assertTrue(Math.min(w.coordinate(0).abs(), w.coordinate(1).abs()) < 1e-10, w::toString);
                assertTrue(line.confirmed());
            }
        }
    }

    /** The twisted cubic (t, t², t³) by three quadrics: one irreducible curve of degree 3, nothing else. */
    @Test
    void twistedCubicIsOneCurveOfDegreeThree() {
        Decomposition d = decompose(system(List.of("x", "y", "z"), List.of(), "x*z - y^2", "y - x^2", "z - x*y"), -1);
        assertEquals(1, d.dimension());
        assertEquals(List.of(3), degrees(d, 1));
        assertTrue(d.isolated().isEmpty());
        assertEquals(0, d.witnessSet(2).degree());
    }

    /** The cone over the twisted cubic (2×2 minors of [[x, y, z], [y, z, w]]): a surface of degree 3. */
    @Test
    void coneOverTheTwistedCubicIsASurfaceOfDegreeThree() {
        Decomposition d = decompose(
                system(List.of("x", "y", "z", "w"), List.of(), "x*z - y^2", "y*w - z^2", "x*w - y*z"), 2);
        assertEquals(2, d.dimension());
        assertEquals(List.of(3), degrees(d, 2));
        assertTrue(d.components(1).isEmpty());
    }

    /** x·z = y·z = 0: the plane z = 0 and the line x = y = 0; points of the plane are junk for the line. */
    @Test
    void planeAndLineOfDifferentDimensions() {
        Decomposition d = decompose(system(List.of("x", "y", "z"), List.of(), "x*z", "y*z"), -1);
        assertEquals(2, d.dimension());
        assertEquals(List.of(1), degrees(d, 2));
        assertEquals(List.of(1), degrees(d, 1));
        assertTrue(d.witnessSet(1).junkPoints() > 0);
    }

    /** Two equations in three unknowns (an underdetermined system): the conic x² + y² = 1, z = x. */
    @Test
    void underdeterminedSystemIsACurve() {
        Decomposition d = decompose(system(List.of("x", "y", "z"), List.of(), "x^2 + y^2 - 1", "z - x"), -1);
        assertEquals(List.of(2), degrees(d, 1));
        assertEquals(2, d.witnessSets().size(), "dimensions 2 and 1; none below n − m = 1");
    }

    /** A zero-dimensional system decomposes into its isolated points only. */
    @Test
    void zeroDimensionalSystemHasOnlyIsolatedPoints() {
        Decomposition d = decompose(system(List.of("x", "y"), List.of(), "x^2 + y^2 - 1", "x - y"), 0);
        assertEquals(0, d.dimension());
        assertEquals(2, d.isolated().size());
        assertTrue(d.components().isEmpty());
    }

    @Test
    void constantEquationMeansNoSolutions() {
        Decomposition d = decompose(system(List.of("x", "y"), List.of(), "x*y", "3"), -1);
        assertEquals(-1, d.dimension());
        assertTrue(d.witnessSets().isEmpty());
    }

    @Test
    void sameSeedSameDecomposition() {
        PolynomialSystem s = system(List.of("x", "y"), List.of(), "x*y*(x - y)", "x*y*(y^2 - 1)");
        Decomposition a = decompose(s, -1);
        Decomposition b = decompose(s, -1);
        assertEquals(a.witnessSets(), b.witnessSets());
        assertEquals(a.components(), b.components());
    }

    @Test
    void parametersAreRefused() {
        PolynomialSystem s = system(List.of("x"), List.of("a"), "x - a");
        assertThrows(IllegalArgumentException.class,
                () -> solver.decompose(s, -1, SolverOptions.defaults(), ProgressMonitor.NULL));
    }
}
