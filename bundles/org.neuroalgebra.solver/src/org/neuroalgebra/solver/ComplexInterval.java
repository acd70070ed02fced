// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

/**
 * A closed rectangle of complex numbers {@code [reLow, reHigh] + i [imLow, imHigh]}:
 * a rigorous enclosure (the true value lies inside) of a coordinate of a
 * certified solution or of a polynomial's value over a certified box.
 *
 * @param reLow
 *            lower bound of the real part
 * @param reHigh
 *            upper bound of the real part
 * @param imLow
 *            lower bound of the imaginary part
 * @param imHigh
 *            upper bound of the imaginary part
 */
public record ComplexInterval(double reLow, double reHigh, double imLow, double imHigh) {

    /** Refuses empty or NaN bounds. */
    public ComplexInterval {
        if (!(reLow <= reHigh) || !(imLow <= imHigh)) {
            throw new IllegalArgumentException("empty or NaN interval [" + reLow + ", " + reHigh + "] + i[" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + imLow + ", " + imHigh + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * @param center
     *            a complex number
     * @param radius
     *            a non-negative half-width
     * @return the square of that half-width around center, rounded outward
     */
    public static ComplexInterval around(Complex center, double radius) {
        return new ComplexInterval(Math.nextDown(center.re() - radius), Math.nextUp(center.re() + radius),
                Math.nextDown(center.im() - radius), Math.nextUp(center.im() + radius));
    }

    /**
     * @param z
     *            a complex number
     * @return true when z lies in this rectangle
     */
    public boolean contains(Complex z) {
        return reLow <= z.re() && z.re() <= reHigh && imLow <= z.im() && z.im() <= imHigh;
    }

    /** @return true when 0 lies in this rectangle */
    public boolean containsZero() {
        return contains(Complex.ZERO);
    }

    /**
     * @param other
     *            another rectangle
     * @return true when the two rectangles have no common point
     */
    public boolean disjointFrom(ComplexInterval other) {
        return reHigh < other.reLow || other.reHigh < reLow || imHigh < other.imLow || other.imHigh < imLow;
    }

    /** @return true when the rectangle meets the real axis */
    public boolean meetsRealAxis() {
        return imLow <= 0 && 0 <= imHigh;
    }

    /** @return the midpoint */
    public Complex mid() {
        return new Complex(reLow / 2 + reHigh / 2, imLow / 2 + imHigh / 2);
    }

    @Override
    public String toString() {
        return "[" + reLow + ", " + reHigh + "] + i[" + imLow + ", " + imHigh + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
