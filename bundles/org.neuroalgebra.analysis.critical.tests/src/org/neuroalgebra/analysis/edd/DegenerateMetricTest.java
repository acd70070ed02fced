// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;

/**
 * Degenerate (positive semidefinite) metrics on the lightning quartic
 * (docs/MATHEMATICS.md §6.6 table): k = dim ker Q = 1 gives 14 points, 4 of zero loss and
 * 10 on the ramification locus; k = 2 gives a zero-loss curve of degree 4 and
 * 4 more points; k = 3 gives a surface.
 */
class DegenerateMetricTest {

    private static EdDegreeResult quartic(Metric metric, long seed) {
        return EdDegreeComputationTest.COMPUTATION.compute(
                List.of(EdDegreeComputationTest.parse(EdDegreeComputationTest.QUARTIC, EdDegreeComputationTest.Y)),
                1, metric, null, seed, ProgressMonitor.NULL);
    }

    @Test
    void kernelOfDimensionOneGivesFourZeroLossAndTenRamificationPoints() {
        Metric metric = Metric.degenerate(6, 1, 21);
        assertEquals(1, metric.kernelDimension());
        EdDegreeResult result = quartic(metric, 7);
        assertEquals(14, result.edDegree(), result.toString());
        assertFalse(result.positiveDimensional());
        assertEquals(4, result.criticalPoints().stream().filter(p -> p.kind().equals("zero-loss")).count());
        assertEquals(10, result.criticalPoints().stream().filter(p -> p.kind().equals("ramification")).count());
        // zero loss means x − u ∈ ker Q: the loss vanishes (up to rounding)
        result.criticalPoints().stream().filter(p -> p.kind().equals("zero-loss"))
                .forEach(p -> assertEquals(0, p.loss().abs(), 1e-9));
    }

    @Test
    void kernelOfDimensionTwoGivesACurveOfDegreeFourAndFourPoints() {
        EdDegreeResult result = quartic(Metric.degenerate(6, 2, 22), 7);
        assertTrue(result.positiveDimensional());
        Component curve = result.components().stream().filter(c -> c.kind().equals("zero-loss")).findFirst()
                .orElseThrow();
        assertEquals(1, curve.dimension());
        assertEquals(4, curve.degree());
        assertEquals(4, result.edDegree(), result.toString());
    }

    @Test
    void kernelOfDimensionThreeGivesASurface() {
        EdDegreeResult result = quartic(Metric.degenerate(6, 3, 23), 7);
        Component surface = result.components().stream().filter(c -> c.kind().equals("zero-loss")).findFirst()
                .orElseThrow();
        assertEquals(2, surface.dimension());
        // a plane section of the quartic cone (u + ker Q) ∩ V is a quartic surface
        assertEquals(4, surface.degree());
        assertEquals(0, result.edDegree(), result.toString());
    }

    /** Q = AᵀA of fewer samples than coordinates is singular with kernel dimension n − |S|. */
    @Test
    void dataInducedMetricHasTheExpectedKernel() {
        Rational[][] a = { { Rational.of(1), Rational.of(2), Rational.of(4) },
                { Rational.of(1), Rational.of(-1), Rational.of(1) } };
        Metric metric = Metric.fromData(a);
        assertEquals(1, metric.kernelDimension());
        Rational[] k = metric.kernel().get(0);
        for (Rational[] row : a) {
            assertEquals(Rational.ZERO, row[0].mul(k[0]).add(row[1].mul(k[1])).add(row[2].mul(k[2])));
        }
        // Q_ij = Σ_k a_ki a_kj: Q_00 = 2, Q_12 = 2·4 + (−1)·1 = 7
        assertEquals(Rational.of(2), metric.entry(0, 0));
        assertEquals(Rational.of(7), metric.entry(1, 2));
    }

    @Test
    void bombieriWeylWeightsAreInverseBinomials() {
        Metric bw = Metric.bombieriWeyl(4);
        assertEquals(Rational.ONE, bw.entry(0, 0));
        assertEquals(Rational.of(1, 4), bw.entry(1, 1));
        assertEquals(Rational.of(1, 6), bw.entry(2, 2));
        assertEquals(Rational.ZERO, bw.entry(0, 1));
        assertEquals(0, Metric.randomPositiveDefinite(5, 3).kernelDimension());
        assertEquals(3, Metric.degenerate(5, 3, 3).kernelDimension());
    }

    /** The Lagrange system at rational data is what an exact counter receives. */
    @Test
    void lagrangeEquationsAtRationalData() {
        LagrangeSystem system = LagrangeSystem.of(
                List.of(EdDegreeComputationTest.parse("x^2 + y^2 - 1", List.of("x", "y"))), 1, Metric.identity(2),
                false, 1);
        List<org.neuroalgebra.algebra.poly.Polynomial> equations = system.equationsAt(
                new Rational[] { Rational.of(3), Rational.of(4) });
        // the critical point x = u/|u| = (3/5, 4/5) with λ = (1 − 5)/2 = −2 solves them
        Rational[] point = { Rational.of(3, 5), Rational.of(4, 5), Rational.of(-2) };
        for (var e : equations) {
            assertEquals(Rational.ZERO, e.evaluate(point));
        }
        assertEquals(2, system.singularLocus().size());
        assertEquals(List.of("x1", "x2", "lambda1"), system.system().variables());
    }
}
