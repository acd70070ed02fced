// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import org.neuroalgebra.algebra.internal.param.DensePolynomialSpace;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * Applies a univariate activation σ to a dense polynomial during forward
 * propagation, in any ring.
 */
final class LayerActivation {

    private LayerActivation() {
    }

    /**
     * σ(z) by Horner's rule: (…(c_r z + c_{r−1}) z + …) z + c_0.
     *
     * @param degree
     *            the degree bound of z; the result has degree at most
     *            r · degree
     */
    static <T> T[] apply(Ring<T> ring, DensePolynomialSpace space, Activation sigma, T[] z, int degree) {
        Rational[] c = sigma.coefficients();
        int r = c.length - 1;
        T[] acc = ring.zeros(1);
        acc[0] = ring.fromRational(c[r]);
        int accDegree = 0;
        for (int k = r - 1; k >= 0; k--) {
            acc = space.multiply(ring, acc, accDegree, z, degree);
            accDegree += degree;
            if (!c[k].isZero()) {
                acc[0] = ring.add(acc[0], ring.fromRational(c[k]));
            }
        }
        return acc;
    }
}
