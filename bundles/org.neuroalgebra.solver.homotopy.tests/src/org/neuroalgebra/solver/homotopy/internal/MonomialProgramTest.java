// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

/** The straight-line program behind the double evaluation of a {@link CompiledSystem}. */
class MonomialProgramTest {

    /**
     * F1 = x²y − a·y·z0² + 2z0³ and F2 = xy + a²z0² (homogenized to degrees 3
     * and 2) at x = i, y = 2, z0 = 1, a = 3; values and derivatives by hand.
     */
    @Test
    void valuesAndDerivativesMatchHandComputation() throws PolynomialSyntaxException {
        List<String> names = List.of("x", "y", "a"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Polynomial> equations = new ArrayList<>();
        equations.add(PolynomialParser.parse("x^2*y - a*y + 2", names)); //$NON-NLS-1$
        equations.add(PolynomialParser.parse("x*y + a^2", names)); //$NON-NLS-1$
        CompiledSystem system = new CompiledSystem(equations, 2, new int[] { 3, 2 });
        double[] z = { 0, 1, 2, 0, 1, 0 };
        double[] p = { 3, 0 };
        double[] f = new double[4];
        double[] dz = new double[12];
        double[] dp = new double[4];
        system.newWorkspace().evaluate(z, p, f, dz, dp);
        // F1 = i²·2 − 3·2 + 2 = −6, F2 = 2i + 9
        assertArrayEquals(new double[] { -6, 0, 9, 2 }, f, 1e-14);
        // ∂F1/∂(x, y, z0) = (2xy, x² − a z0², −2a y z0 + 6 z0²) = (4i, −4, −6); ∂F2 = (y, x, 2a² z0) = (2, i, 18)
        assertArrayEquals(new double[] { 0, 4, -4, 0, -6, 0, 2, 0, 0, 1, 18, 0 }, dz, 1e-14);
        // ∂F1/∂a = −y z0² = −2, ∂F2/∂a = 2a z0² = 6
        assertArrayEquals(new double[] { -2, 0, 6, 0 }, dp, 1e-14);
    }

    /**
     * Dense quadrics in (x, y, z0) share their monomials: 1, three linear and
     * six quadratic ones, ten in all however many equations there are, and
     * the linear ones the derivatives need are among them.
     */
    @Test
    void denseEquationsShareTheirMonomials() {
        List<int[]> exponents = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            for (int i = 0; i < 3; i++) {
                for (int j = i; j < 3; j++) {
                    int[] e = new int[3];
                    e[i]++;
                    e[j]++;
                    exponents.add(e);
                    rows.add(row);
                }
            }
        }
        double[] coefficients = new double[rows.size()];
        java.util.Arrays.fill(coefficients, 1);
        MonomialProgram program = new MonomialProgram(rows.stream().mapToInt(Integer::intValue).toArray(), exponents,
                coefficients, 3, 0);
        assertEquals(10, program.monomialCount());
        // each of the 5 × 6 terms adds to one value and, per variable present, to one derivative slot
        assertEquals(30, program.values.monomial.length);
        assertEquals(5 * (3 * 1 + 3 * 2), program.zDerivatives.monomial.length);
    }
}
