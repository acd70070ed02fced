// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import java.math.BigInteger;

import org.neuroalgebra.algebra.number.Rational;

/**
 * Recovers a fraction r/s from its residue a ≡ r·s⁻¹ mod m (Wang's
 * algorithm): the extended Euclidean algorithm on (m, a) is stopped at the
 * first remainder below √(m/2). The answer is unique when |r|, s ≤ √(m/2), so
 * a modulus of about 2³¹ recovers numerators and denominators up to about
 * 32 000; combine residues of several primes (Chinese remaindering) for
 * larger fractions, and always verify the result on fresh data.
 */
public final class RationalReconstruction {

    private RationalReconstruction() {
    }

    /**
     * @param a
     *            a residue mod p
     * @param p
     *            the modulus
     * @return the fraction r/s with |r|, s ≤ √(p/2) and r ≡ a·s mod p, or
     *         null if there is none
     */
    public static Rational reconstruct(long a, long p) {
        return reconstruct(BigInteger.valueOf(a), BigInteger.valueOf(p));
    }

    /**
     * @param a
     *            a residue mod m
     * @param m
     *            the modulus (e.g. a product of primes)
     * @return the fraction r/s with |r|, s ≤ √(m/2) and r ≡ a·s mod m, or
     *         null if there is none
     */
    public static Rational reconstruct(BigInteger a, BigInteger m) {
        BigInteger bound = m.shiftRight(1).sqrt();
        BigInteger r0 = m;
        BigInteger r1 = a.mod(m);
        BigInteger s0 = BigInteger.ZERO;
        BigInteger s1 = BigInteger.ONE;
        while (r1.compareTo(bound) > 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            r0 = r1;
            r1 = qr[1];
            BigInteger s = s0.subtract(qr[0].multiply(s1));
            s0 = s1;
            s1 = s;
        }
        if (s1.signum() == 0 || s1.abs().compareTo(bound) > 0 || !r1.gcd(s1).equals(BigInteger.ONE)) {
            return null;
        }
        return Rational.of(r1, s1);
    }

    /**
     * Chinese remaindering of two residues.
     *
     * @param a
     *            residue mod m
     * @param m
     *            first modulus
     * @param b
     *            residue mod n
     * @param n
     *            second modulus, coprime to m
     * @return the residue mod m·n congruent to a mod m and to b mod n
     */
    public static BigInteger combine(BigInteger a, BigInteger m, BigInteger b, BigInteger n) {
        // x = a + m·((b − a)·m⁻¹ mod n)
        BigInteger t = b.subtract(a).multiply(m.modInverse(n)).mod(n);
        return a.add(m.multiply(t)).mod(m.multiply(n));
    }
}
