// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

/**
 * Arithmetic in the prime field Z/p for primes below 2³¹.
 * <p>
 * Why this bound: residues are below 2³¹, so a product of two residues is
 * below 2⁶² and fits a {@code long} without 128-bit tricks; every operation is
 * one multiplication and one remainder. A random point is a bad point for a
 * Jacobian rank with probability at most (degree of a minor)/p by
 * Schwartz–Zippel, which for p ≈ 2³¹ is negligible for the models we handle,
 * and two independent primes are used for a certificate anyway.
 */
public final class ModP {

    /** Largest modulus supported: 2³¹ − 1. */
    public static final long MAX_PRIME = 2147483647L;
    /** The default first prime, the Mersenne prime 2³¹ − 1. */
    public static final long PRIME_1 = 2147483647L;
    /** The default second prime, the largest prime below 2³¹ − 1. */
    public static final long PRIME_2 = 2147483629L;

    private ModP() {
    }

    /**
     * Checks that a modulus is in the supported range (it is the caller's
     * responsibility that it is prime).
     *
     * @param p
     *            the modulus
     * @return p
     * @throws IllegalArgumentException
     *             if p &lt; 2 or p &gt; {@link #MAX_PRIME}
     */
    public static long checkModulus(long p) {
        if (p < 2 || p > MAX_PRIME) {
            throw new IllegalArgumentException("modulus " + p + " is outside [2, 2^31 - 1]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return p;
    }

    /**
     * @param a
     *            any long
     * @param p
     *            the modulus
     * @return a mod p in [0, p)
     */
    public static long reduce(long a, long p) {
        return Math.floorMod(a, p);
    }

    /** @return (a + b) mod p for residues a, b */
    public static long add(long a, long b, long p) {
        long s = a + b;
        return s >= p ? s - p : s;
    }

    /** @return (a − b) mod p for residues a, b */
    public static long sub(long a, long b, long p) {
        long d = a - b;
        return d < 0 ? d + p : d;
    }

    /** @return (−a) mod p for a residue a */
    public static long neg(long a, long p) {
        return a == 0 ? 0 : p - a;
    }

    /** @return a · b mod p for residues a, b */
    public static long mul(long a, long b, long p) {
        return a * b % p;
    }

    /**
     * @param a
     *            a residue
     * @param e
     *            a non-negative exponent
     * @param p
     *            the modulus
     * @return a^e mod p
     */
    public static long pow(long a, long e, long p) {
        long result = 1 % p;
        long base = a;
        for (long k = e; k > 0; k >>= 1) {
            if ((k & 1) != 0) {
                result = mul(result, base, p);
            }
            base = mul(base, base, p);
        }
        return result;
    }

    /**
     * @param a
     *            a residue
     * @param p
     *            a prime modulus
     * @return a⁻¹ mod p
     * @throws ArithmeticException
     *             if a ≡ 0
     */
    public static long inverse(long a, long p) {
        // extended Euclid; works for any modulus coprime to a
        long r0 = p;
        long r1 = reduce(a, p);
        long s0 = 0;
        long s1 = 1;
        while (r1 != 0) {
            long q = r0 / r1;
            long r = r0 - q * r1;
            r0 = r1;
            r1 = r;
            long s = s0 - q * s1;
            s0 = s1;
            s1 = s;
        }
        if (r0 != 1) {
            throw new ArithmeticException(a + " is not invertible modulo " + p); //$NON-NLS-1$
        }
        return reduce(s0, p);
    }
}
