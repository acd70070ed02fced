// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.implicit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.linear.RationalReconstruction;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Monomial;

/**
 * The gradings of the coordinate ring of M that come from weighted scalings of
 * the parameters (docs/MATHEMATICS.md §8.1).
 * <p>
 * If scaling θ_j by t^{u_j} scales every coordinate c_k(θ) by t^{w_k}, then M
 * is invariant under the torus c_k ↦ t^{w_k} c_k, so its ideal is spanned by
 * w-homogeneous polynomials and the interpolation in one degree splits into
 * independent blocks, one per w-degree. By Euler's relation for weighted
 * homogeneous polynomials such (u, w) are exactly the solutions of
 * J(θ)·diag(θ)·u = diag(c(θ))·w for all θ. Input scalings of a network are
 * always among them (a Z^{d_0} grading of the coefficients of forms in d_0
 * variables).
 * <p>
 * The solutions are computed modulo a prime at two random points, so a
 * grading is found with high probability, not proven. That is all the method
 * needs: every equation is still verified exactly, and the completeness proof
 * of a hypersurface holds for any grading (the factors of a homogeneous
 * polynomial are homogeneous, so a generator of lower degree would have been
 * found in its block).
 */
final class Grading {

    private static final int POINTS = 2;
    private static final long SAMPLE_BOUND = 1L << 30;

    private final long[][] weights;

    private Grading(long[][] weights) {
        this.weights = weights;
    }

    static Grading of(Parametrization parametrization, long seed) {
        int ambient = parametrization.ambientDimension();
        int n = parametrization.parameterCount();
        long p = ModP.PRIME_1;
        SplittableRandom random = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
        // columns: w (ambient) first, so that the reduced echelon form of the w-part is canonical
        long[][] rows = new long[POINTS * ambient][ambient + n];
        for (int point = 0; point < POINTS; point++) {
            long[] theta = new long[n];
            for (int j = 0; j < n; j++) {
                theta[j] = random.nextLong(-SAMPLE_BOUND, SAMPLE_BOUND + 1);
            }
            long[][] jacobian = parametrization.jacobian(theta, p);
            long[] c = parametrization.evaluate(theta, p);
            for (int k = 0; k < ambient; k++) {
                long[] row = rows[point * ambient + k];
                row[k] = ModP.sub(0, ModP.reduce(c[k], p), p);
                for (int j = 0; j < n; j++) {
                    row[ambient + j] = ModP.mul(ModP.reduce(jacobian[k][j], p), ModP.reduce(theta[j], p), p);
                }
            }
        }
        ModularSpan projection = new ModularSpan(p);
        for (long[] v : ModularMatrix.of(rows, p).kernelBasis()) {
            projection.add(Arrays.copyOf(v, ambient));
        }
        List<long[]> integral = new ArrayList<>();
        for (long[] row : projection.rows()) {
            long[] w = integerVector(row, p);
            if (w != null) {
                integral.add(w);
            }
        }
        return new Grading(integral.toArray(long[][]::new));
    }

    /** @return the vector scaled to coprime integers, or null when an entry has no small rational preimage */
    private static long[] integerVector(long[] row, long p) {
        Rational[] q = new Rational[row.length];
        BigInteger lcm = BigInteger.ONE;
        for (int k = 0; k < row.length; k++) {
            q[k] = RationalReconstruction.reconstruct(BigInteger.valueOf(row[k]), BigInteger.valueOf(p));
            if (q[k] == null) {
                return null;
            }
            BigInteger d = q[k].denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        long[] w = new long[row.length];
        for (int k = 0; k < row.length; k++) {
            w[k] = q[k].numerator().multiply(lcm.divide(q[k].denominator())).longValueExact();
        }
        return w;
    }

    /** @return the number of independent gradings */
    int size() {
        return weights.length;
    }

    /** @return the weight vectors, one per grading, indexed by ambient coordinate */
    List<long[]> weights() {
        return Arrays.stream(weights).map(long[]::clone).toList();
    }

    /** @return the multidegree of a monomial in the ambient coordinates */
    List<Long> degree(Monomial monomial) {
        Long[] degree = new Long[weights.length];
        for (int g = 0; g < weights.length; g++) {
            long sum = 0;
            for (int k = 0; k < weights[g].length; k++) {
                sum += weights[g][k] * monomial.exponent(k);
            }
            degree[g] = sum;
        }
        return List.of(degree);
    }
}
