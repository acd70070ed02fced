// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;
import org.neuroalgebra.solver.Complex;

/**
 * The parametric chart of a CNN or of lightning attention with its continuous symmetries fixed
 * by construction (docs/MATHEMATICS.md §6.2), so that one parameter point lies over each image:
 * <ul>
 * <li>one-head attention with a ≤ d: the first a columns of K are the identity, which fixes the
 * GL(a) acting by (gK, g^{−T}Q) where those columns are invertible, and a random linear
 * normalization ℓ(V) = 1 fixes the scaling (λV, K/λ);</li>
 * <li>a single-channel CNN: ℓ_i(filter and bias of layer i) = 1 for every layer i &lt; L followed by
 * no activation or a monomial one, which fixes its scaling.</li>
 * </ul>
 * Parameters outside the chart (those columns singular, some ℓ zero) form a proper closed subset,
 * which for generic data holds no critical point. Other architectures (several heads, a &gt; d,
 * stacks, channels) get a {@link CoordinateSliceChart}.
 */
public final class GaugeChart implements ParametricChart {

    private final Polynomial[] theta;
    private final Polynomial[] coefficients;
    private final List<String> names;
    private final String description;
    private final int[] unknownOf;

    private GaugeChart(Parametrization parametrization, Map<Integer, Rational> fixed, List<Normalization> normalizations,
            String description) {
        int n = parametrization.parameterCount();
        boolean[] eliminated = new boolean[n];
        fixed.keySet().forEach(i -> eliminated[i] = true);
        normalizations.forEach(g -> eliminated[g.indices()[0]] = true);
        List<String> parameterNames = parametrization.parameterNames();
        this.names = new ArrayList<>();
        this.unknownOf = new int[n];
        for (int i = 0; i < n; i++) {
            unknownOf[i] = -1;
            if (!eliminated[i]) {
                unknownOf[i] = names.size();
                names.add(parameterNames.get(i));
            }
        }
        int u = names.size();
        this.theta = new Polynomial[n];
        for (int i = 0; i < n; i++) {
            if (fixed.containsKey(i)) {
                theta[i] = Polynomial.constant(u, fixed.get(i));
            } else if (!eliminated[i]) {
                theta[i] = Polynomial.variable(u, unknownOf[i]);
            }
        }
        for (Normalization normalization : normalizations) {
            // ℓ_0 θ_0 + Σ ℓ_k θ_k = 1, solved for θ_0
            int[] group = normalization.indices();
            Rational[] weights = normalization.weights();
            Polynomial rest = Polynomial.constant(u, Rational.ONE);
            for (int k = 1; k < group.length; k++) {
                rest = rest.sub(theta[group[k]].scale(weights[k]));
            }
            theta[group[0]] = rest.scale(Rational.ONE.div(weights[0]));
        }
        this.coefficients = parametrization.evaluate(new PolynomialRing(u), theta);
        this.description = description;
    }

    /**
     * A linear normalization ℓ(θ_I) = Σ_k weights[k]·θ_(indices[k]) = 1 of a block of parameters that
     * a scaling multiplies by λ: it meets every orbit of the scaling once where ℓ ≠ 0, and the chart
     * solves it for the first index.
     *
     * @param indices
     *            the block, the first index eliminated
     * @param weights
     *            ℓ, its first weight non-zero
     */
    public record Normalization(int[] indices, Rational[] weights) {

        /** Checks the sizes and copies. */
        public Normalization {
            if (indices.length == 0 || indices.length != weights.length || weights[0].signum() == 0) {
                throw new IllegalArgumentException("a normalization needs as many weights as indices, the first non-zero"); //$NON-NLS-1$
            }
            indices = indices.clone();
            weights = weights.clone();
        }

        /**
         * The same ℓ on a block of the same shape elsewhere (another head, another channel), so that
         * permuting the blocks keeps the chart.
         *
         * @return ℓ on the given indices
         */
        public Normalization on(int[] block) {
            return new Normalization(block, weights);
        }

        /**
         * @param blocks
         *            the blocks to normalize, in order
         * @param random
         *            draws ℓ, entries ±1, ±2
         * @return one random ℓ per block
         */
        public static List<Normalization> random(List<int[]> blocks, SplittableRandom random) {
            List<Normalization> result = new ArrayList<>();
            for (int[] block : blocks) {
                result.add(random(block, random));
            }
            return result;
        }

