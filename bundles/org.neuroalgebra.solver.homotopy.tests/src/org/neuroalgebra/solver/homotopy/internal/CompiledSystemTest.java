// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.solver.Complex;

/**
 * The double interpreter of {@link CompiledSystem} against hand-derived
 * derivatives, for terms of one, two and more factors (each has its own
 * evaluator).
 */
class CompiledSystemTest {

    /**
     * F = 2x² − 3xy + 5y − 7 + a·x·y, homogenized to degree 3 with z₀:
     * F = 2x²z₀ − 3xyz₀ + 5yz₀² − 7z₀³ + a·x·y·z₀ (terms of one to four
     * factors), and G = x² − y², of degree 2 (terms of one factor). By hand:
     * ∂F/∂x = 4xz₀ − 3yz₀ + a·y·z₀, ∂F/∂y = −3xz₀ + 5z₀² + a·x·z₀,
     * ∂F/∂z₀ = 2x² − 3xy + 10yz₀ − 21z₀² + a·x·y, ∂F/∂a = x·y·z₀;
     * ∂G/∂x = 2x, ∂G/∂y = −2y, ∂G/∂z₀ = 0, ∂G/∂a = 0.
     */
    @Test
    void valuesAndDerivativesMatchTheHandDerivation() throws PolynomialSyntaxException {
        List<String> names = List.of("x", "y", "a"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Polynomial> polys = List.of(PolynomialParser.parse("2*x^2 - 3*x*y + 5*y - 7 + a*x*y", names), //$NON-NLS-1$
                PolynomialParser.parse("x^2 - y^2", names)); //$NON-NLS-1$
        CompiledSystem system = new CompiledSystem(polys, 2, new int[] { 3, 2 });
        CompiledSystem.Workspace workspace = system.newWorkspace();
        SplittableRandom random = new SplittableRandom(11);
        for (int sample = 0; sample < 10; sample++) {
            double[] z = Interleaved.gaussian(3, random);
            double[] p = Interleaved.gaussian(1, random);
            double[] f = new double[4];
            double[] dz = new double[12];
            double[] dp = new double[4];
            workspace.evaluate(z, p, f, dz, dp);
            Complex[] point = Interleaved.toComplex(z);
            Complex x = point[0];
            Complex y = point[1];
            Complex z0 = point[2];
            Complex a = Interleaved.toComplex(p)[0];
            Complex xz0 = x.mul(z0);
            Complex yz0 = y.mul(z0);
            Complex xy = x.mul(y);
            Complex zz = z0.mul(z0);
            Complex value = times(2, xz0.mul(x)).sub(times(3, xz0.mul(y))).add(times(5, yz0.mul(z0)))
                    .sub(times(7, zz.mul(z0))).add(a.mul(xy).mul(z0));
            assertClose(value, f, 0);
            assertClose(times(4, xz0).sub(times(3, yz0)).add(a.mul(yz0)), dz, 0);
            assertClose(times(-3, xz0).add(times(5, zz)).add(a.mul(xz0)), dz, 1);
            assertClose(times(2, x.mul(x)).sub(times(3, xy)).add(times(10, yz0)).sub(times(21, zz)).add(a.mul(xy)),
                    dz, 2);
            assertClose(xy.mul(z0), dp, 0);
            assertClose(x.mul(x).sub(y.mul(y)), f, 1);
            assertClose(times(2, x), dz, 3);
            assertClose(times(-2, y), dz, 4);
            assertClose(Complex.ZERO, dz, 5);
            assertClose(Complex.ZERO, dp, 1);
        }
    }

    /** Without derivatives requested, the values are the same numbers. */
    @Test
    void valuesDoNotDependOnWhetherDerivativesAreRequested() throws PolynomialSyntaxException {
        List<String> names = List.of("x", "y"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Polynomial> polys = List.of(PolynomialParser.parse("3*x^2*y - x*y + 2*y^3 - 1", names), //$NON-NLS-1$
                PolynomialParser.parse("x - 4*y^2", names)); //$NON-NLS-1$
        CompiledSystem system = new CompiledSystem(polys, 2, new int[] { 3, 2 });
        CompiledSystem.Workspace workspace = system.newWorkspace();
        double[] z = Interleaved.gaussian(3, new SplittableRandom(5));
        double[] withDerivatives = new double[4];
        double[] valuesOnly = new double[4];
        workspace.evaluate(z, new double[0], withDerivatives, new double[12], null);
        workspace.evaluate(z, new double[0], valuesOnly, null, null);
        for (int i = 0; i < 4; i++) {
            assertEquals(Double.doubleToRawLongBits(withDerivatives[i]), Double.doubleToRawLongBits(valuesOnly[i]));
        }
    }

    /**
     * Without parameters the values come from ∂F/∂z by Euler's identity (3F = x ∂F/∂x + y ∂F/∂y +
     * z₀ ∂F/∂z₀ for F of degree 3), except for an equation that is not homogeneous of positive
     * degree: F = 2x²z₀ − 3xyz₀ + 5yz₀² − 7z₀³ by hand, and the constant equation 4 (degree 0).
     */
    @Test
    void valuesByEulersIdentityMatchTheHandDerivation() throws PolynomialSyntaxException {
        List<String> names = List.of("x", "y"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Polynomial> polys = List.of(PolynomialParser.parse("2*x^2 - 3*x*y + 5*y - 7", names), //$NON-NLS-1$
                PolynomialParser.parse("4", names)); //$NON-NLS-1$
        CompiledSystem system = new CompiledSystem(polys, 2, new int[] { 3, 0 });
        CompiledSystem.Workspace workspace = system.newWorkspace();
        SplittableRandom random = new SplittableRandom(13);
        for (int sample = 0; sample < 10; sample++) {
            double[] z = Interleaved.gaussian(3, random);
            double[] f = new double[4];
            workspace.evaluate(z, new double[0], f, new double[12], null);
            Complex[] point = Interleaved.toComplex(z);
            Complex x = point[0];
            Complex y = point[1];
            Complex z0 = point[2];
            Complex value = times(2, x.mul(x).mul(z0)).sub(times(3, x.mul(y).mul(z0))).add(times(5, y.mul(z0).mul(z0)))
                    .sub(times(7, z0.mul(z0).mul(z0)));
            assertClose(value, f, 0);
            assertClose(Complex.real(4), f, 1);
        }
    }

    /**
     * The double evaluation computes each monomial once for all equations and derivatives. A dense
     * quadric in n variables, homogenized, has the C(n + 2, 2) monomials of degree 2 in n + 1
     * coordinates, and its derivatives need the n + 1 of degree 1 and the constant 1: with n = 4,
     * 15 + 5 + 1 = 21 monomials, whether there is one dense quadric or four.
     */
    @Test
    void monomialsAreSharedByAllEquationsAndDerivatives() throws PolynomialSyntaxException {
        List<String> names = List.of("a", "b", "c", "d"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        StringBuilder dense = new StringBuilder("1"); //$NON-NLS-1$
        for (int i = 0; i < names.size(); i++) {
            dense.append(" + ").append(i + 2).append('*').append(names.get(i)); //$NON-NLS-1$
            for (int j = i; j < names.size(); j++) {
                dense.append(" + ").append(i + j + 3).append('*').append(names.get(i)).append('*').append(names.get(j)); //$NON-NLS-1$
            }
        }
        Polynomial quadric = PolynomialParser.parse(dense.toString(), names);
        assertEquals(15, quadric.terms().size());
        CompiledSystem one = new CompiledSystem(List.of(quadric, PolynomialParser.parse("a", names), //$NON-NLS-1$
                PolynomialParser.parse("b", names), PolynomialParser.parse("c", names)), 4, new int[] { 2, 2, 2, 2 }); //$NON-NLS-1$ //$NON-NLS-2$
        CompiledSystem four = new CompiledSystem(List.of(quadric, quadric, quadric, quadric), 4, new int[] { 2, 2, 2, 2 });
        assertEquals(21, one.monomialCount());
        assertEquals(21, four.monomialCount());
    }

    private static Complex times(int factor, Complex c) {
        return Complex.real(factor).mul(c);
    }

    private static void assertClose(Complex expected, double[] actual, int index) {
        double error = Math.hypot(actual[2 * index] - expected.re(), actual[2 * index + 1] - expected.im());
        assertTrue(error <= 1e-13 * Math.max(1, Math.hypot(expected.re(), expected.im())),
                "entry " + index + ": " + actual[2 * index] + " + " + actual[2 * index + 1] + "i, expected " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + expected);
    }
}
