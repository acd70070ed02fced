// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * Fixes scaling symmetries by random linear normalizations (docs/MATHEMATICS.md §3–4): each group of
 * parameters that one scaling λ multiplies (the incoming weights and bias of a neuron, the filter
 * and bias of a convolution) gets ℓ(θ_group) = 1 with random non-zero integer coefficients, solved
 * for the group's first parameter. λ = 1/ℓ is real, so real solutions stay real; a solution is
 * missed only where ℓ vanishes, a hyperplane a generic ℓ avoids ({@link NormalizedSystem}).
 *
 * @param theta
 *            every parameter as a polynomial in the unknowns
 * @param unknownNames
 *            the parameters that stay unknown, by their names in θ
 */
public record ScalingNormalization(Polynomial[] theta, List<String> unknownNames) {

    /** Copies the arrays. */
    public ScalingNormalization {
        theta = theta.clone();
        unknownNames = List.copyOf(unknownNames);
    }

    @Override
    public Polynomial[] theta() {
        return theta.clone();
    }

    /**
     * @param parameterNames
     *            the names of all parameters, in θ order
     * @param groups
     *            the parameter indices each scaling multiplies, disjoint
     * @param seed
     *            the seed of the random normalizations
     * @return θ in the unknowns left after eliminating the first parameter of every group
     */
    public static ScalingNormalization of(List<String> parameterNames, List<int[]> groups, long seed) {
        int n = parameterNames.size();
        boolean[] eliminated = new boolean[n];
        for (int[] group : groups) {
            eliminated[group[0]] = true;
        }
        List<String> names = new ArrayList<>();
        int[] unknownOf = new int[n];
        for (int i = 0; i < n; i++) {
            if (!eliminated[i]) {
                unknownOf[i] = names.size();
                names.add(parameterNames.get(i));
            }
        }
        int u = names.size();
        Polynomial[] theta = new Polynomial[n];
        for (int i = 0; i < n; i++) {
            if (!eliminated[i]) {
                theta[i] = Polynomial.variable(u, unknownOf[i]);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int[] group : groups) {
            // ℓ_0 θ_0 + Σ ℓ_k θ_k = 1, solved for θ_0
            Rational l0 = nonZero(random);
            Polynomial rest = Polynomial.constant(u, Rational.ONE);
            for (int k = 1; k < group.length; k++) {
                rest = rest.sub(theta[group[k]].scale(nonZero(random)));
            }
            theta[group[0]] = rest.scale(Rational.ONE.div(l0));
        }
        return new ScalingNormalization(theta, names);
    }

    /** @return θ at real values of the unknowns */
    public double[] parameters(double[] unknowns) {
        double[] result = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            result[i] = theta[i].evaluate(unknowns);
        }
        return result;
    }

    /**
     * @param coefficients
     *            c(θ) as polynomials in the unknowns
     * @param unknowns
     *            their number
     * @param seed
     *            the seed of the random integer point
     * @return unknowns − rank of the Jacobian of c at a random point mod p: the dimension of the
     *         generic fibre left after the normalization (a proven upper bound, exact unless the
     *         point or the prime is special)
     */
    public static int remainingFiberDimension(Polynomial[] coefficients, int unknowns, long seed) {
        long p = ModP.PRIME_1;
        SplittableRandom random = new SplittableRandom(seed);
        long[] point = new long[unknowns];
        for (int i = 0; i < point.length; i++) {
            point[i] = random.nextLong(1, p);
        }
        long[][] jacobian = new long[coefficients.length][unknowns];
        for (int r = 0; r < coefficients.length; r++) {
            for (int c = 0; c < unknowns; c++) {
                jacobian[r][c] = coefficients[r].derivative(c).evaluate(point, p);
            }
        }
        return unknowns - (coefficients.length == 0 ? 0 : ModularMatrix.of(jacobian, p).rank());
    }

    private static Rational nonZero(SplittableRandom random) {
        int value = random.nextInt(1, 10);
        return Rational.of(random.nextBoolean() ? value : -value);
    }
}
