// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/** ED degrees of hypersurfaces with positive definite metrics; values from docs/MATHEMATICS.md §6. */
class EdDegreeComputationTest {

    static final String QUARTIC = "y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6 - y2*y1*y6*y5 - y2*y4*y3*y5"; //$NON-NLS-1$
    static final List<String> Y = List.of("y1", "y2", "y3", "y4", "y5", "y6"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    static final EdDegreeComputation COMPUTATION = new EdDegreeComputation(new HomotopyContinuationSolver());

    static Polynomial parse(String text, List<String> variables) {
        try {
            return PolynomialParser.parse(text, variables);
        } catch (PolynomialSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static EdDegreeResult hypersurface(String f, List<String> variables, Metric metric, long seed) {
        EdDegreeResult result = COMPUTATION.compute(List.of(parse(f, variables)), 1, metric, null, seed,
                ProgressMonitor.NULL);
        assertFalse(result.certified());
        assertEquals(seed, result.seed());
        return result;
    }

    @Test
    void circleWithIdentityHasTwoCriticalPoints() {
        EdDegreeResult result = hypersurface("x^2 + y^2 - 1", List.of("x", "y"), Metric.identity(2), 1);
        assertEquals(2, result.edDegree(), result.toString());
        // with the identity the two critical points are ±u/|u|, both real, with losses (|u| ∓ 1)²
        assertEquals(2, result.realCount());
        double[] u = result.data();
        double norm = Math.hypot(u[0], u[1]);
        CriticalPoint nearest = result.globalMinimum().orElseThrow();
        assertEquals((norm - 1) * (norm - 1), nearest.loss().re(), 1e-9);
        assertEquals(u[0] / norm, nearest.point()[0].re(), 1e-9);
        assertEquals(MonodromyResult.TraceTest.PASSED, result.traceTest());
        assertEquals(List.of(new Component(0, 2, "points", result.components().get(0).how())), result.components());
    }

    @Test
    void circleWithGenericMetricHasFour() {
        assertEquals(4, hypersurface("x^2 + y^2 - 1", List.of("x", "y"), Metric.randomPositiveDefinite(2, 5), 2)
                .edDegree());
    }

    /** A general plane curve of degree e has ED degree e·(1 + (e − 1)) = e²: 9 for a cubic. */
    @Test
    void randomPlaneCubicHasNine() {
        EdDegreeResult result = hypersurface(
                "3*x^3 - 2*x^2*y + 5*x*y^2 - y^3 + 4*x^2 - x*y + 2*y^2 - 7*x + 3*y - 2", List.of("x", "y"),
                Metric.identity(2), 3);
        assertEquals(9, result.edDegree(), result.toString());
    }

    /** A general surface of degree 3 in C³: 3·(1 + 2 + 4) = 21. */
    @Test
    void randomCubicSurfaceHasTwentyOne() {
        EdDegreeResult result = hypersurface(
                "2*x^3 - y^3 + 3*z^3 + x*y*z - 4*x^2*z + x*y^2 + 5*y*z^2 - 3*x^2 + 2*y^2 - z^2 + x*y - 6*x + 2*y + 4*z - 3",
                List.of("x", "y", "z"), Metric.identity(3), 4);
        assertEquals(21, result.edDegree(), result.toString());
    }

    /** Eckart–Young: 2×2 matrices of rank ≤ 1 with the Frobenius form have C(2, 1) = 2; a generic form gives 6. */
    @Test
    void twoByTwoRankOneMatrices() {
        List<String> m = List.of("a", "b", "c", "d");
        assertEquals(2, hypersurface("a*d - b*c", m, Metric.identity(4), 5).edDegree());
        assertEquals(6, hypersurface("a*d - b*c", m, Metric.randomPositiveDefinite(4, 6), 6).edDegree());
    }

    /** Eckart–Young for 3×3 matrices of rank ≤ 2 (det = 0): C(3, 2) = 3. */
    @Test
    void threeByThreeDeterminantHasThree() {
        List<String> m = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
        EdDegreeResult result = hypersurface("a*e*i + b*f*g + c*d*h - c*e*g - b*d*i - a*f*h", m, Metric.identity(9),
                7);
        assertEquals(3, result.edDegree(), result.toString());
        // the three critical points are the rank-2 truncations of the SVD: all real
        assertEquals(3, result.realCount());
    }

    @Test
    void lightningSelfAttentionQuarticHasFourteen() {
        EdDegreeResult result = hypersurface(QUARTIC, Y, Metric.randomPositiveDefinite(6, 11), 3);
        assertEquals(14, result.edDegree(), result.toString());
        assertEquals(MonodromyResult.TraceTest.PASSED, result.traceTest());
    }

    @Test
    void cancellationIsReported() {
        ProgressMonitor canceled = ProgressMonitor.cancellationOf(() -> true);
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> COMPUTATION.compute(List.of(parse(QUARTIC, Y)), 1, Metric.identity(6), null, 1, canceled));
    }

    /** Given real data: every critical point solves the Lagrange equations at that data. */
    @Test
    void criticalPointsSatisfyTheLagrangeConditions() {
        Polynomial f = parse("x^2 + y^2 - 1", List.of("x", "y"));
        double[] u = { 0.3, 2.0 };
        EdDegreeResult result = COMPUTATION.compute(List.of(f), 1, Metric.diagonal(
                org.neuroalgebra.algebra.number.Rational.of(1), org.neuroalgebra.algebra.number.Rational.of(3)),
                u, 9, ProgressMonitor.NULL);
        assertEquals(4, result.edDegree());
        for (CriticalPoint p : result.criticalPoints()) {
            double[] x = { p.point()[0].re(), p.point()[1].re() };
            if (!p.real()) {
                continue;
            }
            double lambda = p.multipliers()[0].re();
            assertEquals(0, x[0] * x[0] + x[1] * x[1] - 1, 1e-9);
            assertEquals(1 * (x[0] - u[0]), lambda * 2 * x[0], 1e-9);
            assertEquals(3 * (x[1] - u[1]), lambda * 2 * x[1], 1e-9);
        }
        List<Double> losses = new ArrayList<>();
        result.criticalPoints().stream().filter(CriticalPoint::real).forEach(p -> losses.add(p.loss().re()));
        assertEquals(losses.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                result.globalMinimum().orElseThrow().loss().re(), 0);
    }
}
