// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;
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

    /**
     * As {@link #of(MlpParametrization, long)}, with one random ℓ per hidden layer shared by its
     * neurons: then permuting the neurons of a layer maps normalized points to normalized points
     * (ℓ(w_π(j)) = 1 still), so a fibre point's permutation orbit has the magnitudes of the point
     * itself. With a different ℓ per neuron the renormalization factors compound through the layers
     * (by λ^r per layer) and can put orbit points at 10^9 for three cubic layers.
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
        List<int[]> groups = scalingGroups(parametrization);
        int n = parametrization.parameterCount();
        boolean[] eliminated = new boolean[n];
        for (int[] group : groups) {
            eliminated[group[0]] = true;
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
        MlpLayout layout = new MlpLayout(parametrization);
        int group = 0;
        for (int layer = 1; layer < layout.layers() && !groups.isEmpty(); layer++) {
            Rational[] l = null;
            for (int neuron = 0; neuron < layout.width(layer); neuron++) {
                int[] incoming = groups.get(group++);
                if (l == null || !shared) {
                    l = new Rational[incoming.length];
                    for (int k = 0; k < l.length; k++) {
                        l[k] = nonZero(random);
                    }
                }
                // ℓ_0 θ_0 + Σ ℓ_k θ_k = 1, solved for θ_0
                Polynomial rest = Polynomial.constant(u, Rational.ONE);
                for (int k = 1; k < incoming.length; k++) {
                    rest = rest.sub(theta[incoming[k]].scale(l[k]));
                }
                theta[incoming[0]] = rest.scale(Rational.ONE.div(l[0]));
                normalizations.add(new Normalization(layer, neuron, incoming, l));
            }
        }
        return new NormalizedSystem(parametrization, theta, names, normalizations,
                indices.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Rational nonZero(SplittableRandom random) {
        int value = random.nextInt(1, 10);
        return Rational.of(random.nextBoolean() ? value : -value);
    }

    /** The parameter indices of the incoming weights (and bias) of every hidden neuron, if σ is a monomial. */
    private static List<int[]> scalingGroups(MlpParametrization parametrization) {
        List<int[]> groups = new ArrayList<>();
        if (parametrization.activation().termCount() != 1) {
            return groups;
        }
        MlpLayout layout = new MlpLayout(parametrization);
        for (int i = 1; i < layout.layers(); i++) {
            for (int j = 0; j < layout.width(i); j++) {
                groups.add(layout.incoming(i, j));
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
        Complex[] t = full.clone();
        MlpLayout layout = new MlpLayout(parametrization);
        int r = parametrization.activation().degree();
        for (Normalization n : normalizations) {
            Complex l = Complex.ZERO;
            for (int k = 0; k < n.incoming().length; k++) {
                l = l.add(t[n.incoming()[k]].mul(Complex.real(n.weights()[k].doubleValue())));
            }
            if (l.abs() == 0) {
                return null;
            }
            Complex lambda = l.inverse();
            for (int index : n.incoming()) {
                t[index] = t[index].mul(lambda);
            }
            Complex outgoing = lambda.pow(-r);
            for (int row = 0; row < layout.width(n.layer() + 1); row++) {
                int index = layout.weight(n.layer() + 1, row, n.neuron());
                t[index] = t[index].mul(outgoing);
            }
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
        long p = ModP.PRIME_1;
        SplittableRandom random = new SplittableRandom(seed);
        long[] point = new long[unknownCount()];
        for (int i = 0; i < point.length; i++) {
            point[i] = random.nextLong(1, p);
        }
        long[][] jacobian = new long[coefficients.length][unknownCount()];
        for (int r = 0; r < coefficients.length; r++) {
            for (int c = 0; c < unknownCount(); c++) {
                jacobian[r][c] = coefficients[r].derivative(c).evaluate(point, p);
            }
        }
        return unknownCount() - (coefficients.length == 0 ? 0 : ModularMatrix.of(jacobian, p).rank());
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
