// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ModPTest {

    @Test
    void defaultPrimesArePrimeAndDistinct() {
        assertTrue(BigInteger.valueOf(ModP.PRIME_1).isProbablePrime(50));
        assertTrue(BigInteger.valueOf(ModP.PRIME_2).isProbablePrime(50));
        assertTrue(ModP.PRIME_1 != ModP.PRIME_2);
    }

    @Test
    void agreesWithBigIntegerArithmetic() {
        long p = ModP.PRIME_2;
        BigInteger bp = BigInteger.valueOf(p);
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            long a = Math.floorMod(random.nextLong(), p);
            long b = Math.floorMod(random.nextLong(), p);
            BigInteger ba = BigInteger.valueOf(a);
            BigInteger bb = BigInteger.valueOf(b);
            assertEquals(ba.multiply(bb).mod(bp).longValue(), ModP.mul(a, b, p));
            assertEquals(ba.add(bb).mod(bp).longValue(), ModP.add(a, b, p));
            assertEquals(ba.subtract(bb).mod(bp).longValue(), ModP.sub(a, b, p));
            assertEquals(ba.modPow(BigInteger.valueOf(i), bp).longValue(), ModP.pow(a, i, p));
            if (a != 0) {
                assertEquals(1, ModP.mul(a, ModP.inverse(a, p), p));
            }
        }
    }

    @Test
    void rejectsZeroInverseAndBadModulus() {
        assertThrows(ArithmeticException.class, () -> ModP.inverse(0, 7));
        assertThrows(IllegalArgumentException.class, () -> ModP.checkModulus(1L << 31));
    }
}
