// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/**
 * An immutable complex number in double precision, used where complex values
 * cross the solver API. Solvers compute on primitive arrays internally.
 *
 * @param re
 *            the real part
 * @param im
 *            the imaginary part
 */
public record Complex(double re, double im) {

    /** Zero. */
    public static final Complex ZERO = new Complex(0, 0);

    /**
     * @param re
     *            a real number
     * @return the complex number re + 0i
     */
    public static Complex real(double re) {
        return new Complex(re, 0);
    }

    /**
     * @param values
     *            real numbers
     * @return the same numbers as complex numbers
     */
    public static Complex[] real(double... values) {
        Complex[] result = new Complex[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = real(values[i]);
        }
        return result;
    }

    /** @return the modulus |z| */
    public double abs() {
        return Math.hypot(re, im);
    }

    /**
     * @param other
     *            another complex number
     * @return this + other
     */
    public Complex add(Complex other) {
        return new Complex(re + other.re, im + other.im);
    }

    /**
     * @param other
     *            another complex number
     * @return this - other
     */
    public Complex sub(Complex other) {
        return new Complex(re - other.re, im - other.im);
    }

    /**
     * @param other
     *            another complex number
     * @return this * other
     */
    public Complex mul(Complex other) {
        return new Complex(re * other.re - im * other.im, re * other.im + im * other.re);
    }

    @Override
    public String toString() {
        if (im == 0) {
            return Double.toString(re);
        }
        return re + (im < 0 ? " - " : " + ") + Math.abs(im) + "i"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
