// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.filling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.analysis.internal.ProportionInterval;

/** The closed forms of docs/MATHEMATICS.md §3.2 against each other and against plain sampling of discriminants. */
class GaussianRootFractionsTest {

    @Test
    void theQuadricFractionAgreesByKacRiceAndByTheSphere() {
        // two independent derivations of P(c1^2 >= 4 c0 c2): E N_2 / 2 and the cone on the sphere
        assertEquals(GaussianRootFractions.quadricRealRootsBySphere(), GaussianRootFractions.quadricRealRoots(), 1e-10);
        assertEquals(0.64851, GaussianRootFractions.quadricRealRoots(), 1e-5);
    }

    @Test
    void kacRiceGivesTheKnownSmallDegrees() {
        // degree 1: the root -c1/c0 is always real, E N_1 = 1
        assertEquals(1, GaussianRootFractions.expectedRealRoots(1), 1e-10);
        // E N_3 lies between 1 and 3, and (3 - E N_3)/2 is the one-root fraction
        double n3 = GaussianRootFractions.expectedRealRoots(3);
        assertEquals((3 - n3) / 2, GaussianRootFractions.cubicOneRealRoot(), 1e-15);
        assertEquals(0.75362, GaussianRootFractions.cubicOneRealRoot(), 1e-5);
    }

    @Test
    void discriminantSignsOfSampledFormsMatchTheClosedForms() {
        // 200000 Gaussian quadrics and cubics, each decided by the exact criterion: the 99.9% interval
        // (z = 3.29) contains the closed forms
        SplittableRandom random = new SplittableRandom(11);
        int n = 200_000;
        int quadrics = 0;
        int cubics = 0;
        for (int k = 0; k < n; k++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            double c = random.nextGaussian();
            double d = random.nextGaussian();
            quadrics += b * b >= 4 * a * c ? 1 : 0;
            cubics += b * b * c * c - 4 * a * c * c * c - 4 * b * b * b * d - 27 * a * a * d * d + 18 * a * b * c * d < 0 ? 1 : 0;
        }
        ProportionInterval quadric = ProportionInterval.wilson(quadrics, n, 3.29);
        ProportionInterval cubic = ProportionInterval.wilson(cubics, n, 3.29);
        assertTrue(quadric.contains(GaussianRootFractions.quadricRealRoots()), quadric.toString());
        assertTrue(cubic.contains(GaussianRootFractions.cubicOneRealRoot()), cubic.toString());
    }

    @Test
    void theCubicCriterionSeparatesOneRootThreeRootsCubesAndDoubleRoots() {
        // x^3 + y^3 = (x + y)(x^2 - xy + y^2): one real root, a sum of two cubes
        assertTrue(cubic(1, 0, 0, 1));
        // x^3 - x y^2 = x(x - y)(x + y): three real roots, real Waring rank 3
        assertFalse(cubic(1, 0, -1, 0));
        // (x + 2y)^3 = x^3 + 6x^2y + 12xy^2 + 8y^3: a cube, discriminant 0, rank 1
        assertTrue(cubic(1, 6, 12, 8));
        // x^2 y: a double root, discriminant 0, rank 3 even over C
        assertFalse(cubic(0, 1, 0, 0));
        // x^2 + y^2 has complex roots, x^2 - y^2 real ones, x^2 a double real root
        assertFalse(ClosedFormFilling.quadricHasRealRoots(Rational.ONE, Rational.ZERO, Rational.ONE));
        assertTrue(ClosedFormFilling.quadricHasRealRoots(Rational.ONE, Rational.ZERO, Rational.of(-1)));
        assertTrue(ClosedFormFilling.quadricHasRealRoots(Rational.ONE, Rational.ZERO, Rational.ZERO));
    }

    private static boolean cubic(long a, long b, long c, long d) {
        return ClosedFormFilling.cubicIsSumOfTwoRealCubes(Rational.of(a), Rational.of(b), Rational.of(c), Rational.of(d));
    }
}
