// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;

/**
 * The Hilbert matrix H_ij = 1/(i + j + 1), n = 8, times (1 + i): condition
 * number about 3·10¹⁰, exact inverse known in integers.
 */
class DoubleDoubleLuTest {

    private static final int N = 8;
    private static final MathContext DIGITS = new MathContext(50);

    /** (1 + i)·H in double-double blocks. */
    private static double[] hilbert() {
        double[] a = new double[4 * N * N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                DoubleDouble.set(Rational.of(1, i + j + 1), a, 4 * (i * N + j));
                a[4 * (i * N + j) + 2] = a[4 * (i * N + j)];
                a[4 * (i * N + j) + 3] = a[4 * (i * N + j) + 1];
            }
        }
        return a;
    }

    /** The solution x_j = j + 1 − j·i and b = (1 + i)·H·x with 50 digits. */
    private static BigDecimal[][] rightHandSide() {
        BigDecimal[][] b = new BigDecimal[N][2];
        for (int i = 0; i < N; i++) {
            BigDecimal re = BigDecimal.ZERO;
            BigDecimal im = BigDecimal.ZERO;
            for (int j = 0; j < N; j++) {
                BigDecimal h = BigDecimal.ONE.divide(BigDecimal.valueOf(i + j + 1), DIGITS);
                // (1 + i)(x_re + i x_im) = (x_re − x_im) + i(x_re + x_im)
                re = re.add(h.multiply(BigDecimal.valueOf(j + 1 - (-j))));
                im = im.add(h.multiply(BigDecimal.valueOf(j + 1 + (-j))));
            }
            b[i][0] = re;
            b[i][1] = im;
        }
        return b;
    }

    @Test
    void solvesTheHilbertSystemToFarBeyondDoublePrecision() {
        BigDecimal[][] exact = rightHandSide();
        double[] b = new double[4 * N];
        double[] bDouble = new double[2 * N];
        for (int i = 0; i < N; i++) {
            for (int part = 0; part < 2; part++) {
                double hi = exact[i][part].doubleValue();
                b[4 * i + 2 * part] = hi;
                b[4 * i + 2 * part + 1] = exact[i][part].subtract(new BigDecimal(hi)).doubleValue();
                bDouble[2 * i + part] = hi;
            }
        }
        DoubleDoubleLu lu = new DoubleDoubleLu(N);
        assertTrue(lu.factor(hilbert()));
        lu.solve(b);
        ComplexLu plain = new ComplexLu(N);
        assertTrue(plain.factor(DoubleDouble.round(hilbert())));
        plain.solve(bDouble);
        double errorDd = 0;
        double errorDouble = 0;
        for (int j = 0; j < N; j++) {
            double re = j + 1;
            double im = -j;
            errorDd = Math.max(errorDd, Math.hypot((b[4 * j] - re) + b[4 * j + 1], (b[4 * j + 2] - im) + b[4 * j + 3]));
            errorDouble = Math.max(errorDouble, Math.hypot(bDouble[2 * j] - re, bDouble[2 * j + 1] - im));
        }
        // forward error ≈ condition · unit roundoff: 3e10 · 1e-32 in double-double, 3e10 · 1e-16 in double
        assertTrue(errorDd < 1e-18, "double-double error " + errorDd);
        assertTrue(errorDouble > 1e-12, "double error " + errorDouble + " (the example would not show anything)");
    }

    @Test
    void conditionNumberMatchesTheExactInverse() {
        DoubleDoubleLu lu = new DoubleDoubleLu(N);
        double[] a = hilbert();
        assertTrue(lu.factor(a));
        double expected = maxColumnSum(false) * maxColumnSum(true);
        assertEquals(expected, lu.conditionNumber(a), expected * 1e-12);
    }

    /**
     * Largest column sum of |H| or of |H⁻¹|, with (H⁻¹)_ij = (−1)^(i+j) (i+j+1)
     * C(n+i, n−j−1) C(n+j, n−i−1) C(i+j, i)² (0-based); the factor |1 + i|
     * cancels in the condition number.
     */
    private static double maxColumnSum(boolean inverse) {
        BigDecimal max = BigDecimal.ZERO;
        for (int j = 0; j < N; j++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < N; i++) {
                if (inverse) {
                    BigInteger c = BigInteger.valueOf(i + j + 1).multiply(binomial(N + i, N - j - 1))
                            .multiply(binomial(N + j, N - i - 1)).multiply(binomial(i + j, i).pow(2));
                    sum = sum.add(new BigDecimal(c));
                } else {
                    sum = sum.add(BigDecimal.ONE.divide(BigDecimal.valueOf(i + j + 1), DIGITS));
                }
            }
            max = max.max(sum);
        }
        return max.doubleValue();
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
