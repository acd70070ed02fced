// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import java.math.BigDecimal;

import org.neuroalgebra.algebra.linear.RationalEchelon;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomials;

/**
 * The exact rank of the data matrix A, which is rank Q since Q = AᵀA. Every double input is an
 * exact dyadic rational, so A is built from the same numbers the floating-point side sees, with
 * exact powers, and reduced by Gaussian elimination over Q.
 */
final class ExactRank {

    /** Beyond this many entries exact elimination is not attempted (the result stays uncertified). */
    static final int MAX_ENTRIES = 40_000;

    private ExactRank() {
    }

    /** @return rank A, or -1 when A is too large to reduce exactly */
    static int of(Monomials basis, double[][] inputs) {
        int rows = inputs.length;
        int columns = basis.size();
        if ((long) rows * columns > MAX_ENTRIES) {
            return -1;
        }
        Rational[][] a = new Rational[rows][columns];
        for (int k = 0; k < rows; k++) {
            Rational[] point = new Rational[inputs[k].length];
            for (int v = 0; v < point.length; v++) {
                point[v] = Rational.of(new BigDecimal(inputs[k][v]));
            }
            for (int j = 0; j < columns; j++) {
                Rational value = Rational.ONE;
                int[] exponents = basis.get(j).exponents();
                for (int v = 0; v < exponents.length; v++) {
                    for (int e = 0; e < exponents[v]; e++) {
                        value = value.mul(point[v]);
                    }
                }
                a[k][j] = value;
            }
        }
        return RationalEchelon.of(a).rank();
    }
}
