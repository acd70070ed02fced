// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

import java.util.Arrays;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * Z/p applied to a batch of values at once: an element is a vector of residues, one per point of
 * a batch, and every operation acts entrywise. A network evaluated over this ring (and over a
 * {@link TapeRing} on top of it) is evaluated at a whole batch of inputs in one pass, with the
 * arithmetic in primitive loops instead of one boxed value per operation. Elements are never
 * modified after they are made.
 */
public final class ModPBatchRing implements Ring<long[]> {

    private final long p;
    private final Ring<Long> scalars;
    private final int size;
    private final long[] zero;
    private final long[] one;

    /**
     * @param p
     *            a prime at most 2³¹ − 1
     * @param size
     *            the batch size, the length of every element
     */
    public ModPBatchRing(long p, int size) {
        this.p = p;
        this.scalars = Ring.modP(p);
        this.size = size;
        this.zero = new long[size];
        this.one = constant(1);
    }

    /**
     * @param value
     *            a residue in [0, p)
     * @return the element with that value at every point
     */
    public long[] constant(long value) {
        long[] c = new long[size];
        Arrays.fill(c, value);
        return c;
    }

    @Override
    public long[] zero() {
        return zero;
    }

    @Override
    public long[] one() {
        return one;
    }

    @Override
    public long[] add(long[] a, long[] b) {
        long[] r = new long[size];
        for (int i = 0; i < size; i++) {
            long s = a[i] + b[i];
            r[i] = s >= p ? s - p : s;
        }
        return r;
    }

    @Override
    public long[] sub(long[] a, long[] b) {
        long[] r = new long[size];
        for (int i = 0; i < size; i++) {
            long s = a[i] - b[i];
            r[i] = s < 0 ? s + p : s;
        }
        return r;
    }

    @Override
    public long[] mul(long[] a, long[] b) {
        long[] r = new long[size];
        for (int i = 0; i < size; i++) {
            r[i] = a[i] * b[i] % p;
        }
        return r;
    }

    @Override
    public long[] mulAdd(long[] acc, long[] a, long[] b) {
        long[] r = new long[size];
        for (int i = 0; i < size; i++) {
            // acc < p and a·b < 2⁶², so the sum fits in a long
            r[i] = (acc[i] + a[i] * b[i]) % p;
        }
        return r;
    }

    @Override
    public long[] neg(long[] a) {
        long[] r = new long[size];
        for (int i = 0; i < size; i++) {
            r[i] = a[i] == 0 ? 0 : p - a[i];
        }
        return r;
    }

    @Override
    public boolean isZero(long[] a) {
        for (long v : a) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long[] fromRational(Rational value) {
        return constant(scalars.fromRational(value));
    }

    @Override
    public long[][] zeros(int length) {
        long[][] a = new long[length][];
        Arrays.fill(a, zero);
        return a;
    }
}
