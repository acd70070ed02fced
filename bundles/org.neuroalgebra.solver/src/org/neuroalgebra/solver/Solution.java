// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.Arrays;

/**
 * One endpoint of a solve: a point (or, when {@link #atInfinity()}, the
 * direction of a point at infinity) together with the numbers that say how
 * much to trust it.
 *
 * @param coordinates
 *            the values of the variables; for a point at infinity the
 *            homogeneous direction normalized to unit length
 * @param residual
 *            max |F_i(x)| at the point (NaN at infinity)
 * @param conditionNumber
 *            estimate of the condition number of the Jacobian at the point
 *            (infinite when singular)
 * @param real
 *            whether every imaginary part is at most {@code realTolerance}
 *            times max(1, |x|)
 * @param realTolerance
 *            the tolerance used for {@code real}
 * @param multiplicity
 *            number of paths that ended at this point
 * @param atInfinity
 *            whether the paths ended on the hyperplane at infinity
 * @param singular
 *            whether the point is singular (the Jacobian is numerically
 *            singular, more than one path ended here, or the endgame saw a
 *            winding number above one)
 */
public record Solution(Complex[] coordinates, double residual, double conditionNumber, boolean real,
        double realTolerance, int multiplicity, boolean atInfinity, boolean singular) {

    /** Copies the coordinates so the record stays immutable. */
    public Solution {
        coordinates = coordinates.clone();
        if (multiplicity < 1) {
            throw new IllegalArgumentException("multiplicity must be at least 1"); //$NON-NLS-1$
        }
    }

    /** @return a copy of the coordinates */
    @Override
    public Complex[] coordinates() {
        return coordinates.clone();
    }

    /**
     * @param i
     *            index of a variable
     * @return its value
     */
    public Complex coordinate(int i) {
        return coordinates[i];
    }

    /** @return the real parts of the coordinates */
    public double[] realParts() {
        double[] result = new double[coordinates.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = coordinates[i].re();
        }
        return result;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Solution other && Arrays.equals(coordinates, other.coordinates)
                && Double.compare(residual, other.residual) == 0
                && Double.compare(conditionNumber, other.conditionNumber) == 0 && real == other.real
                && Double.compare(realTolerance, other.realTolerance) == 0 && multiplicity == other.multiplicity
                && atInfinity == other.atInfinity && singular == other.singular;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coordinates) * 31 + multiplicity;
    }

    @Override
    public String toString() {
        return (atInfinity ? "at infinity " : "") + Arrays.toString(coordinates) //$NON-NLS-1$ //$NON-NLS-2$
                + (multiplicity > 1 ? " (multiplicity " + multiplicity + ")" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (singular ? " singular" : "") + (real ? " real" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
