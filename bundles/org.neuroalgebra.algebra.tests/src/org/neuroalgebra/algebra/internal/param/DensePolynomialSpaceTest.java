// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Ring;

/** Products of dense polynomials, and the interrupt that stops a long expansion. */
class DensePolynomialSpaceTest {

    private static final Ring<Long> MOD_P = Ring.modP(101);

    @Test
    void theSquareOfXPlusYHasTheBinomialCoefficients() {
        DensePolynomialSpace space = new DensePolynomialSpace(2, 2);
        Long[] sum = MOD_P.zeros(space.size(1));
        DensePolynomialSpace.addScaled(MOD_P, sum, 1L, space.variable(MOD_P, 0));
        DensePolynomialSpace.addScaled(MOD_P, sum, 1L, space.variable(MOD_P, 1));
        Long[] square = space.multiply(MOD_P, sum, 1, sum, 1);
        // (x + y)² = x² + 2xy + y²: coefficients 1, 2, 1 in degree 2, nothing below
        long[] sorted = java.util.Arrays.stream(square).mapToLong(Long::longValue).sorted().toArray();
        assertEquals("[0, 0, 0, 1, 1, 2]", java.util.Arrays.toString(sorted)); //$NON-NLS-1$
    }

    @Test
    void anInterruptedThreadStopsExpandingAndKeepsItsFlag() {
        DensePolynomialSpace space = new DensePolynomialSpace(2, 2);
        Long[] x = space.variable(MOD_P, 0);
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> space.multiply(MOD_P, x, 1, x, 1));
            assertTrue(Thread.currentThread().isInterrupted(), "the caller still sees the interrupt"); //$NON-NLS-1$
        } finally {
            Thread.interrupted();
        }
    }
}
