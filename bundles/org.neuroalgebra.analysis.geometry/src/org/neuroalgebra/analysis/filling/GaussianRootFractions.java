// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.filling;

import java.util.function.DoubleUnaryOperator;

/**
 * Root counts of binary forms c_0 x^d + c_1 x^{d−1} y + … + c_d y^d with independent standard
 * Gaussian coefficients in the monomial basis (docs/MATHEMATICS.md §3.2), as one-dimensional
 * integrals evaluated by composite Simpson quadrature of smooth integrands (error far below
 * 10⁻¹⁰ at the step used).
 */
public final class GaussianRootFractions {

    /** Simpson intervals: the integrands are analytic on their ranges. */
    private static final int INTERVALS = 4000;

    private GaussianRootFractions() {
    }

    /**
     * The Kac–Rice formula: E #{real roots} = (1/π) ∫_R √(A C − B²)/A dt with A = Σ t^{2k},
     * B = Σ k t^{2k−1}, C = Σ k² t^{2k−2} (k = 0..d). The density is invariant under t ↦ −t and
     * t ↦ 1/t, so the integral is 4 ∫_0^1.
     *
     * @param degree
     *            d ≥ 1
     * @return the expected number of real roots on the projective line
     */
    public static double expectedRealRoots(int degree) {
        if (degree < 1) {
            throw new IllegalArgumentException("degree " + degree); //$NON-NLS-1$
        }
        return 4 / Math.PI * simpson(t -> {
            double a = 0;
            double b = 0;
            double c = 0;
            for (int k = 0; k <= degree; k++) {
                a += Math.pow(t, 2 * k);
                b += k == 0 ? 0 : k * Math.pow(t, 2 * k - 1);
                c += k == 0 ? 0 : (double) k * k * Math.pow(t, 2 * k - 2);
            }
            return Math.sqrt(Math.max(0, a * c - b * b)) / a;
        }, 0, 1);
    }

    /**
     * P(c_1² ≥ 4 c_0 c_2) for a binary quadric: it has 0 or 2 real roots, so E N_2 = 2 P.
     *
     * @return the probability that a Gaussian binary quadric has real roots, by Kac–Rice
     */
    public static double quadricRealRoots() {
        return expectedRealRoots(2) / 2;
    }

    /**
     * The same probability by a second route: with u = (c_0 + c_2)/√2, v = (c_0 − c_2)/√2
     * (again independent standard Gaussians), c_1² − 4 c_0 c_2 = c_1² − 2u² + 2v², and the
     * direction of (u, v, c_1) is uniform on the sphere; integrating the polar caps of the cone
     * over the azimuth φ gives P = (1/2π) ∫_0^{2π} √((1 + cos²φ)/(3 + cos²φ)) dφ.
     *
     * @return the probability that a Gaussian binary quadric has real roots, by the sphere
     */
    public static double quadricRealRootsBySphere() {
        return simpson(phi -> {
            double c2 = Math.cos(phi) * Math.cos(phi);
            return Math.sqrt((1 + c2) / (3 + c2));
        }, 0, 2 * Math.PI) / (2 * Math.PI);
    }

    /**
     * P(discriminant &lt; 0) for a binary cubic: it has 1 or 3 real roots, so E N_3 = 1 + 2 P(3),
     * and P(1 real root) = (3 − E N_3)/2.
     *
     * @return the probability that a Gaussian binary cubic has exactly one real root
     */
    public static double cubicOneRealRoot() {
        return (3 - expectedRealRoots(3)) / 2;
    }

    private static double simpson(DoubleUnaryOperator f, double from, double to) {
        double h = (to - from) / INTERVALS;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < INTERVALS; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(from + i * h);
        }
        return sum * h / 3;
    }
}
