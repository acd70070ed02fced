// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

class MlpParametrizationTest {

    static Polynomial sigma(String text) throws PolynomialSyntaxException {
        return PolynomialParser.parse(text, List.of("x"));
    }

    static MlpParametrization mlp(String activation, boolean withBias, int... widths) throws Exception {
        boolean[] bias = new boolean[widths.length - 1];
        Arrays.fill(bias, withBias);
        return MlpParametrization.create(widths, bias, sigma(activation));
    }

    @Test
    void talkExampleSymbolically() throws Exception {
        // docs/MATHEMATICS.md §2: e(ax+by)^2 + f(cx+dy)^2 = (a²e+c²f) x² + 2(abe+cdf) xy + (b²e+d²f) y²
        MlpParametrization p = mlp("x^2", false, 2, 2, 1);
        assertEquals(List.of("W1[1,1]", "W1[1,2]", "W1[2,1]", "W1[2,2]", "W2[1,1]", "W2[1,2]"), p.parameterNames());
        assertEquals(List.of("x1^2", "x1*x2", "x2^2"), p.coordinateNames());
        List<String> theta = List.of("a", "b", "c", "d", "e", "f");
        PolynomialRing ring = new PolynomialRing(6);
        Polynomial[] c = p.evaluate(ring, ring.symbols());
        assertEquals(PolynomialParser.parse("a^2*e + c^2*f", theta), c[0]);
        assertEquals(PolynomialParser.parse("2*(a*b*e + c*d*f)", theta), c[1]);
        assertEquals(PolynomialParser.parse("b^2*e + d^2*f", theta), c[2]);
    }

    @Test
    void linearNetworkComputesTheMatrixProduct() throws Exception {
        MlpParametrization p = mlp("x", false, 2, 1, 2);
        assertEquals(List.of("y1:x1", "y1:x2", "y2:x1", "y2:x2"), p.coordinateNames());
        // W1 = (2 3), W2 = (5 7)ᵀ: W2 W1 = [[10 15] [14 21]], output-major
        Rational[] c = p.evaluate(rationals(2, 3, 5, 7));
        assertArrayEquals(rationals(10, 15, 14, 21), c);
    }

    @Test
    void biasesMakeTheAmbientSpaceAffine() throws Exception {
        // σ = x^2, (1,1,1): f = v (w x + b)^2 + c = v w² x² + 2 v w b x + v b² + c
        MlpParametrization p = mlp("x^2", true, 1, 1, 1);
        assertEquals(List.of("W1[1,1]", "b1[1]", "W2[1,1]", "b2[1]"), p.parameterNames());
        assertEquals(List.of("x1^2", "x1", "1"), p.coordinateNames());
        Rational w = Rational.of(2);
        Rational b = Rational.of(-3);
        Rational v = Rational.of(1, 2);
        Rational c = Rational.of(5);
        assertArrayEquals(new Rational[] { v.mul(w.pow(2)), Rational.of(2).mul(v).mul(w).mul(b), v.mul(b.pow(2)).add(c) },
                p.evaluate(new Rational[] { w, b, v, c }));
    }

    @Test
    void ringsAgreeOnValuesAndJacobians() throws Exception {
        for (MlpParametrization p : new MlpParametrization[] { mlp("1/2*x^2 + x", true, 3, 4, 1),
                mlp("x^2", false, 2, 3, 3, 2, 1), mlp("x^3 - 2*x", true, 2, 2, 2) }) {
            Random random = new Random(11);
            Rational[] theta = new Rational[p.parameterCount()];
            long[] integers = new long[theta.length];
            double[] doubles = new double[theta.length];
            for (int i = 0; i < theta.length; i++) {
                integers[i] = random.nextInt(7) - 3;
                theta[i] = Rational.of(integers[i]);
                doubles[i] = integers[i];
            }
            long prime = ModP.PRIME_2;
            Rational[] exact = p.evaluate(theta);
            long[] modular = p.evaluate(integers, prime);
            double[] floating = p.evaluate(doubles);
            Rational[][] jacobian = p.jacobian(Ring.RATIONAL, theta);
            long[][] modularJacobian = p.jacobian(integers, prime);
            double[][] floatingJacobian = p.jacobian(doubles);
            assertEquals(p.ambientDimension(), exact.length);
            for (int r = 0; r < exact.length; r++) {
                assertEquals(exact[r].modP(prime), modular[r]);
                assertEquals(exact[r].doubleValue(), floating[r], 1e-9 * (1 + Math.abs(floating[r])));
                for (int k = 0; k < theta.length; k++) {
                    assertEquals(jacobian[r][k].modP(prime), modularJacobian[r][k]);
                    assertEquals(jacobian[r][k].doubleValue(), floatingJacobian[r][k], 1e-9);
                }
            }
        }
    }

