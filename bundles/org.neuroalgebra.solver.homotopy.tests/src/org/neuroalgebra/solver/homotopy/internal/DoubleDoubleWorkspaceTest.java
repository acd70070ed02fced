// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

/** The compiled program interpreted in double and in double-double. */
class DoubleDoubleWorkspaceTest {

    private static final List<String> NAMES = List.of("x", "y", "a");
    private static final String[] EQUATIONS = { "1/3*x^2 + a*y - 1/7", "x*y^3 - 2/3*a^2*x + 5" };
    private static final int[] DEGREES = { 2, 4 };

    private static List<Polynomial> polynomials() throws PolynomialSyntaxException {
        List<Polynomial> result = new ArrayList<>();
        for (String e : EQUATIONS) {
            result.add(PolynomialParser.parse(e, NAMES));
        }
        return result;
    }

    /** At a dyadic real point (exact in double) the values match exact rational evaluation to 32 digits. */
    @Test
    void valuesAgreeWithExactRationalEvaluation() throws PolynomialSyntaxException {
        List<Polynomial> polys = polynomials();
        CompiledSystem system = new CompiledSystem(polys, 2, DEGREES);
        double[] z = new double[12];
        DoubleDouble.set(z, 0, 0.75, 0);
        DoubleDouble.set(z, 4, -0.625, 0);
        DoubleDouble.set(z, 8, 1, 0);
        double[] p = new double[4];
        DoubleDouble.set(p, 0, 0.0625, 0);
        double[] f = new double[8];
        system.newDoubleDoubleWorkspace().evaluate(z, p, f, null, null);
        Rational[] point = { Rational.of(3, 4), Rational.of(-5, 8), Rational.of(1, 16) };
        for (int i = 0; i < polys.size(); i++) {
            Rational exact = polys.get(i).evaluate(point);
            BigDecimal actual = new BigDecimal(f[4 * i]).add(new BigDecimal(f[4 * i + 1]));
            BigDecimal expected = new BigDecimal(exact.numerator()).divide(new BigDecimal(exact.denominator()),
                    new java.math.MathContext(50));
            assertTrue(actual.subtract(expected).abs().doubleValue() < 1e-30, "equation " + i + ": " + actual);
            assertEquals(0, f[4 * i + 2]);
        }
    }

    /** At random complex points both interpreters give the same values and derivatives. */
    @Test
    void derivativesAgreeWithTheDoubleInterpreter() throws PolynomialSyntaxException {
        CompiledSystem system = new CompiledSystem(polynomials(), 2, DEGREES);
        CompiledSystem.Workspace inDouble = system.newWorkspace();
        DoubleDoubleWorkspace inDoubleDouble = system.newDoubleDoubleWorkspace();
        SplittableRandom random = new SplittableRandom(7);
        for (int sample = 0; sample < 20; sample++) {
            double[] z = Interleaved.gaussian(3, random);
            double[] p = Interleaved.gaussian(1, random);
            double[] f = new double[4];
            double[] dz = new double[12];
            double[] dp = new double[4];
            inDouble.evaluate(z, p, f, dz, dp);
            double[] fDd = new double[8];
            double[] dzDd = new double[24];
            double[] dpDd = new double[8];
            inDoubleDouble.evaluate(DoubleDouble.widen(z), DoubleDouble.widen(p), fDd, dzDd, dpDd);
            assertAgree(f, DoubleDouble.round(fDd));
            assertAgree(dz, DoubleDouble.round(dzDd));
            assertAgree(dp, DoubleDouble.round(dpDd));
        }
    }

    private static void assertAgree(double[] expected, double[] actual) {
        double scale = Math.max(1, PathTracker.norm(expected));
        assertTrue(EndgameTracker.distance(expected, actual) < 1e-13 * scale);
    }
}
