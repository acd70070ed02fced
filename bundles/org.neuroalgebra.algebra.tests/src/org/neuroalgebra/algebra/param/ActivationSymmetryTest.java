// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.ActivationSymmetry.AffineSymmetry;

class ActivationSymmetryTest {

    private static ActivationSymmetry of(String sigma) throws Exception {
        return ActivationSymmetry.of(MlpParametrizationTest.sigma(sigma));
    }

    private static void assertReflection(ActivationSymmetry symmetry, Rational c, Rational t, Rational e) {
        List<AffineSymmetry> maps = symmetry.rationalSymmetries();
        assertEquals(1, maps.size(), symmetry.describe());
        AffineSymmetry reflection = maps.get(0);
        assertEquals(new AffineSymmetry(Rational.MINUS_ONE, c, t, e), reflection);
        // the identity σ(−x + c) = t·σ(x) + e, checked by expanding both sides exactly
        assertTrue(reflection.holdsFor(symmetry.activation()), reflection.toString());
    }

    @Test
    void squareHasTheSignFlipInsideItsScalings() throws Exception {
        // (−x)² = x²: s = −1, t = (−1)² = 1; and (λx)² = λ²·x² for every λ ≠ 0
        ActivationSymmetry square = of("x^2");
        assertTrue(square.continuous());
        assertReflection(square, Rational.ZERO, Rational.ONE, Rational.ZERO);
        assertTrue(square.map(Rational.of(3)).holdsFor(square.activation()));
    }

    @Test
    void cubeIsOdd() throws Exception {
        // (−x)³ = −x³: s = −1, t = −1, no shifts
        ActivationSymmetry cube = of("x^3");
        assertTrue(cube.continuous());
        assertReflection(cube, Rational.ZERO, Rational.MINUS_ONE, Rational.ZERO);
    }

    @Test
    void cubicIsPointSymmetricAboutItsInflection() throws Exception {
        // σ = x³ + x²: x0 = −a2/(3·a3) = −1/3, σ(x0) = −1/27 + 1/9 = 2/27, and
        // σ(x0 + u) = u³ − u/3 + 2/27 has b1 ≠ 0 only: g = gcd(3 − 1) = 2; s = −1 gives
        // c = 2·x0 = −2/3, t = −1, e = 2·σ(x0) = 4/27: σ(−x − 2/3) = −σ(x) + 4/27
        ActivationSymmetry cubic = of("x^3 + x^2");
        assertFalse(cubic.continuous());
        assertEquals(2, cubic.rootOrder());
        assertEquals(Rational.of(-1, 3), cubic.center());
        assertEquals(Rational.of(2, 27), cubic.centerValue());
        assertReflection(cubic, Rational.of(-2, 3), Rational.MINUS_ONE, Rational.of(4, 27));
        // the scaling s = 2 is not one: x³ + x² is no shifted power
        assertThrows(IllegalArgumentException.class, () -> cubic.map(Rational.of(2)));
        assertFalse(new AffineSymmetry(Rational.of(2), Rational.of(2, 3), Rational.of(8), Rational.ZERO)
                .holdsFor(cubic.activation()));
    }

    @Test
    void everyCubicHasTheReflection() throws Exception {
        // σ = x³ + x² + x: σ(−1/3 + u) = u³ + 2u/3 − 7/27 (b1 = 1 − 1/3), again g = 2:
        // σ(−x − 2/3) = −σ(x) − 14/27
        ActivationSymmetry cubic = of("x^3 + x^2 + x");
        assertEquals(2, cubic.rootOrder());
        assertEquals(Rational.of(-7, 27), cubic.centerValue());
        assertReflection(cubic, Rational.of(-2, 3), Rational.MINUS_ONE, Rational.of(-14, 27));
    }

    @Test
    void quadraticReflectsAboutItsVertex() throws Exception {
        // σ = x + x²/2 = (x + 1)²/2 − 1/2: vertex x0 = −1; s = −1 gives σ(−x − 2) = σ(x)
        ActivationSymmetry quadratic = of("x + 1/2*x^2");
        assertTrue(quadratic.continuous());
        assertEquals(Rational.MINUS_ONE, quadratic.center());
        assertEquals(Rational.of(-1, 2), quadratic.centerValue());
        assertReflection(quadratic, Rational.of(-2), Rational.ONE, Rational.ZERO);
    }

    @Test
    void quarticWithCoprimeGapsHasNoSymmetry() throws Exception {
        // σ = x⁴ + x² + x: x0 = 0, b2 = b1 = 1, g = gcd(4 − 2, 4 − 1) = 1: only the identity
        ActivationSymmetry quartic = of("x^4 + x^2 + x");
        assertEquals(1, quartic.rootOrder());
        assertTrue(quartic.rationalSymmetries().isEmpty());
        assertFalse(new AffineSymmetry(Rational.MINUS_ONE, Rational.ZERO, Rational.ONE, Rational.ZERO)
                .holdsFor(quartic.activation()));
    }

    @Test
    void quarticPlusLinearHasOnlyComplexSymmetries() throws Exception {
        // σ = x⁴ + x: g = gcd(4 − 1) = 3, σ(ωx) = ω⁴x⁴ + ωx = ω·σ(x) for ω³ = 1; no rational one
        ActivationSymmetry quartic = of("x^4 + x");
        assertEquals(3, quartic.rootOrder());
        assertTrue(quartic.rationalSymmetries().isEmpty());
    }

    @Test
    void neuronsUseTheSymmetriesTheirBiasesAllow() throws Exception {
        ActivationSymmetry cubic = of("x^3 + x^2");
        // x0 = −1/3 ≠ 0: the reflection moves the centre, which needs a bias on the neuron's layer
        assertEquals(2, cubic.neuronOrder(true, true));
        assertEquals(1, cubic.neuronOrder(false, true));
        // σ(x0) ≠ 0 and no bias after: only s with s³ = 1 among s² = 1, i.e. s = 1
        assertEquals(1, cubic.neuronOrder(true, false));
        // x² + 1: centre 0, σ(0) = 1: without a bias after, s² = 1 keeps e = 0 (the sign flip);
        // with one, every scaling works
        ActivationSymmetry shifted = of("x^2 + 1");
        assertEquals(2, shifted.neuronOrder(false, false));
        assertEquals(0, shifted.neuronOrder(false, true));
        assertEquals(0, of("x^3").neuronOrder(false, false));
    }

    @Test
    void affineActivationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> of("2*x + 1"));
    }
}
