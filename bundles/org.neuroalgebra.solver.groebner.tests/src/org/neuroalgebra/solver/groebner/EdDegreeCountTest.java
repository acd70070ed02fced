// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;

/**
 * The Euclidean distance degrees of docs/MATHEMATICS.md §6, counted as the number of
 * distinct solutions of the critical point equations.
 */
class EdDegreeCountTest {

    private static final List<String> CIRCLE_VARS = List.of("x", "y", "l");
    private static final List<String> QUARTIC_VARS = List.of("y1", "y2", "y3", "y4", "y5", "y6", "l");
    private static final String QUARTIC = "y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6"
            + " - y2*y1*y6*y5 - y2*y4*y3*y5";

    private final GroebnerSolutionCounter counter = new GroebnerSolutionCounter();

    private CountResult count(List<Polynomial> system, int variables, List<Polynomial> saturateBy, long prime) {
        return counter.count(system, variables, saturateBy, prime, 17, ProgressMonitor.NULL);
    }

    /** Asserts finitely many critical points, all of multiplicity one. */
    private static void assertEdDegree(int expected, CountResult result) {
        assertEquals(0, result.dimension(), result::toString);
        assertEquals(expected, result.distinctSolutions(), result::toString);
        assertEquals(expected, result.degree(), result::toString);
    }

    @Test
    void circleWithIdentityHasTwoCriticalPoints() {
        Polynomial circle = EdSystems.parse("x^2 + y^2 - 1", CIRCLE_VARS);
        List<Polynomial> system = EdSystems.lagrange(circle, EdSystems.identity(2), new long[] { 3, 5 });
        assertEdDegree(2, count(system, 3, List.of(), GroebnerSolutionCounterTest.PRIME));
    }

    @Test
    void circleWithGenericMetricHasFourCriticalPoints() {
        Polynomial circle = EdSystems.parse("x^2 + y^2 - 1", CIRCLE_VARS);
        long[][] q = { { 2, 1 }, { 1, 3 } };
        List<Polynomial> system = EdSystems.lagrange(circle, q, new long[] { 3, 5 });
        assertEdDegree(4, count(system, 3, List.of(), GroebnerSolutionCounterTest.PRIME));
    }

    @Test
    void planeCubicHasNine() {
        Random random = new Random(3);
        Polynomial cubic = EdSystems.randomDense(2, 3, 3, random);
        List<Polynomial> system = EdSystems.lagrange(cubic, EdSystems.identity(2), EdSystems.randomPoint(2, random));
        // e · Σ (e−1)^i = 3 · (1 + 2) for a general plane curve of degree e = 3
        assertEdDegree(9, count(system, 3, List.of(), GroebnerSolutionCounterTest.PRIME));
    }

    @Test
    void rankOneTwoByTwoMatrices() {
        List<String> vars = List.of("a", "b", "c", "d", "l");
        Polynomial det = EdSystems.parse("a*d - b*c", vars);
        Random random = new Random(5);
        long[] u = EdSystems.randomPoint(4, random);
        // Eckart–Young: C(2, 1) = 2 with the Frobenius norm; 6 for a generic metric
        assertEdDegree(2, count(EdSystems.lagrange(det, EdSystems.identity(4), u), 5, List.of(),
                GroebnerSolutionCounterTest.PRIME));
        assertEdDegree(6, count(EdSystems.lagrange(det, EdSystems.randomPositiveDefinite(4, random), u), 5,
                List.of(), GroebnerSolutionCounterTest.PRIME));
    }