    @Test
    void jacobianMatchesCentralDifferences() throws Exception {
        for (MlpParametrization p : new MlpParametrization[] { mlp("1/2*x^2 + x", true, 3, 4, 1),
                mlp("x^2", false, 2, 3, 3, 2, 1) }) {
            Random random = new Random(2);
            double[] theta = new double[p.parameterCount()];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = random.nextGaussian();
            }
            double[][] jacobian = p.jacobian(theta);
            double h = 1e-5;
            for (int k = 0; k < theta.length; k++) {
                double[] plus = theta.clone();
                double[] minus = theta.clone();
                plus[k] += h;
                minus[k] -= h;
                double[] fp = p.evaluate(plus);
                double[] fm = p.evaluate(minus);
                for (int r = 0; r < fp.length; r++) {
                    double difference = (fp[r] - fm[r]) / (2 * h);
                    assertEquals(difference, jacobian[r][k], 1e-5 * (1 + Math.abs(difference)), "∂c" + r + "/∂θ" + k);
                }
            }
        }
    }

    @Test
    void sizesAreEstimatedBeforeBuilding() throws Exception {
        int[] widths = { 1000, 1000, 1 };
        boolean[] bias = { false, false };
        SizeEstimate estimate = MlpParametrization.estimate(widths, bias, sigma("x^10"));
        assertEquals(Monomials.binomial(1009, 10), estimate.ambientDimension());
        assertEquals(1000L * 1000 + 1000, estimate.parameterCount());
        TooLargeException e = assertThrows(TooLargeException.class,
                () -> MlpParametrization.create(widths, bias, sigma("x^10"), 1_000_000));
        // C(1009, 10) = 1000^10 · Π(1 + k/1000) / 10! ≈ 1.046e30 / 3628800 ≈ 2.88e23
        assertEquals("needs 2.9e29 coefficients: its Jacobian has 2.9e23 monomials × 1001000 parameters "
                + "(limit 1000000; raise it with --monomial-limit N)", e.getMessage());
        assertEquals("1.2e9", SizeEstimate.approximate(BigInteger.valueOf(1_234_567_890)));
        assertEquals("1.0e9", SizeEstimate.approximate(BigInteger.valueOf(999_999_999)));
        assertEquals("999999", SizeEstimate.approximate(BigInteger.valueOf(999_999)));
        assertEquals(estimate, e.getEstimate());
        // with a bias, V holds all degrees up to D = 10: C(1010, 10)
        SizeEstimate affine = MlpParametrization.estimate(widths, new boolean[] { true, false }, sigma("x^10"));
        assertEquals(Monomials.binomial(1010, 10), affine.ambientDimension());
        assertTrue(affine.ambientDimension().compareTo(BigInteger.TEN.pow(23)) > 0);
    }

    @Test
    void invalidArchitecturesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> mlp("x^2", false, 2));
        assertThrows(IllegalArgumentException.class, () -> mlp("x^2", false, 2, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> mlp("3", false, 2, 2, 1));
        assertThrows(IllegalArgumentException.class,
                () -> MlpParametrization.create(new int[] { 2, 2, 1 }, new boolean[] { false }, sigma("x^2")));
    }

    private static Rational[] rationals(long... values) {
        Rational[] r = new Rational[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = Rational.of(values[i]);
        }
        return r;
    }
}
