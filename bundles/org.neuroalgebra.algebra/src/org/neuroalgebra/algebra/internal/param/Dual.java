// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

/**
 * A dual number value + Σ gradient_i ε_i with ε_i ε_j = 0: an element of the
 * ring in which forward-mode differentiation is plain arithmetic.
 *
 * @param <T>
 *            the base ring's element type
 */
public final class Dual<T> {

    private final T value;
    /** null means the zero gradient (a constant), which saves most of the work. */
    private final T[] gradient;

    /**
     * @param value
     *            the value
     * @param gradient
     *            the gradient, or null for a constant; not copied
     */
    public Dual(T value, T[] gradient) {
        this.value = value;
        this.gradient = gradient;
    }

    /** @return the value */
    public T value() {
        return value;
    }

    /** @return the gradient, or null for a constant; do not modify */
    public T[] gradient() {
        return gradient;
    }
}
