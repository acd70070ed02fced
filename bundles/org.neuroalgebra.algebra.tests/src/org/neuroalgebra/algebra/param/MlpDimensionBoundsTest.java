// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuroalgebra.algebra.number.Rational;

class MlpDimensionBoundsTest {

    private static MlpDimensionBounds bounds(String activation, String bias, int... widths) throws Exception {
        boolean[] flags = new boolean[widths.length - 1];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = bias.charAt(i) == '1';
        }
        return new MlpDimensionBounds(widths, flags, new Activation(MlpParametrizationTest.sigma(activation)));
    }

    @Test
    void shiftedPowersAreRecognized() throws Exception {
        Activation quadratic = new Activation(MlpParametrizationTest.sigma("x^2 + x"));
        // x² + x = (x + 1/2)² − 1/4
        assertTrue(quadratic.isShiftedPower());
        assertEquals(Rational.of(1, 2), quadratic.shift());
        assertEquals(Rational.of(-1, 4), quadratic.offset());
        Activation cubic = new Activation(MlpParametrizationTest.sigma("x^3 + 3*x^2 + 3*x + 2"));
        // (x + 1)³ + 1
        assertTrue(cubic.isShiftedPower());
        assertEquals(Rational.ONE, cubic.shift());
        assertEquals(Rational.ONE, cubic.offset());
        assertFalse(new Activation(MlpParametrizationTest.sigma("x^3 + x")).isShiftedPower());
        assertTrue(new Activation(MlpParametrizationTest.sigma("2*x^3")).isMonomial());
    }

    @ParameterizedTest(name = "σ = {0}, bias {1}, widths {2}: {3} symmetries")
    @CsvSource(delimiter = ';', value = {
            // σ = x^r: one scaling per hidden neuron, biases or not
            "x^2; 00; 2,3,1; 3",
            "x^3; 111; 2,3,2,1; 5",
            // (x + 1)² − 1 needs the bias before (c ≠ 0) and after (e ≠ 0) the neuron
            "1/2*x^2 + x; 11; 3,4,1; 4",
            "1/2*x^2 + x; 10; 3,4,1; 0",
            "1/2*x^2 + x; 01; 3,4,1; 0",
            // (x + 1)²: e = 0, so no bias after the neuron is needed
            "x^2 + 2*x + 1; 10; 3,4,1; 4",
            "x^3 + x; 11; 2,2,1; 0",
            // linear networks: the generic fibre is dim Θ − r(d_0 + d_L − r) ...
            "x; 00; 3,2,3; 4",
            "x; 00; 2,1,2; 1",
            // ... which is not dim GL(3) = 9 when the hidden layer is the widest
            "x; 00; 2,3,2; 8",
            // with biases everywhere the affine groups: d² + d
            "x; 11; 2,1,2; 2" })
    void symmetryDimensions(String activation, String bias, String widths, int expected) throws Exception {
        int[] w = Arrays.stream(widths.split(",")).mapToInt(Integer::parseInt).toArray();
        assertEquals(expected, bounds(activation, bias, w).symmetry().dimension());
    }

    @ParameterizedTest(name = "σ = {0}, bias {1}, widths {2}: dim M ≤ {3}")
    @CsvSource(delimiter = ';', value = {
            // docs/MATHEMATICS.md §3 (Dao–Rodriguez): the composition bound explains both defects
            "x^2; 0000; 2,2,3,4,1; 7",
            "x^2; 000; 2,2,1,1; 3",
            "x^2; 00; 2,2,1; 3",
            "x^2; 000; 2,2,2,1; 5",
            "x^2; 0000; 2,3,3,2,1; 9",
            // quadratic blocks: Σ v_j (w_j·x)² is a symmetric 3×3 matrix of rank ≤ 2 (dim 5);
            // with a first-layer bias and an affine (x, 1) the same in 3×3 (dim 5 of 6)
            "x^2; 00; 3,2,1; 5",
            "x^2; 10; 2,2,1; 5",
            // (x + 1)² − 1 with both biases: (3,4,1) has m = 4, k = 4: 10 = all quadrics
            "1/2*x^2 + x; 11; 3,4,1; 10",
            // odd σ without biases produces only odd degrees: α x³ + β x
            "x^3 + x; 00; 1,2,1; 2",
            // Alexander–Hirschowitz: sums of k r-th powers of n-ary linear forms have dimension
            // min(kn, C(n + r − 1, r)) except (n, r, k) = (3, 4, 5), (4, 4, 9), (5, 4, 14), (5, 3, 7),
            // which are one short (docs/MATHEMATICS.md §3.1). For 5 fourth powers of ternary forms: the
            // square of the conic through the 5 points is a quartic singular at all of them, so by
            // Terracini's lemma the tangent spaces span only 14 of the 15 quartic coefficients
            "x^4; 00; 3,5,1; 14",
            "x^4; 00; 4,9,1; 34",
            "x^4; 00; 5,14,1; 69",
            "x^3; 00; 5,7,1; 34",
            // one summand fewer or more is not defective: 4·3 = 12 and all 15 quartics
            "x^4; 00; 3,4,1; 12",
            "x^4; 00; 3,6,1; 15",
            // with a hidden bias the forms are in n + 1 variables: (2,5,1) σ = x⁴ with bias is (3,5,1)
            // dehomogenized, defective too; an output bias adds the constant direction
            "x^4; 10; 2,5,1; 14",
            "x^4; 01; 3,5,1; 15",
            // the defect travels through the composition bound into a deeper network:
            // ub(3,5,1) + ub(1,1) − 1 = 14 + 1 − 1
            "x^4; 000; 3,5,1,1; 14",
            // linear networks: exactly the determinantal dimension r(m + n − r)
            "x; 00; 3,2,3; 8",
            "x; 11; 2,1,2; 5" })
    void upperBounds(String activation, String bias, String widths, int expected) throws Exception {
        int[] w = Arrays.stream(widths.split(",")).mapToInt(Integer::parseInt).toArray();
        UpperBound bound = bounds(activation, bias, w).upperBound();
        assertEquals(expected, bound.value(), bound.derivation());
    }
}
