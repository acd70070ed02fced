// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * The rank-drop witness det(L J_c) of docs/MATHEMATICS.md §6.9 on the binary quadrics c(t) = (t₁², t₁t₂, t₂²):
 * J_c = ((2t₁, 0), (t₂, t₁), (0, 2t₂)) has the 2 × 2 minors 2t₁², 4t₁t₂, 2t₂², so it drops rank at t = 0 only.
 * By Cauchy–Binet the witness is a combination of these minors: a quadratic form that vanishes at 0 and, for
 * a random L, at neither (1, 0) nor (0, 1), where J_c has rank 2.
 */
class RankDropWitnessTest {

    private static final Polynomial T1 = Polynomial.variable(2, 0);
    private static final Polynomial T2 = Polynomial.variable(2, 1);

    @Test
    void vanishesExactlyWhereTheJacobianDropsRank() {
        Polynomial[] quadrics = { T1.mul(T1), T1.mul(T2), T2.mul(T2) };
        Polynomial witness = RankDropWitness.of(quadrics, 2, new SplittableRandom(7)).orElseThrow();
        assertTrue(witness.isHomogeneous(), witness.toString());
        assertEquals(2, witness.degree(), witness.toString());
        assertTrue(witness.evaluate(point(0, 0)).isZero());
        assertFalse(witness.evaluate(point(1, 0)).isZero(), witness.toString());
        assertFalse(witness.evaluate(point(0, 1)).isZero(), witness.toString());
    }

    @Test
    void tooManyUnknownsGiveNoWitness() {
        int k = RankDropWitness.MAX_UNKNOWNS + 1;
        Polynomial[] identity = new Polynomial[k];
        for (int i = 0; i < k; i++) {
            identity[i] = Polynomial.variable(k, i);
        }
        assertTrue(RankDropWitness.of(identity, k, new SplittableRandom(1)).isEmpty());
    }

    private static Rational[] point(long a, long b) {
        return new Rational[] { Rational.of(a), Rational.of(b) };
    }
}
