// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.solver.Complex;

class FiberSymmetryGroupTest {

    private static NormalizedSystem system(String layers) throws Exception {
        return NormalizedSystem.layerwise((MlpParametrization) ArchitectureParametrizationsTest.of(layers), 3);
    }

    /** @return a point of C^size with seeded Gaussian real and imaginary parts */
    static Complex[] randomPoint(int size, long seed) {
        Random random = new Random(seed);
        Complex[] z = new Complex[size];
        for (int i = 0; i < size; i++) {
            z[i] = new Complex(random.nextGaussian(), random.nextGaussian());
        }
        return z;
    }

    /** Every image has the same network coefficients c(θ) as the point: the group acts on the fibre. */
    private static void assertOrbitInFibre(NormalizedSystem system, long order) {
        FiberSymmetryGroup group = FiberSymmetryGroup.of(system);
        assertEquals(BigInteger.valueOf(order), group.order(), group.describe());
        Complex[] point = randomPoint(system.unknownCount(), 11);
        List<Complex[]> orbit = group.orbit(point);
        assertEquals(order, orbit.size());
        Complex[] c = coefficients(system, point);
        for (Complex[] image : orbit) {
            // evaluated independently of the group: the polynomials c(θ) of the normalized system
            assertTrue(Complex.relativeDistance(c, coefficients(system, image)) < 1e-9);
        }
        // the action is free at a generic point: the orbit has |G| distinct points
        for (int i = 0; i < orbit.size(); i++) {
            for (int j = i + 1; j < orbit.size(); j++) {
                assertTrue(Complex.relativeDistance(orbit.get(i), orbit.get(j)) > 1e-3, i + " and " + j);
            }
        }
        assertArrayEquals(new int[orbit.size()], group.orbitsOf(orbit));
    }

    private static Complex[] coefficients(NormalizedSystem system, Complex[] unknowns) {
        List<Complex> values = new ArrayList<>();
        for (var f : system.coefficients()) {
            values.add(FiberPoints.evaluate(f, unknowns));
        }
        return values.toArray(Complex[]::new);
    }

    @Test
    void permutationsOfTwoCubicLayers() throws Exception {
        // (2,2,2,1), σ = x³: 2!·2! = 4, the sign flips are scalings (fixed by the normalization)
        assertOrbitInFibre(system("input 2; dense 2 bias=false; activation x^3; dense 2 bias=false; activation x^3;"
                + "dense 1 bias=false"), 4);
    }

    @Test
    void reflectionsOfACubicWithBiases() throws Exception {
        // σ = x³ + x² with biases on both layers: S_2 × (Z/2)², order 8
        assertOrbitInFibre(system("input 2; dense 2 bias=true; activation x^3 + x^2; dense 1 bias=true"), 8);
    }

    @Test
    void reflectionsThroughTwoHiddenLayers() throws Exception {
        // σ = x³ + x², (1,2,2,1) with biases: every hidden neuron reflects, 2!·2!·2⁴ = 64; the
        // reflections of layer 1 change the biases of layer 2, which must stay consistent
        assertOrbitInFibre(system("input 1; dense 2 bias=true; activation x^3 + x^2; dense 2 bias=true;"
                + "activation x^3 + x^2; dense 1 bias=true"), 64);
    }

    @Test
    void permutationsRenormalizeTheScalingsOfAShiftedPower() throws Exception {
        // σ = (x + 1)³ with biases: the scalings are fixed (ℓ on the weights, b ↦ λ(b + 1) − 1), the
        // group is the 2! swaps, and a swapped point is brought back to ℓ = 1 through the shift
        assertOrbitInFibre(system("input 2; dense 2 bias=true; activation x^3 + 3*x^2 + 3*x + 1; dense 1 bias=true"),
                2);
    }

    @Test
    void complexRootsOfUnity() throws Exception {
        // σ = x⁴ + x: ω³ = 1 at each neuron, 2!·3² = 18
        assertOrbitInFibre(system("input 2; dense 2 bias=false; activation x^4 + x; dense 1 bias=false"), 18);
    }

    @Test
    void aPointOutsideTheOrbitIsAnotherOrbit() throws Exception {
        NormalizedSystem system = system("input 2; dense 2 bias=true; activation x^3 + x^2; dense 1 bias=true");
        FiberSymmetryGroup group = FiberSymmetryGroup.of(system);
        Complex[] point = randomPoint(system.unknownCount(), 5);
        List<Complex[]> points = new ArrayList<>(group.orbit(point).subList(0, 3));
        points.add(1, randomPoint(system.unknownCount(), 6));
        assertArrayEquals(new int[] { 0, 1, 0, 0 }, group.orbitsOf(points));
    }
}
