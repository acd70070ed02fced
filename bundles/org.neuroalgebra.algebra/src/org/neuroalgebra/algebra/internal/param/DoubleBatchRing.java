// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

import java.util.Arrays;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * Floating point applied to a batch of values at once, entrywise, as {@link ModPBatchRing} does
 * modulo p. Elements are never modified after they are made.
 */
public final class DoubleBatchRing implements Ring<double[]> {

    private final int size;
    private final double[] zero;
    private final double[] one;

    /**
     * @param size
     *            the batch size, the length of every element
     */
    public DoubleBatchRing(int size) {
        this.size = size;
        this.zero = new double[size];
        this.one = constant(1);
    }

    /**
     * @param value
     *            a value
     * @return the element with that value at every point
     */
    public double[] constant(double value) {
        double[] c = new double[size];
        Arrays.fill(c, value);
        return c;
    }

    @Override
    public double[] zero() {
        return zero;
    }

    @Override
    public double[] one() {
        return one;
    }

    @Override
    public double[] add(double[] a, double[] b) {
        double[] r = new double[size];
        for (int i = 0; i < size; i++) {
            r[i] = a[i] + b[i];
        }
        return r;
    }

    @Override
    public double[] sub(double[] a, double[] b) {
        double[] r = new double[size];
        for (int i = 0; i < size; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    @Override
    public double[] mul(double[] a, double[] b) {
        double[] r = new double[size];
        for (int i = 0; i < size; i++) {
            r[i] = a[i] * b[i];
        }
        return r;
    }

    @Override
    public double[] mulAdd(double[] acc, double[] a, double[] b) {
        double[] r = new double[size];
        for (int i = 0; i < size; i++) {
            r[i] = acc[i] + a[i] * b[i];
        }
        return r;
    }

    @Override
    public double[] neg(double[] a) {
        double[] r = new double[size];
        for (int i = 0; i < size; i++) {
            r[i] = -a[i];
        }
        return r;
    }

    @Override
    public boolean isZero(double[] a) {
        for (double v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] fromRational(Rational value) {
        return constant(Ring.DOUBLE.fromRational(value));
    }

    @Override
    public double[][] zeros(int length) {
        double[][] a = new double[length][];
        Arrays.fill(a, zero);
        return a;
    }
}
