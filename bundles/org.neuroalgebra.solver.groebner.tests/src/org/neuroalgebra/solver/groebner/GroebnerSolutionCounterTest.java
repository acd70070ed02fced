// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;

/**
 * Counts with hand-derivable answers: points, multiplicities, empty systems,
 * curves and surfaces, Bézout, saturation.
 */
class GroebnerSolutionCounterTest {

    static final long PRIME = 2147483647L;
    private static final List<String> XYZ = List.of("x", "y", "z");

    private final GroebnerSolutionCounter counter = new GroebnerSolutionCounter();

    private CountResult count(List<String> variables, String... equations) {
        return counter.count(EdSystems.parseAll(variables, equations), variables.size(), List.of(), PRIME, 1,
                ProgressMonitor.NULL);
    }

    private static void assertCount(int dimension, long degree, long distinct, CountResult result) {
        assertEquals(dimension, result.dimension(), () -> "dimension: " + result);
        assertEquals(degree, result.degree(), () -> "degree: " + result);
        assertEquals(distinct, result.distinctSolutions(), () -> "distinct: " + result);
    }

    @Test
    void twoRootsOfASquare() {
        CountResult result = count(List.of("x"), "x^2 - 1");
        assertCount(0, 2, 2, result);
        assertEquals(PRIME, result.prime());
        assertEquals(1, result.seed());
        assertEquals(1, result.basisSize());
    }

    @Test
    void circleMeetsLineTwice() {
        assertCount(0, 2, 2, count(List.of("x", "y"), "x^2 + y^2 - 1", "x - y"));
    }

    @Test
    void productOfTwoQuadricsHasFourPoints() {
        assertCount(0, 4, 4, count(List.of("x", "y"), "(x^2 - 1)*(y - 2)", "(y^2 - 4)*(x + 3)", "x^2 + y^2 - 5"));
    }

    @Test
    void tangentLineGivesADoubleRoot() {
        // y = x^2 and y = 0 meet only at the origin, with multiplicity 2
        assertCount(0, 2, 1, count(List.of("x", "y"), "y - x^2", "y"));
    }

    @Test
    void multiplicitiesAddUp() {
        // roots 1 (triple) and -2 (simple), the second coordinate determined
        assertCount(0, 4, 2, count(List.of("x", "y"), "(x - 1)^3*(x + 2)", "y - x^2"));
    }

    @Test
    void inconsistentSystemIsEmpty() {
        CountResult result = count(XYZ, "x*y - 1", "x*y*z - z - 2");
        assertCount(-1, 0, 0, result);
        assertTrue(result.isEmpty());
    }

    @Test
    void lineInSpace() {
        assertCount(1, 1, -1, count(XYZ, "x - y - 1", "y + 2*z - 3"));
    }

    @Test
    void planeTimesLineIsASurfaceOfDegreeOne() {
        // V(x*y, x*z) = the plane x = 0 union the line y = z = 0: the top
        // dimension is 2 and only the plane counts in the degree
        assertCount(2, 1, -1, count(XYZ, "x*y", "x*z"));
    }

    @Test
    void twistedCubic() {
        assertCount(1, 3, -1, count(XYZ, "y - x^2", "z - x^3"));
    }

    @Test
    void coneOverTwistedCubic() {
        List<String> vars = List.of("a", "b", "c", "d");
        assertCount(2, 3, -1, count(vars, "a*c - b^2", "b*d - c^2", "a*d - b*c"));
    }

    @Test
    void slicingAgreesWithHilbertSeries() {
        // saturating by the constant 1 removes nothing but forces the degree
        // to be computed by random slices instead of the Hilbert series
        List<Polynomial> cubic = EdSystems.parseAll(XYZ, "y - x^2", "z - x^3");
        CountResult sliced = counter.count(cubic, 3, EdSystems.parseAll(XYZ, "1"), PRIME, 7, ProgressMonitor.NULL);
        assertCount(1, 3, -1, sliced);
        assertTrue(sliced.method().contains("random affine hyperplane"), sliced.method());

        List<Polynomial> surface = EdSystems.parseAll(XYZ, "x^2*y - z^3 + x*y*z - 1");
        CountResult exact = counter.count(surface, 3, List.of(), PRIME, 7, ProgressMonitor.NULL);
        CountResult slices = counter.count(surface, 3, EdSystems.parseAll(XYZ, "1"), PRIME, 7, ProgressMonitor.NULL);
        assertCount(2, 3, -1, exact);
        assertCount(2, 3, -1, slices);
    }

