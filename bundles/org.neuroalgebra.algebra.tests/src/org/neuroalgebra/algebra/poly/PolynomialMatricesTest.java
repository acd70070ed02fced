// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Determinants and minors against expansions known by hand. */
class PolynomialMatricesTest {

    private static final List<String> XYZ = List.of("x", "y", "z"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static Polynomial p(String text) throws PolynomialSyntaxException {
        return PolynomialParser.parse(text, XYZ);
    }

    @Test
    void vandermondeDeterminantIsTheProductOfDifferences() throws Exception {
        Polynomial[][] vandermonde = { { p("1"), p("x"), p("x^2") }, { p("1"), p("y"), p("y^2") }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                { p("1"), p("z"), p("z^2") } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(p("(y - x)*(z - x)*(z - y)"), PolynomialMatrices.determinant(vandermonde)); //$NON-NLS-1$
    }

    @Test
    void twoByTwoMinorsOfATwoByThreeMatrix() throws Exception {
        // rows (x, y, z) and (1, 2, 3): the minors are the coordinates of the cross product
        Polynomial[][] matrix = { { p("x"), p("y"), p("z") }, { p("1"), p("2"), p("3") } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(List.of(p("2*x - y"), p("3*x - z"), p("3*y - 2*z")), PolynomialMatrices.minors(matrix, 2)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(6, PolynomialMatrices.minors(matrix, 1).size());
    }

    @Test
    void impossibleSizesAreRefused() throws Exception {
        Polynomial[][] matrix = { { p("x"), p("y") } }; //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(IllegalArgumentException.class, () -> PolynomialMatrices.determinant(matrix));
        assertThrows(IllegalArgumentException.class, () -> PolynomialMatrices.minors(matrix, 2));
    }
}
