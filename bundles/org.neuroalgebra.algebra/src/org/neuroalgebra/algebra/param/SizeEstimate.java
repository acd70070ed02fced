// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The size of a parametrization, known before any work is done.
 *
 * @param ambientDimension
 *            dim V (may be astronomically large)
 * @param parameterCount
 *            dim Θ
 * @param degree
 *            the degree D of the network function
 * @param homogeneous
 *            whether V holds only the forms of degree exactly D
 */
public record SizeEstimate(BigInteger ambientDimension, long parameterCount, int degree, boolean homogeneous) {

    /**
     * @return e.g. "ambient space has 1.2e9 monomials, 2001000 parameters,
     *         degree 10"
     */
    @Override
    public String toString() {
        return "ambient space has " + approximate(ambientDimension) + " monomials, " + parameterCount //$NON-NLS-1$ //$NON-NLS-2$
                + " parameters, degree " + degree; //$NON-NLS-1$
    }

    /**
     * @param value
     *            a non-negative integer
     * @return the integer itself below 10⁶, else rounded to two significant
     *         digits in scientific form, like 1.2e9
     */
    public static String approximate(BigInteger value) {
        if (value.compareTo(BigInteger.valueOf(1_000_000)) < 0) {
            return value.toString();
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(2, RoundingMode.HALF_UP));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        return digits.charAt(0) + "." + (digits.length() > 1 ? digits.charAt(1) : '0') + "e" + exponent; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
