// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.Arrays;

/**
 * A polynomial in a network's inputs with coefficients in some ring, as it flows from layer to
 * layer in a {@link LayerStackParametrization}: dense coefficients in the working order of the
 * stack's polynomial space, and a bound on its degree. Values are created and combined only by
 * {@link SignalRing}.
 *
 * @param <T>
 *            the coefficient type
 */
public final class Signal<T> {

    final T[] coefficients;
    final int degree;

    Signal(T[] coefficients, int degree) {
        this.coefficients = coefficients;
        this.degree = degree;
    }

    /** @return the bound on the degree this signal was computed with */
    public int degree() {
        return degree;
    }

    @Override
    public String toString() {
        return "signal of degree ≤ " + degree + " " + Arrays.toString(coefficients); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
