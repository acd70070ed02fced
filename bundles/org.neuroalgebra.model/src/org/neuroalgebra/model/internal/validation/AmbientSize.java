// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A count of monomials or coefficients that may be astronomically large, such as
 * {@code C(n + D, D) · outputs}, the monomials of degree at most {@code D} in {@code n} inputs.
 * Exact for any variable count up to {@value #EXACT_LIMIT}; beyond that the binomial is
 * summed in logarithms, which is ample for a refusal message.
 */
public final class AmbientSize {

    private static final int EXACT_LIMIT = 2000;

    private final double log10;
    private final BigInteger exact;

    private AmbientSize(double log10, BigInteger exact) {
        this.log10 = log10;
        this.exact = exact;
    }

    /**
     * @param inputs
     *            number of input variables n
     * @param degree
     *            total degree D (the product of the activation degrees)
     * @param outputs
     *            number of output coordinates
     * @return the estimate of {@code C(n + D, D) · outputs}
     */
    public static AmbientSize of(int inputs, BigInteger degree, int outputs) {
        return monomials(inputs, degree, false).times(BigInteger.valueOf(outputs));
    }

    /**
     * @param variables
     *            n ≥ 1
     * @param degree
     *            D ≥ 0
     * @param homogeneous
     *            whether only the monomials of degree exactly D count
     * @return C(n + D, n), the number of monomials of degree at most D in n variables, or
     *         C(n − 1 + D, n − 1), those of degree exactly D
     */
    public static AmbientSize monomials(int variables, BigInteger degree, boolean homogeneous) {
        int m = Math.max(homogeneous ? variables - 1 : variables, 0);
        // C(m + D, m) = C(m + D, D): a product of min(m, D) factors (D + i) / i or (m + i) / i
        BigInteger small = degree.min(BigInteger.valueOf(m));
        if (small.compareTo(BigInteger.valueOf(EXACT_LIMIT)) <= 0) {
            BigInteger large = degree.max(BigInteger.valueOf(m));
            BigInteger value = BigInteger.ONE;
            for (int i = 1; i <= small.intValue(); i++) {
                value = value.multiply(large.add(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i));
            }
            return new AmbientSize(log10(value), value);
        }
        double n = m + degree.doubleValue();
        double lnBinomial = lnFactorial(n) - lnFactorial(m) - lnFactorial(degree.doubleValue());
        return new AmbientSize(lnBinomial / Math.log(10), null);
    }

    /** @return ln(x!) by Stirling's series, accurate far beyond what a message shows for x > 2000 */
    private static double lnFactorial(double x) {
        return x * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI * x) + 1 / (12 * x);
    }

    /**
     * @param factor
     *            a positive integer
     * @return this size times the factor
     */
    public AmbientSize times(BigInteger factor) {
        if (exact != null) {
            BigInteger value = exact.multiply(factor);
            return new AmbientSize(log10(value), value);
        }
        return new AmbientSize(log10 + log10(factor), null);
    }

    /** @return true if this size is larger than the other */
    public boolean isLargerThan(AmbientSize other) {
        if (exact != null && other.exact != null) {
            return exact.compareTo(other.exact) > 0;
        }
        return log10 > other.log10;
    }

    /** @return true if this size is larger than {@code limit} */
    public boolean exceeds(BigInteger limit) {
        if (exact != null) {
            return exact.compareTo(limit) > 0;
        }
        return log10 > log10(limit);
    }

    @Override
    public String toString() {
        return exact != null ? format(exact) : formatLog10(log10);
    }

    /** @return small numbers as digits, large ones as two significant digits, e.g. "1.3e9", "1e6" */
    public static String format(BigInteger value) {
        if (value.compareTo(BigInteger.valueOf(10_000)) < 0) {
            return value.toString();
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros();
        return scientific(rounded.unscaledValue(), -rounded.scale());
    }

    private static String formatLog10(double log10) {
        long exponent = (long) Math.floor(log10);
        BigDecimal mantissa = BigDecimal.valueOf(Math.pow(10, log10 - exponent)).round(new MathContext(2, RoundingMode.HALF_UP));
        if (mantissa.compareTo(BigDecimal.TEN) >= 0) {
            mantissa = BigDecimal.ONE;
            exponent++;
        }
        BigDecimal stripped = mantissa.stripTrailingZeros();
        return scientific(stripped.unscaledValue(), exponent - stripped.scale());
    }

    /** @return {@code digits · 10^exponent} written as d[.d]eE */
    private static String scientific(BigInteger digits, long exponent) {
        String text = digits.toString();
        long decimalExponent = exponent + text.length() - 1;
        String mantissa = text.length() == 1 ? text : text.charAt(0) + "." + text.substring(1); //$NON-NLS-1$
        return mantissa + "e" + decimalExponent; //$NON-NLS-1$
    }

    private static double log10(BigInteger value) {
        int shift = Math.max(value.bitLength() - 60, 0);
        return Math.log10(value.shiftRight(shift).doubleValue()) + shift * Math.log10(2);
    }
}
