// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * The building blocks most {@link LayerMap}s are made of, written once in ring operations.
 */
public final class LayerMaps {

    private LayerMaps() {
    }

    /**
     * z = W h + b with W read row by row from {@code parameters} starting at {@code offset}, then
     * b (if {@code bias}).
     *
     * @param <S>
     *            the signal type
     * @param rows
     *            the number of outputs
     * @param bias
     *            whether a bias vector follows W
     * @return the {@code rows} outputs; the parameters used are {@code rows·h.length} (+ rows)
     */
    public static <S> S[] affine(Ring<S> ring, S[] parameters, int offset, S[] h, int rows, boolean bias) {
        int cols = h.length;
        S[] z = ring.zeros(rows);
        for (int j = 0; j < rows; j++) {
            S sum = ring.zero();
            for (int k = 0; k < cols; k++) {
                sum = ring.add(sum, ring.mul(parameters[offset + j * cols + k], h[k]));
            }
            if (bias) {
                sum = ring.add(sum, parameters[offset + rows * cols + j]);
            }
            z[j] = sum;
        }
        return z;
    }

    /**
     * σ(z) by Horner's rule.
     *
     * @param <S>
     *            the signal type
     * @param sigma
     *            a univariate polynomial
     * @return σ(z)
     */
    public static <S> S activate(Ring<S> ring, Polynomial sigma, S z) {
        Rational[] c = sigma.univariateCoefficients();
        S acc = ring.fromRational(c[c.length - 1]);
        for (int k = c.length - 2; k >= 0; k--) {
            acc = ring.mul(acc, z);
            if (!c[k].isZero()) {
                acc = ring.add(acc, ring.fromRational(c[k]));
            }
        }
        return acc;
    }

    /** @return σ applied to each signal */
    public static <S> S[] activate(Ring<S> ring, Polynomial sigma, S[] z) {
        S[] out = ring.zeros(z.length);
        for (int i = 0; i < z.length; i++) {
            out[i] = activate(ring, sigma, z[i]);
        }
        return out;
    }
}
