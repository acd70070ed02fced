// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Estimates how many coefficients a network function has before anything is computed:
 * {@code C(n + D, D) · outputs} monomials of degree at most {@code D} in {@code n} inputs
 * (MATH.md §1: the affine ambient space; the homogeneous case is smaller, so this bound
 * is safe for a size guard). Exact for any input count up to {@value #EXACT_LIMIT};
 * beyond that the binomial is summed in logarithms, which is ample for a refusal message.
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
        // C(n + D, D) = C(n + D, n) = prod_{i=1..n} (D + i) / i: n factors, D may be huge.
        if (inputs <= EXACT_LIMIT) {
            BigInteger value = BigInteger.ONE;
            for (int i = 1; i <= inputs; i++) {
                value = value.multiply(degree.add(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i));
            }
            value = value.multiply(BigInteger.valueOf(outputs));
            return new AmbientSize(log10(value), value);
        }
        double degreeLog = log10(degree);
        double sum = Math.log10(outputs);
        for (int i = 1; i <= inputs; i++) {
            // log10((D + i) / i), accurate for D small or large against i.
            sum += degreeLog < 15 ? Math.log10((degree.doubleValue() + i) / i) : degreeLog - Math.log10(i);
        }
        return new AmbientSize(sum, null);
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
