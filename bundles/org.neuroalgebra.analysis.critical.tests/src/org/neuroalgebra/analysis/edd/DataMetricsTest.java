// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.TooLargeException;

/**
 * Data-induced metrics Q = AᵀA on the coefficient space of a network (docs/MATHEMATICS.md §5) and the
 * parametric critical points they give: a moment matrix by hand, kernel dimensions from too
 * few samples, agreement with the implicit formulation, and the positive-dimensional zero-loss
 * set of a single sample.
 */
class DataMetricsTest {

    private static final double[][] THREE = { { 1, 0 }, { 0, 1 }, { 1, 1 } };

    @Test
    void momentMatrixOfBinaryQuadraticsByHand() throws TooLargeException {
        // basis x1², x1·x2, x2²: v(1,0) = (1,0,0), v(0,1) = (0,0,1), v(1,1) = (1,1,1)
        Metric q = DataMetrics.of(ParametricEdComputationTest.cone(2), THREE);
        int[][] expected = { { 2, 1, 1 }, { 1, 1, 1 }, { 1, 1, 2 } };
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(Rational.of(expected[i][j]), q.entry(i, j), i + "," + j);
            }
        }
        assertEquals(0, q.kernelDimension());
    }

    @Test
    void tooFewSamplesLeaveAKernel() throws TooLargeException {
        MlpParametrization cubic = ParametricEdComputationTest.cone(3);
        // dim V = 4: k = 4 − |S| for |S| ≤ 4 generic inputs
        for (int samples = 1; samples <= 5; samples++) {
            Metric q = DataMetrics.of(cubic, DataMetrics.randomInputs(samples, 2, samples));
            assertEquals(Math.max(0, 4 - samples), q.kernelDimension(), samples + " samples");
        }
    }

    @Test
    void twoOutputsGiveOneMomentBlockPerOutput() throws TooLargeException {
        MlpParametrization linear = MlpParametrization.create(new int[] { 2, 1, 2 }, new boolean[] { false, false },
                org.neuroalgebra.algebra.poly.Polynomial.univariate(Rational.ZERO, Rational.ONE));
        Metric q = DataMetrics.of(linear, THREE);
        // per output, basis x1, x2: Σ a aᵀ = [[2, 1], [1, 2]]; the outputs do not mix
        assertEquals(Rational.of(2), q.entry(0, 0));
        assertEquals(Rational.of(1), q.entry(0, 1));
        assertEquals(Rational.of(2), q.entry(3, 3));
        assertEquals(Rational.ZERO, q.entry(0, 2));
        assertEquals(Rational.ZERO, q.entry(1, 3));
    }

    /** Two independent formulations at the same data-induced Q: parametric pure count = implicit ED degree. */
    @Test
    void definiteDataMetricPureCountMatchesTheImplicitEdDegree() throws TooLargeException {
        Metric q = DataMetrics.of(ParametricEdComputationTest.cone(3), DataMetrics.randomInputs(6, 2, 5));
        assertEquals(0, q.kernelDimension());
        ParametricEdResult parametric = ParametricEdComputationTest.COMPUTATION
                .compute(ParametricEdComputationTest.cone(3), q, null, 3, ProgressMonitor.NULL);
        EdDegreeResult implicit = EdDegreeComputationTest.COMPUTATION.compute(RationalNormalCurveTest.hankelMinors(3), 2,
                q, parametric.data(), 3, ProgressMonitor.NULL);
        assertEquals(implicit.edDegree(), parametric.pure().size(), parametric + "\n" + implicit);
        assertEquals(implicit.realCount(), parametric.pure().stream().filter(ParametricCriticalPoint::real).count());
    }

    /**
     * Two samples for binary quadratics: k = 1 = n − dim M, so the zero-loss set (u + ker Q) ∩ M
     * is a line meeting the quadric cone: finitely many points, as many as the implicit
     * formulation's zero-loss component. (Its ramification points are multiple solutions of the
     * parametric equations and are not compared.)
     */
    @Test
    void twoSamplesGiveTheZeroLossPointsOfTheImplicitFormulation() throws TooLargeException {
        Metric q = DataMetrics.of(ParametricEdComputationTest.cone(2), DataMetrics.randomInputs(2, 2, 1));
        assertEquals(1, q.kernelDimension());
        ParametricEdResult parametric = ParametricEdComputationTest.COMPUTATION
                .compute(ParametricEdComputationTest.cone(2), q, null, 1, ProgressMonitor.NULL);
        EdDegreeResult implicit = EdDegreeComputationTest.COMPUTATION.compute(RationalNormalCurveTest.hankelMinors(2), 1,
                q, parametric.data(), 1, ProgressMonitor.NULL);
        int zeroLoss = implicit.components().stream().filter(c -> c.kind().equals("zero-loss")) //$NON-NLS-1$
                .mapToInt(Component::degree).sum();
        assertEquals(2, zeroLoss, implicit.toString());
        assertEquals(zeroLoss, parametric.pure().stream().filter(p -> p.loss().abs() < 1e-9).count(),
                parametric.toString());
    }

    /**
     * One sample for binary quadratics: k = 2 ≥ n − dim M = 1, so the zero-loss set
     * (u + ker Q) ∩ M is a curve (dimension dim M + k − n = 1): reported as a component, not counted.
     */
    @Test
    void singleSampleGivesAPositiveDimensionalZeroLossSet() throws TooLargeException {
        Metric q = DataMetrics.of(ParametricEdComputationTest.cone(2), new double[][] { { 1, 2 } });
        assertEquals(2, q.kernelDimension());
        ParametricEdResult result = ParametricEdComputationTest.COMPUTATION.compute(ParametricEdComputationTest.cone(2),
                q, null, 4, ProgressMonitor.NULL);
        assertFalse(result.components().isEmpty(), result.toString());
        assertTrue(result.components().stream().anyMatch(c -> c.kind().equals("zero-loss") && c.dimension() >= 1),
                result.toString());
    }
}