        /** @return a random ℓ on the block, entries ±1, ±2 */
        public static Normalization random(int[] block, SplittableRandom random) {
            return new Normalization(block, randomWeights(block.length, random));
        }

        /** @return the given number of random weights ±1, ±2 */
        public static Rational[] randomWeights(int count, SplittableRandom random) {
            Rational[] weights = new Rational[count];
            for (int k = 0; k < count; k++) {
                weights[k] = nonZero(random);
            }
            return weights;
        }
    }

    private static Rational nonZero(SplittableRandom random) {
        int value = random.nextInt(1, 3);
        return Rational.of(random.nextBoolean() ? value : -value);
    }

    /**
     * @return the chart of the parametrization, or a {@link CoordinateSliceChart} where none is built
     *         here
     */
    public static ParametricChart of(Parametrization parametrization, long seed) {
        if (!covers(parametrization)) {
            return CoordinateSliceChart.of(parametrization, seed);
        }
        if (parametrization instanceof AttentionParametrization attention) {
            return attention(attention, seed);
        }
        ConvolutionParametrization cnn = (ConvolutionParametrization) parametrization;
        return new GaugeChart(cnn, Map.of(), Normalization.random(cnn.scaledParameterGroups(), new SplittableRandom(seed)),
                "one random linear normalization per scalable filter fixes its scaling"); //$NON-NLS-1$
    }

    /**
     * @return whether {@link #of} builds a gauge chart for the parametrization (one-head attention
     *         with a ≤ d, a single-channel CNN) rather than a {@link CoordinateSliceChart}
     */
    public static boolean covers(Parametrization parametrization) {
        return parametrization instanceof AttentionParametrization attention && attention.heads() == 1
                && attention.keyRows() <= attention.rows()
                || parametrization instanceof ConvolutionParametrization cnn && !cnn.isMultiChannel();
    }

    /** @return the chart with the given parameters fixed and the others unknowns */
    static GaugeChart withFixedParameters(Parametrization parametrization, Map<Integer, Rational> fixed) {
        return new GaugeChart(parametrization, fixed, List.of(), "parameters fixed: " + fixed.size()); //$NON-NLS-1$
    }

    /**
     * @param fixed
     *            parameters fixed at numbers
     * @param normalizations
     *            linear normalizations, each eliminating its first parameter
     * @param description
     *            which symmetries the chart fixes, in words
     * @return the chart whose unknowns are the other parameters
     */
    static GaugeChart of(Parametrization parametrization, Map<Integer, Rational> fixed,
            List<Normalization> normalizations, String description) {
        return new GaugeChart(parametrization, fixed, normalizations, description);
    }

    private static GaugeChart attention(AttentionParametrization attention, long seed) {
        int d = attention.rows();
        int a = attention.keyRows();
        int out = attention.outputRows();
        int kOffset = out * d;
        Map<Integer, Rational> fixed = new java.util.HashMap<>();
        for (int i = 0; i < a; i++) {
            for (int j = 0; j < a; j++) {
                fixed.put(kOffset + i * d + j, i == j ? Rational.ONE : Rational.ZERO);
            }
        }
        int[] v = new int[out * d];
        for (int k = 0; k < v.length; k++) {
            v[k] = k;
        }
        return new GaugeChart(attention, fixed, Normalization.random(List.of(v), new SplittableRandom(seed)), "the first " + a //$NON-NLS-1$
                + " columns of K fixed to the identity (GL(a)) and one random linear normalization of V (the scaling)"); //$NON-NLS-1$
    }

    @Override
    public Polynomial[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public List<String> unknownNames() {
        return List.copyOf(names);
    }

    @Override
    public Complex[] parameters(Complex[] t) {
        Complex[] result = new Complex[theta.length];
        for (int i = 0; i < theta.length; i++) {
            result[i] = FiberPoints.evaluate(theta[i], t);
        }
        return result;
    }

    /**
     * @param parameters
     *            a parameter point that satisfies the chart's fixings and normalizations (e.g. the
     *            image of a chart point under a permutation of blocks that keeps them)
     * @return its unknowns t, so that {@link #parameters(Complex[])} gives it back
     */
    public Complex[] unknowns(Complex[] parameters) {
        Complex[] t = new Complex[names.size()];
        for (int i = 0; i < unknownOf.length; i++) {
            if (unknownOf[i] >= 0) {
                t[unknownOf[i]] = parameters[i];
            }
        }
        return t;
    }

    @Override
    public String description() {
        return description;
    }
}
