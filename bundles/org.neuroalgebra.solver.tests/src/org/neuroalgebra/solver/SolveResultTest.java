// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.poly.Polynomial;

class SolveResultTest {

    private static Solution point(double x, int multiplicity, boolean atInfinity) {
        return new Solution(new Complex[] { Complex.real(x) }, 0, 1, true, 1e-8, multiplicity, atInfinity,
                multiplicity > 1);
    }

    @Test
    void countsPathsByOutcome() {
        SolveResult result = new SolveResult(List.of(point(1, 2, false), point(2, 1, false), point(1, 1, true)),
                Map.of(FailureReason.MAX_STEPS, 1), 6, 1, 0, 0.5, 42, "test", false);
        assertEquals(3, result.finitePathCount());
        assertEquals(1, result.atInfinityPathCount());
        assertEquals(1, result.failedPathCount());
        assertEquals(2, result.finiteSolutions().size());
        assertEquals(1, result.regularSolutions().size());
        assertTrue(result.summary().contains("seed 42"));
    }

    @Test
    void refusesUnaccountedPaths() {
        assertThrows(IllegalStateException.class,
                () -> new SolveResult(List.of(point(1, 1, false)), Map.of(), 2, 0, 0, 0, 1, "test", false));
    }

    @Test
    void systemValidatesVariableCounts() {
        Polynomial inTwo = Polynomial.variable(2, 0);
        assertThrows(IllegalArgumentException.class,
                () -> new PolynomialSystem(List.of("x"), List.of(), List.of(inTwo)));
        assertThrows(IllegalArgumentException.class,
                () -> new PolynomialSystem(List.of("x", "x"), List.of(), List.of(inTwo)));
        assertEquals(1, new PolynomialSystem(List.of("x"), List.of("a"), List.of(inTwo)).parameterCount());
    }

    @Test
    void optionsRejectNonsense() {
        assertThrows(IllegalArgumentException.class, () -> SolverOptions.builder().threads(0).build());
        assertThrows(IllegalArgumentException.class, () -> SolverOptions.builder().pathTolerance(-1).build());
        assertEquals(9, SolverOptions.defaults().withSeed(9).seed());
    }
}
