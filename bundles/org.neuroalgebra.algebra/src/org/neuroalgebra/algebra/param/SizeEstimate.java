// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.neuroalgebra.algebra.poly.Monomials;

/**
 * The size of a parametrization, known before any work is done. Besides dim V it holds the
 * largest number of coefficients the evaluation keeps at once (the working size: every
 * neuron of a layer is a dense polynomial of degree at most that layer's degree in all
 * inputs), and the Jacobian, dim V × dim Θ entries, which every analysis computes. The
 * largest of the three, {@link #peak()}, is what a size limit bounds.
 *
 * @param ambientDimension
 *            dim V (may be astronomically large)
 * @param parameterCount
 *            dim Θ
 * @param degree
 *            the degree D of the network function
 * @param homogeneous
 *            whether V holds only the forms of degree exactly D
 * @param workingSize
 *            the largest number of coefficients one evaluation holds at once
 * @param workingDescription
 *            where that largest number occurs, e.g. "layer 1 holds 2 neurons × 6 monomials of
 *            degree ≤ 2 in 2 variables"
 */
public record SizeEstimate(BigInteger ambientDimension, long parameterCount, int degree, boolean homogeneous,
        BigInteger workingSize, String workingDescription) {

    /**
     * An estimate whose evaluation holds no more than dim V coefficients at once.
     *
     * @param ambientDimension
     *            dim V
     * @param parameterCount
     *            dim Θ
     * @param degree
     *            D
     * @param homogeneous
     *            whether V holds only forms of degree D
     */
    public SizeEstimate(BigInteger ambientDimension, long parameterCount, int degree, boolean homogeneous) {
        this(ambientDimension, parameterCount, degree, homogeneous, ambientDimension, null);
    }

    /** @return dim V × dim Θ, the number of entries of the Jacobian */
    public BigInteger jacobianSize() {
        return ambientDimension.multiply(BigInteger.valueOf(parameterCount));
    }

    /** @return the largest of dim V, the working size and the Jacobian size */
    public BigInteger peak() {
        return ambientDimension.max(workingSize).max(jacobianSize());
    }

    /** @return what {@link #peak()} is, in words */
    public String peakDescription() {
        BigInteger peak = peak();
        if (peak.equals(jacobianSize()) && parameterCount > 1) {
            return "its Jacobian has " + approximate(ambientDimension) + " monomials × " + parameterCount //$NON-NLS-1$ //$NON-NLS-2$
                    + " parameters"; //$NON-NLS-1$
        }
        if (peak.equals(workingSize) && workingDescription != null) {
            return workingDescription;
        }
        return "its ambient space has " + approximate(ambientDimension) + " monomials"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param limit
     *            the largest acceptable size
     * @return true if {@link #peak()} exceeds it
     */
    public boolean exceeds(BigInteger limit) {
        return peak().compareTo(limit) > 0;
    }

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
     * @param neurons
     *            how many polynomials the layer holds
     * @param variables
     *            n, the number of inputs
     * @param degree
     *            their degree bound
     * @return the number of coefficients of that many dense polynomials of degree ≤ degree
     *         in n variables, C(n + degree, n) each
     */
    static BigInteger layerSize(int neurons, int variables, int degree) {
        return Monomials.count(variables, degree, false).multiply(BigInteger.valueOf(neurons));
    }

    /** @return the words for {@link #layerSize}, as used in {@link #workingDescription()} */
    static String describeLayer(int layer, int neurons, int variables, int degree) {
        return "layer " + layer + " holds " + neurons + (neurons == 1 ? " polynomial" : " polynomials") + " of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + approximate(Monomials.count(variables, degree, false))
                + " monomials (degree ≤ " + degree + " in " + variables + " variables)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
