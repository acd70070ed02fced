// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

/**
 * The parametric formulation on networks with known ED degrees (docs/MATHEMATICS.md §6): the cone over the
 * rational normal curve from σ = x^D, widths (2,1,1), and the linear network (2,1,2), whose
 * function space is the 2×2 matrices of rank ≤ 1 (Eckart–Young).
 */
class ParametricEdComputationTest {

    static final ParametricEdComputation COMPUTATION = new ParametricEdComputation(new HomotopyContinuationSolver());

    /** f = c·(a x + b y)^D. */
    static MlpParametrization cone(int degree) throws TooLargeException {
        Rational[] power = new Rational[degree + 1];
        Arrays.fill(power, Rational.ZERO);
        power[degree] = Rational.ONE;
        return MlpParametrization.create(new int[] { 2, 1, 1 }, new boolean[] { false, false },
                Polynomial.univariate(power));
    }

    private static ParametricEdResult compute(MlpParametrization mlp, Metric metric, long seed) {
        return COMPUTATION.compute(mlp, metric, null, seed, ProgressMonitor.NULL);
    }

    @Test
    void bombieriWeylConeHasDPureCriticalPointsAndTheZeroFunctionAsSpurious() throws TooLargeException {
        for (int degree = 2; degree <= 4; degree++) {
            ParametricEdResult result = compute(cone(degree), Metric.bombieriWeyl(degree), 30 + degree);
            assertEquals(degree, result.pure().size(), "D = " + degree + ": " + result);
            assertZeroFunctionIsTheSpuriousPoint(result);
        }
    }

    @Test
    void genericMetricConeHasThreeDMinusTwoPureCriticalPoints() throws TooLargeException {
        for (int degree = 2; degree <= 4; degree++) {
            ParametricEdResult result = compute(cone(degree), Metric.randomPositiveDefinite(degree + 1, degree),
                    40 + degree);
            assertEquals(3 * degree - 2, result.pure().size(), "D = " + degree + ": " + result);
            assertZeroFunctionIsTheSpuriousPoint(result);
        }
    }

    private static void assertZeroFunctionIsTheSpuriousPoint(ParametricEdResult result) {
        assertEquals(2, result.modelDimension());
        assertEquals(1, result.spurious().size(), result.toString());
        ParametricCriticalPoint zero = result.spurious().get(0);
        for (Complex z : zero.image()) {
            assertTrue(z.abs() < 1e-8, zero.toString());
        }
        assertTrue(zero.jacobianRank() < 2);
        assertTrue(zero.real());
    }

    @Test
    void linearNetworkFollowsEckartYoung() throws TooLargeException {
        MlpParametrization linear = MlpParametrization.create(new int[] { 2, 1, 2 }, new boolean[] { false, false },
                Polynomial.univariate(Rational.ZERO, Rational.ONE));
        ParametricEdResult result = compute(linear, Metric.identity(4), 7);
        assertEquals(3, result.modelDimension());
        // C(min(2, 2), 1) = 2, both real (the two singular-value truncations)
        assertEquals(2, result.pure().size(), result.toString());
        assertEquals(2, result.pure().stream().filter(ParametricCriticalPoint::real).count());
        assertTrue(result.spurious().isEmpty(), result.toString());
        assertFalse(result.globalMinimum().isEmpty());
    }
}
