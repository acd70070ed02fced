// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.numerical;

/**
 * A dense complex matrix as its real and imaginary parts, entry (i, j) being
 * {@code re[i][j] + i·im[i][j]}. The arrays are shared, not copied; the operations of this
 * package never modify them.
 *
 * @param re
 *            the real parts, rows × columns
 * @param im
 *            the imaginary parts, of the same shape
 */
public record ComplexMatrix(double[][] re, double[][] im) {

    /**
     * @throws IllegalArgumentException
     *             if the parts do not have one and the same rectangular shape
     */
    public ComplexMatrix {
        if (re.length != im.length) {
            throw new IllegalArgumentException("real and imaginary parts have " + re.length + " and " //$NON-NLS-1$ //$NON-NLS-2$
                    + im.length + " rows"); //$NON-NLS-1$
        }
        for (int i = 0; i < re.length; i++) {
            if (re[i].length != re[0].length || im[i].length != re[0].length) {
                throw new IllegalArgumentException("row " + i + " does not have " + re[0].length + " columns"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    /** @return the number of rows */
    public int rows() {
        return re.length;
    }

    /** @return the number of columns (0 for a matrix without rows) */
    public int columns() {
        return re.length == 0 ? 0 : re[0].length;
    }
}
