// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import org.neuroalgebra.algebra.internal.param.DensePolynomialSpace;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * The ring of {@link Signal}s: polynomials of degree at most D in the network's inputs with
 * coefficients in a ring T. Layers compute in it without knowing T.
 *
 * @param <T>
 *            the coefficient type
 */
public final class SignalRing<T> implements Ring<Signal<T>> {

    private final Ring<T> coefficients;
    private final DensePolynomialSpace space;
    private final int maxDegree;

    SignalRing(Ring<T> coefficients, DensePolynomialSpace space, int maxDegree) {
        this.coefficients = coefficients;
        this.space = space;
        this.maxDegree = maxDegree;
    }

    /** @return the ring of the coefficients */
    public Ring<T> coefficientRing() {
        return coefficients;
    }

    Signal<T> variable(int index) {
        return new Signal<>(space.variable(coefficients, index), 1);
    }

    /** @return the constant signal of a coefficient, e.g. a parameter */
    public Signal<T> constant(T value) {
        T[] c = coefficients.zeros(1);
        c[0] = value;
        return new Signal<>(c, 0);
    }

    @Override
    public Signal<T> zero() {
        return constant(coefficients.zero());
    }

    @Override
    public Signal<T> one() {
        return constant(coefficients.one());
    }

    @Override
    public Signal<T> add(Signal<T> a, Signal<T> b) {
        return combine(a, b, false);
    }

    @Override
    public Signal<T> sub(Signal<T> a, Signal<T> b) {
        return combine(a, b, true);
    }

    private Signal<T> combine(Signal<T> a, Signal<T> b, boolean subtract) {
        int degree = Math.max(a.degree, b.degree);
        T[] sum = coefficients.zeros(space.size(degree));
        System.arraycopy(a.coefficients, 0, sum, 0, a.coefficients.length);
        for (int i = 0; i < b.coefficients.length; i++) {
            sum[i] = subtract ? coefficients.sub(sum[i], b.coefficients[i]) : coefficients.add(sum[i], b.coefficients[i]);
        }
        return new Signal<>(sum, degree);
    }

    @Override
    public Signal<T> mul(Signal<T> a, Signal<T> b) {
        if (a.degree == 0) {
            return scale(a.coefficients[0], b);
        }
        if (b.degree == 0) {
            return scale(b.coefficients[0], a);
        }
        int degree = a.degree + b.degree;
        if (degree > maxDegree) {
            throw new IllegalStateException("a layer computed a polynomial of degree " + degree //$NON-NLS-1$
                    + " although the layers declared at most " + maxDegree + " (LayerMap.degree() is too small)"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new Signal<>(space.multiply(coefficients, a.coefficients, a.degree, b.coefficients, b.degree), degree);
    }

    private Signal<T> scale(T factor, Signal<T> signal) {
        T[] scaled = coefficients.zeros(signal.coefficients.length);
        DensePolynomialSpace.addScaled(coefficients, scaled, factor, signal.coefficients);
        return new Signal<>(scaled, signal.degree);
    }

    @Override
    public Signal<T> neg(Signal<T> a) {
        T[] negated = coefficients.zeros(a.coefficients.length);
        for (int i = 0; i < negated.length; i++) {
            negated[i] = coefficients.neg(a.coefficients[i]);
        }
        return new Signal<>(negated, a.degree);
    }

    @Override
    public boolean isZero(Signal<T> a) {
        for (T c : a.coefficients) {
            if (!coefficients.isZero(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Signal<T> fromRational(Rational value) {
        return constant(coefficients.fromRational(value));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Signal<T>[] zeros(int length) {
        Signal<T>[] signals = new Signal[length];
        for (int i = 0; i < length; i++) {
            signals[i] = zero();
        }
        return signals;
    }
}
