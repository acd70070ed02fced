// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.solver.Complex;

/**
 * The gauges of docs/MATHEMATICS.md §4.2: as many unknowns as dim Θ minus the symmetries, and block
 * permutations that map gauge points to gauge points of the same fibre.
 */
class FiberGaugeTest {

    private static Complex[] coefficients(GaugeChart chart, Complex[] t) {
        return java.util.Arrays.stream(chart.coefficients()).map(f -> FiberPoints.evaluate(f, t)).toArray(Complex[]::new);
    }

    /**
     * The gauge has dim Θ − (symmetry dimension) unknowns; every image of a random gauge point under
     * the group has the same c (evaluated from the chart's polynomials, independently of the group),
     * lies in the gauge (θ(t) of its unknowns gives it back), and the images are pairwise distinct.
     */
    private static void assertGroupActsOnTheGauge(String layers, long order) throws Exception {
        Parametrization parametrization = ArchitectureParametrizationsTest.of(layers);
        assertNull(FiberGauge.obstacle(parametrization));
        FiberGauge gauge = FiberGauge.of(parametrization, 3);
        GaugeChart chart = gauge.chart();
        assertEquals(parametrization.parameterCount() - parametrization.symmetryBound().dimension(),
                chart.unknownNames().size(), chart.description());
        assertEquals(BigInteger.valueOf(order), gauge.group().order(), gauge.group().describe());
        Complex[] t = FiberSymmetryGroupTest.randomPoint(chart.unknownNames().size(), 5);
        List<Complex[]> orbit = gauge.orbit(t);
        assertEquals(order, orbit.size());
        Complex[] c = coefficients(chart, t);
        for (Complex[] image : orbit) {
            assertTrue(Complex.relativeDistance(c, coefficients(chart, image)) < 1e-9);
            assertTrue(Complex.relativeDistance(chart.unknowns(chart.parameters(image)), image) < 1e-12);
        }
        for (int i = 0; i < orbit.size(); i++) {
            for (int j = i + 1; j < orbit.size(); j++) {
                assertTrue(Complex.relativeDistance(orbit.get(i), orbit.get(j)) > 1e-3, i + " and " + j);
            }
        }
    }

    /** Three heads: 3! permutations, each head with K[1,1] = 1 and the same ℓ(V) = 1. */
    @Test
    void headPermutationsKeepTheGaugeAndTheFunction() throws Exception {
        assertGroupActsOnTheGauge("attention d=2 t=2 a=1 out=2 heads=3", 6);
    }

    /**
     * Two channels before x², two more before x²: 2!·2! permutations. Permuting the first layer's
     * channels permutes the input channels of the second layer's filters, which its normalization
     * (one weight per filter position) does not notice.
     */
    @Test
    void channelPermutationsKeepTheGaugeAndTheFunction() throws Exception {
        assertGroupActsOnTheGauge("input 3; conv kernel=2 stride=1 bias=true channels=2; activation x^2;"
                + "conv kernel=1 stride=1 bias=false channels=2; activation x^2; conv kernel=2 stride=1 bias=false", 4);
    }

    /**
     * Channels before a linear layer are not permuted (the next layer's GL gauge reads the first
     * channel), and the stack's inner heads are not either: the notes say so.
     */
    @Test
    void permutationsThatMoveTheGaugeAreNamedNotUsed() throws Exception {
        FiberGauge channels = FiberGauge.of(ArchitectureParametrizationsTest.of(
                "input 6; conv kernel=2 stride=1 bias=false channels=2; activation x^2;"
                        + "conv kernel=2 stride=1 bias=false channels=2; conv kernel=2 stride=1 bias=false"), 1);
        assertEquals(BigInteger.ONE, channels.group().order());
        assertTrue(channels.notes().stream().anyMatch(n -> n.contains("move the gauge")), channels.notes().toString());
        FiberGauge stack = FiberGauge.of(ArchitectureParametrizationsTest.of(
                "attention d=2 t=1 a=1 out=2 heads=2; attention d=2 t=1 a=1 out=1"), 1);
        assertEquals(BigInteger.ONE, stack.group().order(), stack.group().describe());
        assertTrue(stack.notes().stream().anyMatch(n -> n.contains("move the chart")), stack.notes().toString());
    }

    /** a > d and heads mixed by GL(H) have no gauge, and say why. */
    @Test
    void keysWiderThanTheInputAndMixedHeadsHaveNoGauge() throws Exception {
        String wide = FiberGauge.obstacle(ArchitectureParametrizationsTest.of("attention d=2 t=2 a=3 out=1"));
        assertNotNull(wide);
        assertTrue(wide.contains("a = 3 > d = 2"), wide);
        String mixed = FiberGauge.obstacle(ArchitectureParametrizationsTest.of("attention d=2 t=2 a=2 out=2 heads=2"));
        assertNotNull(mixed);
        assertTrue(mixed.contains("GL(2) mixes the heads"), mixed);
    }
}
