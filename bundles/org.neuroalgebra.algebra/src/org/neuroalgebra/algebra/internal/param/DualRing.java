// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

import java.util.Arrays;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * Dual numbers over a base ring with a gradient of fixed length: evaluating a
 * polynomial map over this ring at (θ, unit vectors) gives its value and its
 * exact Jacobian in one pass (forward-mode automatic differentiation).
 *
 * @param <T>
 *            the base ring's element type
 */
public final class DualRing<T> implements Ring<Dual<T>> {

    private final Ring<T> base;
    private final int dimension;
    private final Dual<T> zero;
    private final Dual<T> one;

    /**
     * @param base
     *            the ring of values
     * @param dimension
     *            the gradient length (number of parameters)
     */
    public DualRing(Ring<T> base, int dimension) {
        this.base = base;
        this.dimension = dimension;
        this.zero = new Dual<>(base.zero(), null);
        this.one = new Dual<>(base.one(), null);
    }

    /**
     * @param value
     *            a value
     * @param index
     *            the parameter it stands for
     * @return value + ε_index
     */
    public Dual<T> variable(T value, int index) {
        T[] g = base.zeros(dimension);
        g[index] = base.one();
        return new Dual<>(value, g);
    }

    @Override
    public Dual<T> zero() {
        return zero;
    }

    @Override
    public Dual<T> one() {
        return one;
    }

    @Override
    public Dual<T> add(Dual<T> a, Dual<T> b) {
        return new Dual<>(base.add(a.value(), b.value()), combine(base.one(), a.gradient(), base.one(), b.gradient()));
    }

    @Override
    public Dual<T> sub(Dual<T> a, Dual<T> b) {
        return add(a, neg(b));
    }

    @Override
    public Dual<T> mul(Dual<T> a, Dual<T> b) {
        // (u + u'ε)(v + v'ε) = uv + (u v' + v u')ε
        return new Dual<>(base.mul(a.value(), b.value()), combine(b.value(), a.gradient(), a.value(), b.gradient()));
    }

    @Override
    public Dual<T> mulAdd(Dual<T> acc, Dual<T> a, Dual<T> b) {
        // acc + ab with a single gradient array: acc' + u v' + v u'
        T value = base.mulAdd(acc.value(), a.value(), b.value());
        T[] ga = a.gradient();
        T[] gb = b.gradient();
        boolean useA = ga != null && !base.isZero(b.value());
        boolean useB = gb != null && !base.isZero(a.value());
        if (!useA && !useB) {
            return new Dual<>(value, acc.gradient());
        }
        T[] g = acc.gradient() == null ? base.zeros(dimension) : acc.gradient().clone();
        for (int i = 0; i < dimension; i++) {
            if (useA) {
                g[i] = base.mulAdd(g[i], b.value(), ga[i]);
            }
            if (useB) {
                g[i] = base.mulAdd(g[i], a.value(), gb[i]);
            }
        }
        return new Dual<>(value, g);
    }

    private T[] combine(T s, T[] x, T t, T[] y) {
        boolean useX = x != null && !base.isZero(s);
        boolean useY = y != null && !base.isZero(t);
        if (!useX && !useY) {
            return null;
        }
        T[] g = base.zeros(dimension);
        for (int i = 0; i < dimension; i++) {
            T sum = useX ? base.mul(s, x[i]) : base.zero();
            g[i] = useY ? base.add(sum, base.mul(t, y[i])) : sum;
        }
        return g;
    }

    @Override
    public Dual<T> neg(Dual<T> a) {
        return new Dual<>(base.neg(a.value()), combine(base.neg(base.one()), a.gradient(), base.zero(), null));
    }

    @Override
    public boolean isZero(Dual<T> a) {
        return a.gradient() == null && base.isZero(a.value());
    }

    @Override
    public Dual<T> fromRational(Rational value) {
        return new Dual<>(base.fromRational(value), null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Dual<T>[] zeros(int length) {
        Dual<T>[] a = (Dual<T>[]) new Dual<?>[length];
        Arrays.fill(a, zero);
        return a;
    }
}
