// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.number;

/**
 * A commutative ring with unit, as a strategy object over an element type T,
 * so that one algorithm (say, forward propagation through a network) runs
 * unchanged in floating point, modulo a prime, over the rationals, or over
 * dual numbers for exact derivatives.
 *
 * @param <T>
 *            the element type; elements are treated as immutable
 */
public interface Ring<T> {

    /** Floating-point arithmetic. */
    Ring<Double> DOUBLE = new DoubleRing();

    /** Exact rational arithmetic. */
    Ring<Rational> RATIONAL = new RationalRing();

    /**
     * @param p
     *            a prime at most {@link ModP#MAX_PRIME}
     * @return arithmetic in Z/p, elements are residues in [0, p)
     */
    static Ring<Long> modP(long p) {
        return new ModPRing(p);
    }

    /** @return the additive unit */
    T zero();

    /** @return the multiplicative unit */
    T one();

    /** @return a + b */
    T add(T a, T b);

    /** @return a − b */
    T sub(T a, T b);

    /** @return a · b */
    T mul(T a, T b);

    /** @return −a */
    T neg(T a);

    /**
     * The inner step of every polynomial product; rings whose elements are
     * expensive to allocate override it to do it in one step.
     *
     * @return acc + a · b
     */
    default T mulAdd(T acc, T a, T b) {
        return add(acc, mul(a, b));
    }

    /**
     * Used to skip work on zero entries, so a false "not zero" is harmless
     * but a false "zero" is a bug.
     *
     * @return true if a is exactly zero
     */
    boolean isZero(T a);

    /**
     * @param value
     *            a rational number
     * @return its image in this ring
     * @throws ArithmeticException
     *             if the denominator is not invertible here
     */
    T fromRational(Rational value);

    /**
     * @param length
     *            array length
     * @return a new array of that length filled with {@link #zero()}
     */
    T[] zeros(int length);
}
