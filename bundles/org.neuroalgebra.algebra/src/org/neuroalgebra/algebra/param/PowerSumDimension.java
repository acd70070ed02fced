// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigInteger;

import org.neuroalgebra.algebra.poly.Monomials;

/**
 * The dimension of the variety of sums of k r-th powers of linear forms in n
 * variables, {Σ_{j ≤ k} v_j (w_j·x)^r}: the affine cone over the k-th secant
 * variety of the Veronese variety ν_r(P^{n−1}).
 * <p>
 * By the theorem of Alexander and Hirschowitz it has the expected dimension
 * min(k·n, C(n + r − 1, r)) except in the classified defective cases
 * (docs/MATHEMATICS.md §3.1): r = 2 with 2 ≤ k ≤ n − 1 (symmetric matrices of
 * rank ≤ k, dimension kn − k(k − 1)/2), and the four cases (n, r, k) = (5, 3,
 * 7), (3, 4, 5), (4, 4, 9), (5, 4, 14), whose dimension is one less than
 * expected. The value is exact, so as an upper bound for a network it is as
 * strong as any; the only way a network does better is a smaller image.
 */
final class PowerSumDimension {

    private static final int[][] DEFECTIVE_CUBICS_AND_QUARTICS = { { 5, 3, 7 }, { 3, 4, 5 }, { 4, 4, 9 },
            { 5, 4, 14 } };

    private PowerSumDimension() {
    }

    /**
     * @param n
     *            the number of variables (≥ 1)
     * @param r
     *            the power (≥ 2)
     * @param k
     *            the number of summands (≥ 1)
     * @return the dimension, saturated at Long.MAX_VALUE
     */
    static long of(int n, int r, int k) {
        BigInteger forms = Monomials.count(n, r, true);
        long span = forms.bitLength() < 63 ? forms.longValue() : Long.MAX_VALUE;
        if (r == 2 && k < n) {
            return (long) k * n - (long) k * (k - 1) / 2;
        }
        long expected = Math.min((long) k * n, span);
        return isDefective(n, r, k) ? expected - 1 : expected;
    }

    /** @return whether (n, r, k) is one of the exceptions of Alexander–Hirschowitz with r ≥ 3 */
    static boolean isDefective(int n, int r, int k) {
        for (int[] exception : DEFECTIVE_CUBICS_AND_QUARTICS) {
            if (exception[0] == n && exception[1] == r && exception[2] == k) {
                return true;
            }
        }
        return false;
    }
}