    @Test
    void threeByThreeDeterminant() {
        List<String> vars = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "l");
        Polynomial det = EdSystems.parse("a*e*i + b*f*g + c*d*h - c*e*g - b*d*i - a*f*h", vars);
        Random random = new Random(1);
        long[] u = EdSystems.randomPoint(9, random);
        // Eckart–Young: C(3, 2) = 3 for rank ≤ 2 with the Frobenius norm
        assertEdDegree(3, count(EdSystems.lagrange(det, EdSystems.identity(9), u), 10, List.of(),
                GroebnerSolutionCounterTest.PRIME));
        // 39 for a generic metric, the value Draisma–Horobeţ–Ottaviani–Sturmfels–Thomas report
        assertEdDegree(39, count(EdSystems.lagrange(det, EdSystems.randomPositiveDefinite(9, random), u), 10,
                List.of(), GroebnerSolutionCounterTest.PRIME));
    }

    @Test
    void lightningQuarticHasFourteen() {
        Random random = new Random(2026);
        Polynomial quartic = EdSystems.parse(QUARTIC, QUARTIC_VARS);
        long[][] q = EdSystems.randomPositiveDefinite(6, random);
        long[] u = EdSystems.randomPoint(6, random);
        List<Polynomial> system = EdSystems.lagrange(quartic, q, u);
        CountResult first = count(system, 7, List.of(), ModP.PRIME_1);
        assertEdDegree(14, first);
        assertEdDegree(14, count(system, 7, List.of(), ModP.PRIME_2));
        // λ·∇F = Q(y − u) ≠ 0 already excludes the singular points, so
        // saturating by the gradient must not change the count
        assertEdDegree(14, count(system, 7, EdSystems.gradient(quartic, 7), ModP.PRIME_1));
    }

    @Test
    void lightningQuarticNeedsSaturationWithoutMultiplier() {
        Random random = new Random(7);
        List<String> vars = QUARTIC_VARS.subList(0, 6);
        Polynomial quartic = EdSystems.parse(QUARTIC, vars);
        List<Polynomial> system = EdSystems.rankCondition(List.of(quartic), 1,
                EdSystems.randomPositiveDefinite(6, random), EdSystems.randomPoint(6, random));
        // without a multiplier the singular locus of the quartic solves the minors
        CountResult unsaturated = count(system, 6, List.of(), ModP.PRIME_1);
        assertTrue(unsaturated.dimension() > 0, unsaturated::toString);
        assertEdDegree(14, count(system, 6, EdSystems.gradient(quartic, 6), ModP.PRIME_1));
    }

    @Test
    void coneOverConicBombieriWeylAndGeneric() {
        // (ax + by)^2 has coefficients c = (a², 2ab, b²) on x², xy, y²: 4 c0 c2 = c1²
        List<String> vars = List.of("c0", "c1", "c2", "l");
        Polynomial cone = EdSystems.parse("4*c0*c2 - c1^2", vars);
        Random random = new Random(9);
        long[] u = EdSystems.randomPoint(3, random);
        // Bombieri–Weyl weights 1/C(2, i) = (1, 1/2, 1), scaled by 2 (scaling Q keeps the critical points)
        long[][] bombieriWeyl = { { 2, 0, 0 }, { 0, 1, 0 }, { 0, 0, 2 } };
        assertEdDegree(2, count(EdSystems.lagrange(cone, bombieriWeyl, u), 4, List.of(),
                GroebnerSolutionCounterTest.PRIME));
        assertEdDegree(4, count(EdSystems.lagrange(cone, EdSystems.randomPositiveDefinite(3, random), u), 4,
                List.of(), GroebnerSolutionCounterTest.PRIME));
    }

    @Test
    void coneOverTwistedCubicBombieriWeylAndGeneric() {
        // (ax + by)^3 has coefficients c_i = C(3, i) a^(3−i) b^i; the 2×2 minors
        // of [[c0, c1/3, c2/3], [c1/3, c2/3, c3]], times 9: codimension 2 in C^4
        List<String> vars = List.of("c0", "c1", "c2", "c3");
        List<Polynomial> cone = EdSystems.parseAll(vars, "3*c0*c2 - c1^2", "3*c1*c3 - c2^2", "9*c0*c3 - c1*c2");
        List<Polynomial> singular = EdSystems.jacobianMinors(cone, 2, 4);
        Random random = new Random(10);
        long[] u = EdSystems.randomPoint(4, random);
        // Bombieri–Weyl weights 1/C(3, i) = (1, 1/3, 1/3, 1), scaled by 3
        long[][] bombieriWeyl = { { 3, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 3 } };
        assertEdDegree(3, count(EdSystems.rankCondition(cone, 2, bombieriWeyl, u), 4, singular,
                GroebnerSolutionCounterTest.PRIME));
        // 3D − 2 = 7 for a generic metric
        assertEdDegree(7, count(EdSystems.rankCondition(cone, 2, EdSystems.randomPositiveDefinite(4, random), u), 4,
                singular, GroebnerSolutionCounterTest.PRIME));
    }

    /**
     * docs/MATHEMATICS.md §6, degenerate Q = BᵀB with a kernel K of dimension k, for the
     * quartic M (n = 6, d = 5). The zero-loss set is (K + u) ∩ M, where
     * Q(y − u) = 0 forces λ = 0. Saturating by the gradient removes the
     * singular points of M; saturating also by Q(y − u) removes the zero-loss
     * set and leaves the critical points on the ramification locus.
     */
    @Test
    void lightningQuarticWithDegenerateMetric() {
        Polynomial quartic = EdSystems.parse(QUARTIC, QUARTIC_VARS);
        List<Polynomial> gradient = EdSystems.gradient(quartic, 7);
        // k = 1: 14 points, 4 of zero loss (a line K + u meets the quartic 4 times) + 10
        Random random = new Random(101);
        long[][] q = EdSystems.randomSemidefinite(6, 5, random);
        long[] u = EdSystems.randomPoint(6, random);
        List<Polynomial> system = EdSystems.lagrange(quartic, q, u);
        List<Polynomial> metric = EdSystems.metric(q, u, 7);
        assertEdDegree(14, count(system, 7, gradient, ModP.PRIME_1));
        List<Polynomial> zeroLoss = new ArrayList<>(EdSystems.metric(q, u, 6));
        zeroLoss.add(EdSystems.parse(QUARTIC, QUARTIC_VARS.subList(0, 6)));
        assertEdDegree(4, count(zeroLoss, 6, List.of(), ModP.PRIME_1));
        assertEdDegree(10, count(system, 7, EdSystems.products(gradient, metric), ModP.PRIME_1));

        // k = 2: 4 points and the zero-loss curve, a plane section of the quartic: degree 4
        random = new Random(102);
        q = EdSystems.randomSemidefinite(6, 4, random);
        u = EdSystems.randomPoint(6, random);
        system = EdSystems.lagrange(quartic, q, u);
        CountResult curve = count(system, 7, gradient, ModP.PRIME_1);
        assertEquals(1, curve.dimension(), curve::toString);
        assertEquals(4, curve.degree(), curve::toString);
        assertEdDegree(4, count(system, 7, EdSystems.products(gradient, EdSystems.metric(q, u, 7)), ModP.PRIME_1));

        // k = 3, 4, 5: the zero-loss set has dimension d + k − n = k − 1
        for (int k = 3; k <= 5; k++) {
            random = new Random(100 + k);
            q = EdSystems.randomSemidefinite(6, 6 - k, random);
            CountResult result = count(EdSystems.lagrange(quartic, q, EdSystems.randomPoint(6, random)), 7, gradient,
                    ModP.PRIME_1);
            assertEquals(k - 1, result.dimension(), result::toString);
        }
    }
}
