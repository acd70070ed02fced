// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;

class ConvolutionParametrizationTest {

    private static final BigInteger LIMIT = BigInteger.valueOf(100_000);

    static ConvolutionParametrization linearCnn(int n, int... kernels) throws TooLargeException {
        List<ConvolutionLayerSpec> layers = new ArrayList<>();
        for (int k : kernels) {
            layers.add(new ConvolutionLayerSpec(k, 1, false, null));
        }
        return ConvolutionParametrization.create(n, layers, LIMIT);
    }

    static ConvolutionParametrization polynomialCnn() throws Exception {
        // cnn.nalg: input 5, conv k=2 s=1, x^2, conv k=2 s=2: lengths 5, 4, 2
        Polynomial square = PolynomialParser.parse("x^2", List.of("x"));
        return ConvolutionParametrization.create(5,
                List.of(new ConvolutionLayerSpec(2, 1, false, square), new ConvolutionLayerSpec(2, 2, false, null)),
                LIMIT);
    }

    private static Rational[] rationals(long... values) {
        Rational[] r = new Rational[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = Rational.of(values[i]);
        }
        return r;
    }

    @Test
    void linearCnnMultipliesTheFiltersAsPolynomials() throws Exception {
        // length 3, filters (1 + 2z) and (3 + 5z): one output with filter 3 + 11z + 10z²
        ConvolutionParametrization p = linearCnn(3, 2, 2);
        assertArrayEquals(new int[] { 3, 2, 1 }, p.lengths());
        assertEquals(List.of("w1[1]", "w1[2]", "w2[1]", "w2[2]"), p.parameterNames());
        assertEquals(List.of("x1", "x2", "x3"), p.coordinateNames());
        assertArrayEquals(rationals(3, 11, 10), p.evaluate(rationals(1, 2, 3, 5)));
    }

    @Test
    void outputLengthsFollowTheStrideFormula() throws Exception {
        assertArrayEquals(new int[] { 5, 4, 2 }, polynomialCnn().lengths());
        assertEquals(3, new ConvolutionLayerSpec(3, 2, false, null).outputLength(8)); // ⌊5/2⌋ + 1
        assertThrows(IllegalArgumentException.class, () -> linearCnn(2, 3));
    }

    @Test
    void polynomialCnnAgreesWithDirectEvaluation() throws Exception {
        ConvolutionParametrization p = polynomialCnn();
        assertEquals(2 * 15, p.ambientDimension()); // two quadratic forms in 5 variables
        Random random = new Random(3);
        double[] theta = { random.nextGaussian(), random.nextGaussian(), random.nextGaussian(), random.nextGaussian() };
        double[] x = new double[5];
        for (int i = 0; i < 5; i++) {
            x[i] = random.nextGaussian();
        }
        double[] h = new double[4];
        for (int j = 0; j < 4; j++) {
            double z = theta[0] * x[j] + theta[1] * x[j + 1];
            h[j] = z * z;
        }
        double[] direct = { theta[2] * h[0] + theta[3] * h[1], theta[2] * h[2] + theta[3] * h[3] };
        double[] c = p.evaluate(theta);
        Monomials basis = Monomials.homogeneous(5, 2);
        for (int k = 0; k < 2; k++) {
            double value = 0;
            for (int v = 0; v < basis.size(); v++) {
                value += c[k * basis.size() + v] * monomial(basis.get(v), x);
            }
            assertEquals(direct[k], value, 1e-12);
        }
    }

    private static double monomial(Monomial m, double[] x) {
        double value = 1;
        for (int i = 0; i < x.length; i++) {
            value *= Math.pow(x[i], m.exponent(i));
        }
        return value;
    }

    @Test
    void linearStrideOneDimensionIsSumOfKernelsMinusScalings() throws Exception {
        // docs/MATHEMATICS.md §1.3: dim M = Σ k_i − (L − 1), and the symmetry bound meets it
        int[][] cases = { { 6, 3, 2 }, { 8, 2, 3, 2 }, { 7, 4, 2 }, { 9, 2, 2, 2, 2 } };
        for (int[] c : cases) {
            int[] kernels = java.util.Arrays.copyOfRange(c, 1, c.length);
            ConvolutionParametrization p = linearCnn(c[0], kernels);
            int expected = java.util.Arrays.stream(kernels).sum() - (kernels.length - 1);
            assertEquals(kernels.length - 1, p.symmetryBound().dimension());
            assertEquals(expected, p.dimensionUpperBound().value());
            assertEquals(expected, jacobianRank(p, 7), p.describe());
        }
    }

