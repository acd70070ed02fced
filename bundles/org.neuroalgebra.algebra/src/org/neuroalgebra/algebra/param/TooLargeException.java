// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigInteger;

/**
 * Thrown instead of starting a computation whose size exceeds a caller's
 * limit; the message gives the estimate and says where it peaks, e.g. "needs
 * 5.0e11 coefficients: its Jacobian has 500500 monomials × 1001000 parameters
 * (limit 1000000; raise it with --monomial-limit N)".
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
    public TooLargeException(SizeEstimate estimate, BigInteger limit) {
        super("needs " + SizeEstimate.approximate(estimate.peak()) + " coefficients: " + estimate.peakDescription() //$NON-NLS-1$ //$NON-NLS-2$
                + " (limit " + limit + "; raise it with --monomial-limit N)"); //$NON-NLS-1$ //$NON-NLS-2$
        this.estimate = estimate;
    }

    /** @return the estimate */
    public SizeEstimate getEstimate() {
        return estimate;
    }
}
