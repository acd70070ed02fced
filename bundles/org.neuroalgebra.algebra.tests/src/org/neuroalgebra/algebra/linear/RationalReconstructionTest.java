// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;

class RationalReconstructionTest {

    @Test
    void recoversSmallFractions() {
        long p = ModP.PRIME_1;
        for (Rational q : new Rational[] { Rational.of(3, 4), Rational.of(-7, 13), Rational.of(0), Rational.of(-1),
                Rational.of(32000, 31999), Rational.of(1, 30000) }) {
            assertEquals(q, RationalReconstruction.reconstruct(q.modP(p), p), q.toString());
        }
    }

    @Test
    void largeFractionsNeedMoreThanOnePrime() {
        Rational big = Rational.of(123456789, 987654321);
        long p1 = ModP.PRIME_1;
        long p2 = ModP.PRIME_2;
        assertNotEquals(big, RationalReconstruction.reconstruct(big.modP(p1), p1));
        BigInteger m1 = BigInteger.valueOf(p1);
        BigInteger m2 = BigInteger.valueOf(p2);
        BigInteger combined = RationalReconstruction.combine(BigInteger.valueOf(big.modP(p1)), m1,
                BigInteger.valueOf(big.modP(p2)), m2);
        assertEquals(big, RationalReconstruction.reconstruct(combined, m1.multiply(m2)));
    }
}
