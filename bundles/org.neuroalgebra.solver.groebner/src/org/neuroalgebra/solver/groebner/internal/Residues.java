// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.math.BigInteger;

/**
 * Checks and small helpers for residues modulo a prime p &lt; 2^31, so that
 * the product of two residues fits a {@code long}.
 */
public final class Residues {

    private Residues() {
    }

    /**
     * @param prime
     *            a candidate modulus
     * @return prime
     * @throws IllegalArgumentException
     *             if it is not a prime in [3, 2^31)
     */
    public static long checkPrime(long prime) {
        if (prime < 3 || prime >= 1L << 31 || !BigInteger.valueOf(prime).isProbablePrime(50)) {
            throw new IllegalArgumentException("the modulus must be an odd prime below 2^31, not " + prime); //$NON-NLS-1$
        }
        return prime;
    }

    /** @return a^-1 mod p for a residue a ≠ 0 */
    public static long inverse(long a, long p) {
        return BigInteger.valueOf(a).modInverse(BigInteger.valueOf(p)).longValueExact();
    }
}
