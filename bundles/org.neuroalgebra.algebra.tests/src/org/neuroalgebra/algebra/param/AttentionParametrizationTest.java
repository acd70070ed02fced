// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Monomials;

class AttentionParametrizationTest {

    private static final BigInteger LIMIT = BigInteger.valueOf(1_000_000);

    static AttentionParametrization attention(int d, int t, int a, int out) throws TooLargeException {
        return AttentionParametrization.create(d, t, a, out, LIMIT);
    }

    /**
     * Two heads are the sum of two one-head layers: the expansion of the two-head map at (θ1, θ2)
     * against the expansions of the one-head map at θ1 and at θ2, exactly.
     */
    @Test
    void twoHeadsAreTheSumOfTwoLayers() throws Exception {
        AttentionParametrization one = attention(2, 2, 1, 2);
        AttentionParametrization two = AttentionParametrization.create(2, 2, 1, 2, 2, LIMIT);
        assertEquals(2 * one.parameterCount(), two.parameterCount());
        assertEquals("V2[1,1]", two.parameterNames().get(one.parameterCount())); //$NON-NLS-1$
        Random random = new Random(11);
        Rational[] theta = new Rational[two.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = Rational.of(random.nextInt(19) - 9);
        }
        Rational[] first = one.evaluate(java.util.Arrays.copyOfRange(theta, 0, one.parameterCount()));
        Rational[] second = one.evaluate(java.util.Arrays.copyOfRange(theta, one.parameterCount(), theta.length));
        Rational[] both = two.evaluate(theta);
        for (int k = 0; k < both.length; k++) {
            assertEquals(first[k].add(second[k]), both[k]);
        }
    }

    @Test
    void coefficientsReproduceVXXtKtQX() throws Exception {
        int d = 2, t = 3, a = 1, out = 2;
        AttentionParametrization p = attention(d, t, a, out);
        assertEquals(out * d + 2 * a * d, p.parameterCount());
        assertEquals("V[1,1]", p.parameterNames().get(0));
        assertEquals("Q[1,2]", p.parameterNames().get(p.parameterCount() - 1));
        Random random = new Random(5);
        double[] theta = new double[p.parameterCount()];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = random.nextGaussian();
        }
        double[][] x = new double[d][t];
        double[] flat = new double[d * t];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < t; j++) {
                x[i][j] = random.nextGaussian();
                flat[i * t + j] = x[i][j];
            }
        }
        double[][] v = block(theta, 0, out, d);
        double[][] k = block(theta, out * d, a, d);
        double[][] q = block(theta, out * d + a * d, a, d);
        double[][] direct = times(times(times(times(v, x), transpose(x)), times(transpose(k), q)), x);
        double[] c = p.evaluate(theta);
        Monomials basis = Monomials.homogeneous(d * t, 3);
        for (int o = 0; o < out; o++) {
            for (int j = 0; j < t; j++) {
                double value = 0;
                for (int m = 0; m < basis.size(); m++) {
                    value += c[(o * t + j) * basis.size() + m] * monomial(basis.get(m), flat);
                }
                assertEquals(direct[o][j], value, 1e-12);
            }
        }
    }

    @Test
    void coordinatesAreNamedByOutputEntryAndMonomial() throws Exception {
        AttentionParametrization p = attention(2, 2, 1, 1);
        assertEquals("y[1,1]:x_{1,1}^3", p.coordinateNames().get(0));
        assertEquals("y[1,2]:x_{2,2}^3", p.coordinateNames().get(p.ambientDimension() - 1));
    }

    @Test
    void dimensionIsRankVarietyPlusVMinusOneOnceTHasTwoTokens() throws Exception {
        // dim M = a(2d − a) + d² − 1 (out = d), equal to the symmetry bound dim Θ − (a² + 1)
        int[][] cases = { { 2, 1 }, { 2, 2 }, { 3, 1 }, { 3, 2 }, { 4, 2 } };
        for (int[] c : cases) {
            int d = c[0], a = c[1];
            AttentionParametrization p = attention(d, 2, a, d);
            int expected = a * (2 * d - a) + d * d - 1;
            assertEquals(expected, p.dimensionUpperBound().value());
            assertEquals(expected, ConvolutionParametrizationTest.jacobianRank(p, 3), p.describe());
        }
    }

    @Test
    void oneTokenSeesOnlyTheSymmetricPartOfKtQ() throws Exception {
        // t = 1: f(x) = (Vx)(xᵀAx) with only sym(A) mattering; d = a = 2: 4 + 3 − 1 = 6 < 7
        AttentionParametrization p = attention(2, 1, 2, 2);
        assertEquals(7, p.dimensionUpperBound().value());
        assertEquals(6, ConvolutionParametrizationTest.jacobianRank(p, 3));
    }

    @Test
    void moreHeadsThanDimensionsUseTheFullFibre() throws Exception {
        // a = 3 > d = 2: KᵀQ is any 2×2 matrix, fibre 2·3·2 − 4 = 8, plus the V scaling
        AttentionParametrization p = attention(2, 2, 3, 2);
        assertEquals(9, p.symmetryBound().dimension());
        assertEquals(2 * 2 + 4 - 1, ConvolutionParametrizationTest.jacobianRank(p, 3));
    }

    @Test
    void glActionAndVScalingKeepTheFunction() throws Exception {
        AttentionParametrization p = attention(2, 2, 2, 2);
        long[] raw = { 1, 2, -1, 3, 2, 0, 1, 1, -2, 1, 3, -1 }; // V, K, Q
        Rational[] theta = new Rational[raw.length];
        for (int i = 0; i < raw.length; i++) {
            theta[i] = Rational.of(raw[i]);
        }
        // g = [[1 1] [0 2]] on K, g^(−T) = [[1 0] [−1/2 1/2]] on Q, and V·3, K·(1/3)
        Rational[][] g = { { Rational.of(1), Rational.of(1) }, { Rational.ZERO, Rational.of(2) } };
        Rational[][] gInvT = { { Rational.ONE, Rational.ZERO }, { Rational.of(-1, 2), Rational.of(1, 2) } };
        Rational[] moved = theta.clone();
        for (int i = 0; i < 4; i++) {
            moved[i] = theta[i].mul(Rational.of(3));
        }
        for (int r = 0; r < 2; r++) {
            for (int col = 0; col < 2; col++) {
                Rational kk = Rational.ZERO;
                Rational qq = Rational.ZERO;
                for (int s = 0; s < 2; s++) {
                    kk = kk.add(g[r][s].mul(theta[4 + s * 2 + col]));
                    qq = qq.add(gInvT[r][s].mul(theta[8 + s * 2 + col]));
                }
                moved[4 + r * 2 + col] = kk.mul(Rational.of(1, 3));
                moved[8 + r * 2 + col] = qq;
            }
        }
        assertArrayEquals(p.evaluate(theta), p.evaluate(moved));
    }

    @Test
    void tooLargeIsRefused() {
        assertThrows(TooLargeException.class, () -> AttentionParametrization.create(10, 10, 2, 10, LIMIT));
    }

    private static double monomial(Monomial m, double[] x) {
        double value = 1;
        for (int i = 0; i < x.length; i++) {
            value *= Math.pow(x[i], m.exponent(i));
        }
        return value;
    }

    private static double[][] block(double[] theta, int offset, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = theta[offset + r * cols + c];
            }
        }
        return m;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[0].length; c++) {
                t[c][r] = m[r][c];
            }
        }
        return t;
    }

    private static double[][] times(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b[0].length; j++) {
                for (int k = 0; k < b.length; k++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }
}
