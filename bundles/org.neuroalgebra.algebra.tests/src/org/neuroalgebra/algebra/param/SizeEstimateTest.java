// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

/** The size guard bounds what the evaluation really holds: dim V, dense layers and the Jacobian. */
class SizeEstimateTest {

    private static Polynomial sigma(String text) throws PolynomialSyntaxException {
        return PolynomialParser.parse(text, List.of("x"));
    }

    @Test
    void wideNetworkIsRefusedForItsJacobian() throws PolynomialSyntaxException {
        int[] widths = { 1000, 1000, 1 };
        boolean[] bias = { true, true };
        SizeEstimate estimate = MlpParametrization.estimate(widths, bias, sigma("x^2"));
        // dim V = C(1002, 2) = 501501 is below the default limit; the Jacobian is not
        assertEquals(BigInteger.valueOf(501_501), estimate.ambientDimension());
        assertEquals(1_002_001, estimate.parameterCount());
        TooLargeException e = assertThrows(TooLargeException.class,
                () -> MlpParametrization.create(widths, bias, sigma("x^2")));
        assertEquals("needs 5.0e11 coefficients: its Jacobian has 501501 monomials × 1002001 parameters "
                + "(limit 1000000; raise it with --monomial-limit N)", e.getMessage());
    }

    @Test
    void denseLayersOfAHighDegreeActivationAreCounted() throws PolynomialSyntaxException {
        int[] widths = { 2, 2, 1 };
        boolean[] bias = { false, false };
        SizeEstimate estimate = MlpParametrization.estimate(widths, bias, sigma("x^10000"));
        // V = binary forms of degree 10000, but the evaluation holds both neurons of layer 1
        // with all C(10002, 2) monomials of degree <= 10000
        assertEquals(BigInteger.valueOf(10_001), estimate.ambientDimension());
        assertEquals(Monomials.binomial(10_002, 2).multiply(BigInteger.TWO), estimate.peak());
        TooLargeException e = assertThrows(TooLargeException.class,
                () -> MlpParametrization.create(widths, bias, sigma("x^10000")));
        assertEquals("needs 1.0e8 coefficients: layer 1 holds 2 polynomials of 5.0e7 monomials (degree ≤ 10000 in 2 "
                + "variables) (limit 1000000; raise it with --monomial-limit N)", e.getMessage());
    }

    @Test
    void aLargerLimitAdmitsALargerModel() throws Exception {
        int[] widths = { 2, 2, 1 };
        boolean[] bias = { false, false };
        // V = 4 binary cubics, 6 parameters: 24 Jacobian entries, more than 2 · C(5, 2) = 20
        assertEquals(BigInteger.valueOf(24), MlpParametrization.estimate(widths, bias, sigma("x^3")).peak());
        assertThrows(TooLargeException.class, () -> MlpParametrization.create(widths, bias, sigma("x^3"), 23));
        assertEquals(4, MlpParametrization.create(widths, bias, sigma("x^3"), 24).ambientDimension());
    }

    @Test
    void convolutionAndAttentionCountTheirWorkingSpace() throws Exception {
        List<ConvolutionLayerSpec> layers = List.of(new ConvolutionLayerSpec(2, 1, false, sigma("x^2")),
                new ConvolutionLayerSpec(2, 1, false, null));
        // input 4: layer 1 holds 3 quadrics of C(6, 2) = 15 dense coefficients each
        SizeEstimate conv = ConvolutionParametrization.estimate(4, layers);
        assertEquals(BigInteger.valueOf(45), conv.workingSize());
        assertThrows(TooLargeException.class, () -> ConvolutionParametrization.create(4, layers, BigInteger.valueOf(44)));
        // d = t = 2: the 4 quadratic forms of G in 4 entries hold 4 · C(6, 2) = 60 coefficients
        SizeEstimate attention = AttentionParametrization.estimate(2, 2, 1, 2, 1);
        assertEquals(BigInteger.valueOf(60), attention.workingSize());
    }
}