    /**
     * Stride 2, kernels (2, 3) on length 6, C channels in between: output = Σ_{c,m} w2[c,m]
     * (w1[c,1] x_{2m+1} + w1[c,2] x_{2m+2}), so the coefficient of x_{2m+e} is (W2ᵀ W1)[m, e], a
     * 3 × 2 matrix product through C channels: rank ≤ C. C = 1 gives the rank-one 3 × 2 matrices
     * (dimension 3 + 2 − 1 = 4), C = 2 all of them (6); GL(C) on the channels is the whole fibre.
     */
    @Test
    void channelsOfAStridedLinearCnnAreAMatrixFactorization() throws Exception {
        for (int channels = 1; channels <= 2; channels++) {
            ConvolutionParametrization p = ConvolutionParametrization.create(6,
                    List.of(new ConvolutionLayerSpec(2, 2, false, null, channels), new ConvolutionLayerSpec(3, 1, false, null)),
                    LIMIT);
            int expected = channels == 1 ? 4 : 6;
            assertEquals(2 * channels + 3 * channels, p.parameterCount());
            assertEquals(channels * channels, p.symmetryBound().dimension(), p.symmetryBound().derivation());
            assertEquals(expected, p.dimensionUpperBound().value());
            assertEquals(expected, jacobianRank(p, 13));
        }
    }

    /** Every infinitesimal symmetry of a two-channel CNN is in the kernel of its Jacobian. */
    @Test
    void channelSymmetriesKeepTheFunction() throws Exception {
        Polynomial square = PolynomialParser.parse("x^2", List.of("x")); //$NON-NLS-1$ //$NON-NLS-2$
        List<ConvolutionLayerSpec> layers = List.of(new ConvolutionLayerSpec(2, 1, true, null, 2),
                new ConvolutionLayerSpec(2, 1, true, square, 2), new ConvolutionLayerSpec(2, 1, false, null));
        ConvolutionParametrization p = ConvolutionParametrization.create(5, layers, LIMIT);
        long prime = ModP.PRIME_1;
        long[] theta = new java.util.SplittableRandom(4).longs(p.parameterCount(), 0, prime).toArray();
        List<long[]> fields = ConvolutionSymmetry.fields(p, layers, theta, prime);
        // GL(2) between layers 1 and 2, one scaling per channel between layers 2 and 3
        assertEquals(4 + 2, fields.size());
        long[][] jacobian = p.jacobian(theta, prime);
        for (long[] field : fields) {
            for (long[] row : jacobian) {
                long sum = 0;
                for (int j = 0; j < row.length; j++) {
                    sum = ModP.add(sum,
                            ModP.mul(row[j], field[j], prime), prime);
                }
                assertEquals(0, sum);
            }
        }
        assertEquals(6, p.symmetryBound().dimension());
    }

    @Test
    void polynomialCnnRankMeetsTheScalingBound() throws Exception {
        // 4 parameters, one scaling (σ = x² is a monomial): dim M = 3
        ConvolutionParametrization p = polynomialCnn();
        assertEquals(1, p.symmetryBound().dimension());
        assertEquals(3, jacobianRank(p, 11));
    }

    @Test
    void scalingALayerAndUnscalingTheNextKeepsTheFunction() throws Exception {
        ConvolutionParametrization p = polynomialCnn();
        // filter 1 times 2, filter 2 times 2^(−2)
        Rational quarter = Rational.of(1, 4);
        Rational[] theta = rationals(3, -1, 5, 7);
        Rational[] scaled = { Rational.of(6), Rational.of(-2), Rational.of(5).mul(quarter), Rational.of(7).mul(quarter) };
        assertArrayEquals(p.evaluate(theta), p.evaluate(scaled));
    }

    @Test
    void generalActivationClaimsNoSymmetryAndBiasMakesItAffine() throws Exception {
        Polynomial sigma = PolynomialParser.parse("x^2 + x", List.of("x"));
        ConvolutionParametrization p = ConvolutionParametrization.create(4,
                List.of(new ConvolutionLayerSpec(2, 1, true, sigma), new ConvolutionLayerSpec(2, 1, false, null)), LIMIT);
        assertEquals(0, p.symmetryBound().dimension());
        assertEquals(false, p.size().homogeneous());
        assertEquals(2 * 15, p.ambientDimension()); // two outputs of degree ≤ 2 in 4 variables
    }

    @Test
    void tooLargeIsRefusedWithTheEstimate() {
        List<ConvolutionLayerSpec> layers = List.of(new ConvolutionLayerSpec(2, 1, false, null));
        assertThrows(TooLargeException.class, () -> ConvolutionParametrization.create(100, layers, BigInteger.TEN));
    }

    static int jacobianRank(Parametrization p, long seed) {
        Random random = new Random(seed);
        long[] theta = new long[p.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextInt(2_000_001) - 1_000_000;
        }
        return ModularMatrix.of(p.jacobian(theta, ModP.PRIME_1), ModP.PRIME_1).rank();
    }
}
