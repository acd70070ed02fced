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

    /** One. */
    public static final Complex ONE = new Complex(1, 0);

    /**
     * @param k
     *            the exponent
     * @param n
     *            the order, at least 1
     * @return e^(2πik/n), with the real roots ±1 exact
     */
    public static Complex rootOfUnity(int k, int n) {
        int m = Math.floorMod(k, n);
        if (m == 0) {
            return ONE;
        }
        if (2 * m == n) {
            return real(-1);
        }
        double angle = 2 * Math.PI * m / n;
        return new Complex(Math.cos(angle), Math.sin(angle));
    }

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

    /**
     * @param a
     *            a reference point
     * @param b
     *            another point of the same length
     * @return max_k |a_k − b_k| / max(1, max_k |a_k|): the distance relative to the reference's size
     */
    public static double relativeDistance(Complex[] a, Complex[] b) {
        double scale = 1;
        double distance = 0;
        for (int k = 0; k < a.length; k++) {
            scale = Math.max(scale, a[k].abs());
            distance = Math.max(distance, a[k].sub(b[k]).abs());
        }
        return distance / scale;
    }

    /** @return 1 / this (infinite parts for zero) */
    public Complex inverse() {
        double norm = re * re + im * im;
        return new Complex(re / norm, -im / norm);
    }

    /**
     * @param exponent
     *            any integer
     * @return this^exponent by repeated squaring (the inverse's power for a negative exponent)
     */
    public Complex pow(int exponent) {
        Complex base = exponent < 0 ? inverse() : this;
        Complex result = ONE;
        for (long e = Math.abs((long) exponent); e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.mul(base);
            }
            base = base.mul(base);
        }
        return result;
    }

    @Override
    public String toString() {
        if (im == 0) {
            return Double.toString(re);
        }
        return re + (im < 0 ? " - " : " + ") + Math.abs(im) + "i"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
