// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.numerical;

/**
 * A complex vector as its real and imaginary parts, entry i being {@code re[i] + i·im[i]}.
 *
 * @param re
 *            the real parts
 * @param im
 *            the imaginary parts, of the same length
 */
public record ComplexVector(double[] re, double[] im) {

    /**
     * @throws IllegalArgumentException
     *             if the parts differ in length
     */
    public ComplexVector {
        if (re.length != im.length) {
            throw new IllegalArgumentException("real and imaginary parts have " + re.length + " and " //$NON-NLS-1$ //$NON-NLS-2$
                    + im.length + " entries"); //$NON-NLS-1$
        }
    }

    /** @return the number of entries */
    public int size() {
        return re.length;
    }
}
