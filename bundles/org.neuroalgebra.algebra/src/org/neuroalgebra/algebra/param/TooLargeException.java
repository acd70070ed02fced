// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

/**
 * Thrown instead of starting a computation whose size exceeds a caller's
 * limit; the message gives the estimate, e.g. "ambient space has 1.2e9
 * monomials (limit 1000000)".
 */
public class TooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient SizeEstimate estimate;

    /**
     * @param estimate
     *            the size that was estimated
     * @param limit
     *            the limit it exceeds
     */
    public TooLargeException(SizeEstimate estimate, java.math.BigInteger limit) {
        super("ambient space has " + SizeEstimate.approximate(estimate.ambientDimension()) + " monomials (limit " //$NON-NLS-1$ //$NON-NLS-2$
                + limit + ")"); //$NON-NLS-1$
        this.estimate = estimate;
    }

    /** @return the estimate */
    public SizeEstimate getEstimate() {
        return estimate;
    }
}
