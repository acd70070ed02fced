// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

import java.util.Arrays;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * Reverse-mode differentiation over a base ring: every operation on a variable appends one node
 * (its value, at most two parents and the partial derivatives towards them) to a tape, and
 * {@link #gradient(Taped)} sweeps the tape backwards. A gradient costs a small multiple of the
 * evaluation and its memory is the tape, so a network evaluated at a point gives its gradient in
 * all parameters in O(operations), where forward mode ({@link DualRing}) costs O(operations ·
 * parameters). Constants carry no node. Not thread-safe: one tape per thread.
 *
 * @param <T>
 *            the base ring's element type
 */
public final class TapeRing<T> implements Ring<Taped<T>> {

    private static final int NONE = -1;

    private final Ring<T> base;
    private final int leaves;
    private final Taped<T> zero;
    private final Taped<T> one;
    private int size;
    private int[] first = new int[1024];
    private int[] second = new int[1024];
    private Object[] firstPartial = new Object[1024];
    private Object[] secondPartial = new Object[1024];

    /**
     * @param base
     *            the ring of values
     * @param leaves
     *            the number of independent variables; they are the nodes 0 … leaves − 1
     */
    public TapeRing(Ring<T> base, int leaves) {
        this.base = base;
        this.leaves = leaves;
        this.zero = new Taped<>(base.zero(), NONE);
        this.one = new Taped<>(base.one(), NONE);
        reset();
    }

    /** Forgets every node but the leaves, for the next evaluation. */
    public void reset() {
        size = 0;
        for (int i = 0; i < leaves; i++) {
            append(NONE, null, NONE, null);
        }
    }

    /**
     * @param value
     *            the value of the independent variable
     * @param index
     *            its index, below the number of leaves
     * @return the variable
     */
    public Taped<T> variable(T value, int index) {
        if (index < 0 || index >= leaves) {
            throw new IndexOutOfBoundsException(index);
        }
        return new Taped<>(value, index);
    }

    /**
     * @param value
     *            a value
     * @return it as a constant, with no derivative
     */
    public Taped<T> constant(T value) {
        return new Taped<>(value, NONE);
    }

    /**
     * @param output
     *            a value computed on this tape since the last {@link #reset()}
     * @return its gradient with respect to the leaves
     */
    @SuppressWarnings("unchecked")
    public T[] gradient(Taped<T> output) {
        T[] gradient = base.zeros(leaves);
        if (output.node() == NONE) {
            return gradient;
        }
        T[] adjoint = base.zeros(output.node() + 1);
        adjoint[output.node()] = base.one();
        for (int n = output.node(); n >= leaves; n--) {
            T a = adjoint[n];
            if (base.isZero(a)) {
                continue;
            }
            if (first[n] != NONE) {
                adjoint[first[n]] = base.mulAdd(adjoint[first[n]], a, (T) firstPartial[n]);
            }
            if (second[n] != NONE) {
                adjoint[second[n]] = base.mulAdd(adjoint[second[n]], a, (T) secondPartial[n]);
            }
        }
        System.arraycopy(adjoint, 0, gradient, 0, Math.min(leaves, adjoint.length));
        return gradient;
    }

    private int append(int a, T da, int b, T db) {
        if (size == first.length) {
            int capacity = size * 2;
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
            firstPartial = Arrays.copyOf(firstPartial, capacity);
            secondPartial = Arrays.copyOf(secondPartial, capacity);
        }
        first[size] = a;
        firstPartial[size] = da;
        second[size] = b;
        secondPartial[size] = db;
        return size++;
    }

    /** A node for value = da·a + db·b, or a constant when neither is a variable. */
    private Taped<T> node(T value, Taped<T> a, T da, Taped<T> b, T db) {
        boolean useA = a != null && a.node() != NONE && !base.isZero(da);
        boolean useB = b != null && b.node() != NONE && !base.isZero(db);
        if (!useA && !useB) {
            return new Taped<>(value, NONE);
        }
        if (!useB) {
            return new Taped<>(value, append(a.node(), da, NONE, null));
        }
        if (!useA) {
            return new Taped<>(value, append(b.node(), db, NONE, null));
        }
        return new Taped<>(value, append(a.node(), da, b.node(), db));
    }

    @Override
    public Taped<T> zero() {
        return zero;
    }

    @Override
    public Taped<T> one() {
        return one;
    }

    @Override
    public Taped<T> add(Taped<T> a, Taped<T> b) {
        if (b.node() == NONE && base.isZero(b.value())) {
            return a;
        }
        if (a.node() == NONE && base.isZero(a.value())) {
            return b;
        }
        return node(base.add(a.value(), b.value()), a, base.one(), b, base.one());
    }

    @Override
    public Taped<T> sub(Taped<T> a, Taped<T> b) {
        if (b.node() == NONE && base.isZero(b.value())) {
            return a;
        }
        return node(base.sub(a.value(), b.value()), a, base.one(), b, base.neg(base.one()));
    }

    @Override
    public Taped<T> mul(Taped<T> a, Taped<T> b) {
        return node(base.mul(a.value(), b.value()), a, b.value(), b, a.value());
    }

    @Override
    public Taped<T> neg(Taped<T> a) {
        return node(base.neg(a.value()), a, base.neg(base.one()), null, null);
    }

    @Override
    public boolean isZero(Taped<T> a) {
        return a.node() == NONE && base.isZero(a.value());
    }

    @Override
    public Taped<T> fromRational(Rational value) {
        return new Taped<>(base.fromRational(value), NONE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Taped<T>[] zeros(int length) {
        Taped<T>[] a = (Taped<T>[]) new Taped<?>[length];
        Arrays.fill(a, zero);
        return a;
    }
}