    @Test
    void saturationRemovesComponents() {
        List<String> vars = List.of("x", "y");
        // the line x = 0 and the point (1, 1); saturating by x leaves the point
        List<Polynomial> system = EdSystems.parseAll(vars, "x*(x - 1)", "x*(y - 1)");
        assertCount(1, 1, -1, counter.count(system, 2, List.of(), PRIME, 3, ProgressMonitor.NULL));
        assertCount(0, 1, 1, counter.count(system, 2, EdSystems.parseAll(vars, "x"), PRIME, 3, ProgressMonitor.NULL));
        // a double point at the origin, removed by saturating by (x, y)
        List<Polynomial> origin = EdSystems.parseAll(vars, "x^2", "y - x");
        assertCount(-1, 0, 0,
                counter.count(origin, 2, EdSystems.parseAll(vars, "x", "y"), PRIME, 3, ProgressMonitor.NULL));
    }

    @Test
    void saturationKeepsMultiplicityElsewhere() {
        List<String> vars = List.of("x", "y");
        List<Polynomial> system = EdSystems.parseAll(vars, "x^3*(x - 2)^2", "y");
        assertCount(0, 5, 2, counter.count(system, 2, List.of(), PRIME, 3, ProgressMonitor.NULL));
        assertCount(0, 2, 1, counter.count(system, 2, EdSystems.parseAll(vars, "x"), PRIME, 3, ProgressMonitor.NULL));
    }

    @Test
    void randomDenseSystemMeetsBezoutBound() {
        Random random = new Random(11);
        List<Polynomial> system = List.of(EdSystems.randomDense(3, 3, 2, random), EdSystems.randomDense(3, 3, 3, random),
                EdSystems.randomDense(3, 3, 3, random));
        assertCount(0, 18, 18, counter.count(system, 3, List.of(), PRIME, 5, ProgressMonitor.NULL));
    }

    @Test
    void rootsOfUnityAreDistinctUpToTheLimit() {
        // x^n − 1 is separable when p does not divide n
        assertCount(0, 1000, 1000, count(List.of("x"), "x^1000 - 1"));
        assertCount(0, 2001, -1, count(List.of("x"), "x^2001 - 1"));
        assertCount(0, 300, 1, count(List.of("x"), "(x - 3)^300"));
    }

    @Test
    void denominatorDivisibleByThePrimeIsReported() {
        List<Polynomial> system = EdSystems.parseAll(List.of("x"), "x - 1/14");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> counter.count(system, 1, List.of(), 7, 1, ProgressMonitor.NULL));
        assertTrue(e.getMessage().contains("1/14") && e.getMessage().contains("divisible by the prime 7"),
                e.getMessage());
        assertCount(0, 1, 1, counter.count(system, 1, List.of(), 11, 1, ProgressMonitor.NULL));
    }

    @Test
    void wrongVariableCountIsReported() {
        List<Polynomial> system = EdSystems.parseAll(XYZ, "x - y");
        assertThrows(IllegalArgumentException.class,
                () -> counter.count(system, 2, List.of(), PRIME, 1, ProgressMonitor.NULL));
    }

    @Test
    void compositeModulusIsRejected() {
        List<Polynomial> system = EdSystems.parseAll(List.of("x"), "x - 1");
        assertThrows(IllegalArgumentException.class,
                () -> counter.count(system, 1, List.of(), 2147483649L, 1, ProgressMonitor.NULL));
        assertThrows(IllegalArgumentException.class,
                () -> counter.count(system, 1, List.of(), 91, 1, ProgressMonitor.NULL));
    }

    @Test
    void cancellationStopsTheComputation() {
        ProgressMonitor canceled = ProgressMonitor.cancellationOf(() -> true);
        List<Polynomial> system = EdSystems.parseAll(XYZ, "x^2 + y^2 + z^2 - 1", "x*y - z", "x - y + z^2");
        assertThrows(CancellationException.class, () -> counter.count(system, 3, List.of(), PRIME, 1, canceled));
    }
}
