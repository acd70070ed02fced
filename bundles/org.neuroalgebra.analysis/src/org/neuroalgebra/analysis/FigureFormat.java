// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Writes values of figures and table cells for people ({@code 1.92 × 10¹¹}, {@code 0.0581},
 * {@code unknown}) and for files ({@link #raw(Object)}: full precision, empty when unknown). One
 * formatter, so that the workbench, comparisons and exports agree.
 */
public final class FigureFormat {

    private static final int SIGNIFICANT = 3;
    private static final double SMALL = 1e-3;
    private static final double LARGE = 1e6;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"; //$NON-NLS-1$

    private FigureFormat() {
    }

    /**
     * @return the value for people: integers in full up to a million, then in scientific notation
     *         with three significant digits; reals with three significant digits, in scientific
     *         notation outside [10⁻³, 10⁶); {@code yes}/{@code no}; {@code unknown} for
     *         {@code null}; {@code ∞} and {@code undefined} for infinite and NaN values
     */
    public static String format(Object value) {
        if (value == null) {
            return "unknown"; //$NON-NLS-1$
        }
        if (value instanceof Boolean bool) {
            return bool ? "yes" : "no"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (value instanceof BigInteger big) {
            return big.abs().compareTo(BigInteger.valueOf((long) LARGE)) < 0 ? big.toString()
                    : scientific(new BigDecimal(big));
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            long integer = ((Number) value).longValue();
            return Math.abs(integer) < LARGE ? Long.toString(integer) : scientific(BigDecimal.valueOf(integer));
        }
        if (value instanceof Number number) {
            return real(number.doubleValue());
        }
        return value.toString();
    }

    /** @return a real number for people (see {@link #format(Object)}) */
    public static String real(double value) {
        if (Double.isNaN(value)) {
            return "undefined"; //$NON-NLS-1$
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (value == 0) {
            return "0"; //$NON-NLS-1$
        }
        // decide by the rounded value: 999999.9 rounds to 10⁶ and is written as such
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(SIGNIFICANT)).stripTrailingZeros();
        double size = Math.abs(rounded.doubleValue());
        if (size >= SMALL && size < LARGE) {
            return minus(rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString());
        }
        return scientific(rounded);
    }

    /** @return a power of ten for an axis tick: {@code 10⁻¹¹}, {@code 1} for 10⁰, {@code 10} for 10¹ */
    public static String powerOfTen(int exponent) {
        if (exponent == 0) {
            return "1"; //$NON-NLS-1$
        }
        if (exponent == 1) {
            return "10"; //$NON-NLS-1$
        }
        return "10" + superscript(exponent); //$NON-NLS-1$
    }

    /**
     * @return the value for a file (CSV, JSON text): integers and booleans as they are, reals in
     *         full precision ({@link Double#toString(double)}), the empty string when unknown
     */
    public static String raw(Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? d.toString() : ""; //$NON-NLS-1$
        }
        if (value instanceof Float f) {
            return Float.isFinite(f) ? f.toString() : ""; //$NON-NLS-1$
        }
        return value.toString();
    }

    private static String scientific(BigDecimal value) {
        BigDecimal rounded = value.round(new MathContext(SIGNIFICANT));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        String digits = mantissa.scale() < 0 ? mantissa.setScale(0).toPlainString() : mantissa.toPlainString();
        return minus(digits) + " × " + powerOfTen(exponent); //$NON-NLS-1$
    }

    private static String superscript(int exponent) {
        StringBuilder text = new StringBuilder();
        if (exponent < 0) {
            text.append('⁻');
        }
        for (char digit : Integer.toString(Math.abs(exponent)).toCharArray()) {
            text.append(SUPERSCRIPTS.charAt(digit - '0'));
        }
        return text.toString();
    }

    private static String minus(String text) {
        return text.startsWith("-") ? "−" + text.substring(1) : text; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
