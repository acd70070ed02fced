// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.Arrays;

import org.neuroalgebra.algebra.linear.RationalEchelon;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * Membership for a linear network without biases (docs/MATHEMATICS.md §3): x ↦ a^{L−1} W_L ⋯ W_1 x for σ = a·x,
 * so M is the set of m × n matrices of rank at most r, the narrowest hidden layer, over C and over R alike: a
 * rational matrix of rank k ≤ r is C·R with C its k pivot columns and R the non-zero rows of its reduced echelon
 * form. The answer is exact either way: the target's rank over Q decides, and a member gets a rational witness
 * θ that the network, evaluated exactly, maps to the target.
 */
final class LinearNetworkMembership {

    /**
     * The rank of the target, the bound it must not exceed, and for a member a rational witness (θ in the
     * parametrization's order) with f_θ equal to the target exactly.
     */
    record Decision(int rank, int bound, Rational[] witness) {

        boolean member() {
            return rank <= bound;
        }
    }

    private LinearNetworkMembership() {
    }

    /** @return whether the network is linear (σ = a·x, a ≠ 0), without biases, with a hidden layer */
    static boolean applies(MlpParametrization mlp) {
        for (boolean b : mlp.bias()) {
            if (b) {
                return false;
            }
        }
        Polynomial sigma = mlp.activation();
        return mlp.widths().length >= 3 && sigma.termCount() == 1 && sigma.degree() == 1;
    }

    /**
     * @param mlp
     *            a network for which {@link #applies} holds
     * @param c
     *            the target's coefficients, output by output in the network's basis
     * @return the decision
     * @throws IllegalStateException
     *             if the witness does not evaluate to the target (a contradiction with the theory above)
     */
    static Decision decide(MlpParametrization mlp, Rational[] c) {
        int[] widths = mlp.widths();
        int n = widths[0];
        int m = widths[widths.length - 1];
        int bound = Integer.MAX_VALUE;
        for (int i = 1; i < widths.length - 1; i++) {
            bound = Math.min(bound, widths[i]);
        }
        Rational[][] target = new Rational[m][n];
        int size = mlp.basis().size();
        for (int o = 0; o < m; o++) {
            for (int j = 0; j < n; j++) {
                target[o][j] = c[o * size + mlp.basis().indexOf(Monomial.variable(n, j))];
            }
        }
        RationalEchelon echelon = RationalEchelon.of(target);
        int[] pivots = echelon.pivotColumns();
        int rank = pivots.length;
        if (rank > bound) {
            return new Decision(rank, bound, null);
        }
        Rational[] witness = witness(mlp, target, echelon, pivots);
        if (!Arrays.equals(mlp.evaluate(Ring.RATIONAL, witness), c)) {
            throw new IllegalStateException("the rank factorization of the target does not evaluate to it"); //$NON-NLS-1$
        }
        return new Decision(rank, bound, witness);
    }

    /**
     * θ with W_1 = [R; 0], W_i = [I_k 0; 0 0] between hidden layers and W_L = [C 0] / a^{L−1}, so that
     * a^{L−1} W_L ⋯ W_1 = C·R = the target.
     */
    private static Rational[] witness(MlpParametrization mlp, Rational[][] target, RationalEchelon echelon,
            int[] pivots) {
        int[] widths = mlp.widths();
        int layers = widths.length - 1;
        int k = pivots.length;
        Rational a = mlp.activation().coefficient(Monomial.variable(1, 0));
        Rational scale = Rational.ONE;
        for (int i = 1; i < layers; i++) {
            scale = scale.mul(a);
        }
        Rational[] theta = new Rational[mlp.parameterCount()];
        Arrays.fill(theta, Rational.ZERO);
        int offset = 0;
        for (int i = 1; i <= layers; i++) {
            int rows = widths[i];
            int cols = widths[i - 1];
            for (int r = 0; r < rows; r++) {
                for (int col = 0; col < cols; col++) {
                    Rational value = Rational.ZERO;
                    if (i == layers) {
                        value = col < k ? target[r][pivots[col]].div(scale) : Rational.ZERO;
                    } else if (r < k) {
                        value = i == 1 ? echelon.get(r, col) : r == col ? Rational.ONE : Rational.ZERO;
                    }
                    theta[offset + r * cols + col] = value;
                }
            }
            offset += rows * cols;
        }
        return theta;
    }
}
