// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.ActivationSymmetry;
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
 * parameter per neuron (the first of its group). For other activations nothing is normalized,
 * except in the fibre's variant ({@link #layerwise}), which also fixes the scalings of shifted powers.
 */
public final class NormalizedSystem {

    private final MlpParametrization parametrization;
    private final Polynomial[] theta;
    private final Polynomial[] coefficients;
    private final List<String> unknownNames;
    private final List<Normalization> normalizations;
    private final int[] unknownIndices;

    /** ℓ(w) = Σ ℓ_k θ_{incoming_k} = 1 for neuron j of hidden layer i. */
    private record Normalization(int layer, int neuron, int[] incoming, Rational[] weights) {
    }

    private NormalizedSystem(MlpParametrization parametrization, Polynomial[] theta, List<String> unknownNames,
            List<Normalization> normalizations, int[] unknownIndices) {
        this.parametrization = parametrization;
        this.theta = theta;
        this.unknownNames = List.copyOf(unknownNames);
        this.normalizations = List.copyOf(normalizations);
        this.unknownIndices = unknownIndices;
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
        return of(parametrization, seed, false);
    }

    /** The neuron j of hidden layer i whose scaling is fixed, with the indices ℓ reads. */
    private record ScaledNeuron(int layer, int neuron, int[] incoming) {
    }

    /**
     * As {@link #of(MlpParametrization, long)}, with one random ℓ per hidden layer shared by its
     * neurons: then permuting the neurons of a layer maps normalized points to normalized points
     * (ℓ(w_π(j)) = 1 still), so a fibre point's permutation orbit has the magnitudes of the point
     * itself. With a different ℓ per neuron the renormalization factors compound through the layers
     * (by λ^r per layer) and can put orbit points at 10^9 for three cubic layers. Besides the
     * monomials, it also fixes the scalings of a shifted power σ = a(x + c)^r + e on the hidden layers
     * whose biases allow them (docs/MATHEMATICS.md §3, §4.1): there ℓ reads the incoming weights only,
     * since the bias moves affinely, b ↦ λ(b + c) − c.
     *
     * @param parametrization
     *            the MLP
     * @param seed
     *            the seed of the random normalizations
     * @return its normalized coefficient polynomials
     */
    public static NormalizedSystem layerwise(MlpParametrization parametrization, long seed) {
        return of(parametrization, seed, true);
    }

    private static NormalizedSystem of(MlpParametrization parametrization, long seed, boolean shared) {
        List<ScaledNeuron> groups = scalingGroups(parametrization, shared);
        int n = parametrization.parameterCount();
        boolean[] eliminated = new boolean[n];
        for (ScaledNeuron group : groups) {
            eliminated[group.incoming()[0]] = true;
        }
        List<String> names = new ArrayList<>();
        int[] unknownOf = new int[n];
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!eliminated[i]) {
                unknownOf[i] = names.size();
                names.add(parametrization.parameterNames().get(i));
                indices.add(i);
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
        List<Normalization> normalizations = new ArrayList<>();
        Rational[] l = null;
        int lastLayer = 0;
        for (ScaledNeuron group : groups) {
            int[] incoming = group.incoming();
            if (!shared || group.layer() != lastLayer) {
                l = new Rational[incoming.length];
                for (int k = 0; k < l.length; k++) {
                    l[k] = nonZero(random);
                }
                lastLayer = group.layer();
            }
            // ℓ_0 θ_0 + Σ ℓ_k θ_k = 1, solved for θ_0
            Polynomial rest = Polynomial.constant(u, Rational.ONE);
            for (int k = 1; k < incoming.length; k++) {
                rest = rest.sub(theta[incoming[k]].scale(l[k]));
            }
            theta[incoming[0]] = rest.scale(Rational.ONE.div(l[0]));
            normalizations.add(new Normalization(group.layer(), group.neuron(), incoming, l));
        }
        return new NormalizedSystem(parametrization, theta, names, normalizations,
                indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Rational nonZero(SplittableRandom random) {
        int value = random.nextInt(1, 10);
        return Rational.of(random.nextBoolean() ? value : -value);
    }

    /**
     * The hidden neurons whose scaling is fixed: all of them, with their incoming weights and bias,
     * if σ is a monomial; with {@code shiftedPowers}, for a shifted power σ of degree ≥ 2, those of
     * the layers whose biases allow the scaling, with their incoming weights only.
     */
    private static List<ScaledNeuron> scalingGroups(MlpParametrization parametrization, boolean shiftedPowers) {
        List<ScaledNeuron> groups = new ArrayList<>();
        MlpLayout layout = new MlpLayout(parametrization);
        boolean monomial = parametrization.activation().termCount() == 1;
        ActivationSymmetry sigma = !monomial && shiftedPowers && parametrization.activation().degree() >= 2
                ? ActivationSymmetry.of(parametrization.activation())
                : null;
        for (int i = 1; i < layout.layers(); i++) {
            boolean scalable = sigma != null && sigma.neuronOrder(layout.hasBias(i), layout.hasBias(i + 1)) == 0;
            for (int j = 0; j < layout.width(i) && (monomial || scalable); j++) {
                // the bias of a shifted power moves affinely (b ↦ λ(b + c) − c): ℓ reads the weights only
                int[] incoming = layout.incoming(i, j);
                groups.add(new ScaledNeuron(i, j, monomial ? incoming : Arrays.copyOf(incoming, layout.width(i - 1))));
            }
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
        return normalizations.size();
    }

    /**
     * The inverse of {@link #parameters(Complex[])} on the fibre: rescales every normalized neuron
     * of a full θ by λ = 1/ℓ(w) (incoming weights and bias times λ, outgoing weights times
     * λ^(−r), which keeps f_θ for σ = a·x^r), layer by layer from the input so that each ℓ sees
     * the already rescaled incoming weights, and returns the unknowns.
     *
     * @param full
     *            a complex parameter vector θ
     * @return its unknowns after the normalization, or null when some ℓ(w) vanishes (θ has no
     *         normalized representative)
     */
    public Complex[] unknowns(Complex[] full) {
        Complex[] t = full;
        MlpLayout layout = new MlpLayout(parametrization);
        Polynomial sigma = parametrization.activation();
        // a monomial has centre (0, 0); a shifted power a(x − x0)^r + y0 is normalized only in the fibre's variant
        ActivationSymmetry shifted = sigma.termCount() > 1 && sigma.degree() >= 2 ? ActivationSymmetry.of(sigma) : null;
        Complex x0 = shifted == null ? Complex.ZERO : Complex.real(shifted.center().doubleValue());
        Complex y0 = shifted == null ? Complex.ZERO : Complex.real(shifted.centerValue().doubleValue());
        for (Normalization n : normalizations) {
            Complex l = Complex.ZERO;
            for (int k = 0; k < n.incoming().length; k++) {
                l = l.add(t[n.incoming()[k]].mul(Complex.real(n.weights()[k].doubleValue())));
            }
            if (l.abs() == 0) {
                return null;
            }
            t = layout.transformNeuron(t, n.layer(), n.neuron(), l.inverse(), sigma.degree(), x0, y0);
        }
        Complex[] result = new Complex[unknownIndices.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = t[unknownIndices[i]];
        }
        return result;
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
