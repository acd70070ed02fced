// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.Optional;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialMatrices;

/**
 * One polynomial that vanishes wherever the chart's Jacobian J_c (n × k) drops rank, and at no given point
 * where it has rank k for a generic choice: det(L J_c) for a random integer k × n matrix L, the Jacobian
 * determinant of the k combinations L c. By Cauchy–Binet, det(L J_c) = Σ_S det L_{·S} det J_c[S, ·] over the
 * k-subsets S of the coordinates, a combination of the maximal minors of J_c with independent coefficients,
 * so it vanishes on their common zero set and, at a point where some minor is non-zero, only for L on a
 * hypersurface. Saturating the critical equations by it (docs/MATHEMATICS.md §6.9) counts the pure critical
 * parameter points without the spurious ones, which monodromy from a generic plant never reaches, and
 * without writing the C(n, k) minors.
 */
final class RankDropWitness {

    /** Unknowns beyond which the Laplace expansion of the determinant (k! products) is not tried. */
    static final int MAX_UNKNOWNS = 8;

    /** Terms beyond which the determinant is dropped: saturating by it would cost more than it saves. */
    static final int MAX_TERMS = 20_000;

    /** Entries of L are drawn from [−BOUND, BOUND]: a zero of the witness at a regular point then needs a coincidence. */
    private static final int BOUND = 1 << 10;

    private RankDropWitness() {
    }

    /**
     * @param coefficients
     *            c(t), exact polynomials in the k unknowns
     * @param unknowns
     *            k
     * @return det(L J_c), or empty when k or the determinant is too large
     */
    static Optional<Polynomial> of(Polynomial[] coefficients, int unknowns, SplittableRandom random) {
        if (unknowns < 1 || unknowns > MAX_UNKNOWNS || coefficients.length < unknowns) {
            return Optional.empty();
        }
        Polynomial[][] jacobian = new Polynomial[unknowns][unknowns];
        for (int i = 0; i < unknowns; i++) {
            Polynomial combination = Polynomial.zero(unknowns);
            for (Polynomial c : coefficients) {
                combination = combination.add(c.scale(Rational.of(random.nextInt(-BOUND, BOUND + 1))));
            }
            for (int j = 0; j < unknowns; j++) {
                jacobian[i][j] = combination.derivative(j);
            }
        }
        Polynomial determinant = PolynomialMatrices.determinant(jacobian);
        return determinant.isZero() || determinant.termCount() > MAX_TERMS ? Optional.empty() : Optional.of(determinant);
    }
}
