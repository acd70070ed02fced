// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;
import org.neuroalgebra.solver.Complex;

/**
 * The coefficients c_{f_θ} of a polynomial MLP as exact polynomials in the parameters left
 * after fixing the scaling symmetries, for membership and fibre systems (docs/MATHEMATICS.md §3–4).
 * <p>
 * <b>Normalization.</b> For σ = a·x^r, scaling the incoming weights (and bias) of a hidden
 * neuron by λ ≠ 0 and its outgoing weights by λ^(−r) keeps f. Fixing one incoming weight to 1
 * would miss every solution in which that weight is 0; instead each hidden neuron gets a
 * random linear normalization ℓ(w) = 1 with non-zero integer coefficients, which a real
 * solution violates only if ℓ(w) = 0, a hyperplane a generic ℓ avoids, or if w = 0 (a dead
 * neuron, whose contribution is constant: it can then be replaced by any w with outgoing
 * weights 0 when the network has no biases, which is how such solutions are still found). The
 * scaling λ = 1/ℓ(w) is real, so real solutions stay real, and its sign is fixed too: for even
 * r the sign flips (λ = −1) are normalized away as well. The normalization eliminates one
 * parameter per neuron (the first of its group). For other activations nothing is normalized.
 */
public final class NormalizedSystem {

    private final MlpParametrization parametrization;
    private final Polynomial[] theta;
    private final Polynomial[] coefficients;
    private final List<String> unknownNames;
    private final int normalizedNeurons;

    private NormalizedSystem(MlpParametrization parametrization, Polynomial[] theta, List<String> unknownNames,
            int normalizedNeurons) {
        this.parametrization = parametrization;
        this.theta = theta;
        this.unknownNames = List.copyOf(unknownNames);
        this.normalizedNeurons = normalizedNeurons;
        this.coefficients = parametrization.evaluate(new PolynomialRing(unknownNames.size()), theta);
    }

    /**
     * @param parametrization
     *            the MLP
     * @param seed
     *            the seed of the random normalizations
     * @return its normalized coefficient polynomials
     */
    public static NormalizedSystem of(MlpParametrization parametrization, long seed) {
        List<int[]> groups = scalingGroups(parametrization);
        ScalingNormalization normalization = ScalingNormalization.of(parametrization.parameterNames(), groups, seed);
        return new NormalizedSystem(parametrization, normalization.theta(), normalization.unknownNames(),
                groups.size());
    }

    /** The parameter indices of the incoming weights (and bias) of every hidden neuron, if σ is a monomial. */
    private static List<int[]> scalingGroups(MlpParametrization parametrization) {
        List<int[]> groups = new ArrayList<>();
        if (parametrization.activation().termCount() != 1) {
            return groups;
        }
        int[] widths = parametrization.widths();
        boolean[] bias = parametrization.bias();
        int offset = 0;
        for (int i = 1; i < widths.length; i++) {
            int rows = widths[i];
            int cols = widths[i - 1];
            if (i < widths.length - 1) {
                for (int j = 0; j < rows; j++) {
                    int[] group = new int[cols + (bias[i - 1] ? 1 : 0)];
                    for (int k = 0; k < cols; k++) {
                        group[k] = offset + j * cols + k;
                    }
                    if (bias[i - 1]) {
                        group[cols] = offset + rows * cols + j;
                    }
                    groups.add(group);
                }
            }
            offset += rows * cols + (bias[i - 1] ? rows : 0);
        }
        return groups;
    }

    /** @return the MLP */
    public MlpParametrization parametrization() {
        return parametrization;
    }

    /** @return the parameters that stay unknown, by their names in θ */
    public List<String> unknownNames() {
        return unknownNames;
    }

    /** @return the number of unknowns */
    public int unknownCount() {
        return unknownNames.size();
    }

    /** @return the number of hidden neurons whose scaling was fixed */
    public int normalizedNeurons() {
        return normalizedNeurons;
    }

    /** @return c_{f_θ} as polynomials in the unknowns */
    public Polynomial[] coefficients() {
        return coefficients.clone();
    }

    /** @return θ from the unknowns, exactly */
    public Rational[] parameters(Rational[] unknowns) {
        Rational[] result = new Rational[theta.length];
        for (int i = 0; i < theta.length; i++) {
            result[i] = theta[i].evaluate(unknowns);
        }
        return result;
    }

    /** @return θ from complex unknowns */
    public Complex[] parameters(Complex[] unknowns) {
        Complex[] result = new Complex[theta.length];
        for (int i = 0; i < theta.length; i++) {
            result[i] = FiberPoints.evaluate(theta[i], unknowns);
        }
        return result;
    }

    /** @return θ from the unknowns, in floating point */
    public double[] parameters(double[] unknowns) {
        double[] result = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            result[i] = theta[i].evaluate(unknowns);
        }
        return result;
    }

    /**
     * @param seed
     *            the seed of the random integer point
     * @return unknowns − rank of the Jacobian of the normalized map at a random point mod p: the
     *         dimension of the generic fibre left after the normalization (a proven upper bound,
     *         exact unless the point or the prime is special)
     */
    public int remainingFiberDimension(long seed) {
        return ScalingNormalization.remainingFiberDimension(coefficients, unknownCount(), seed);
    }

    /** @return ∏ d_i! over the hidden layers: the permutations of hidden neurons */
    public BigInteger permutationCount() {
        int[] widths = parametrization.widths();
        BigInteger count = BigInteger.ONE;
        for (int i = 1; i < widths.length - 1; i++) {
            for (int k = 2; k <= widths[i]; k++) {
                count = count.multiply(BigInteger.valueOf(k));
            }
        }
        return count;
    }
}
