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

    private GaugeChart(Parametrization parametrization, Map<Integer, Rational> fixed, List<int[]> groups,
            long seed, String description) {
        int n = parametrization.parameterCount();
        boolean[] eliminated = new boolean[n];
        fixed.keySet().forEach(i -> eliminated[i] = true);
        groups.forEach(g -> eliminated[g[0]] = true);
        List<String> parameterNames = parametrization.parameterNames();
        this.names = new ArrayList<>();
        int[] unknownOf = new int[n];
        for (int i = 0; i < n; i++) {
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
        this.coefficients = parametrization.evaluate(new PolynomialRing(u), theta);
        this.description = description;
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
        if (parametrization instanceof AttentionParametrization attention && attention.heads() == 1
                && attention.keyRows() <= attention.rows()) {
            return attention(attention, seed);
        }
        if (parametrization instanceof ConvolutionParametrization cnn && !cnn.isMultiChannel()) {
            return new GaugeChart(cnn, Map.of(), cnn.scaledParameterGroups(), seed,
                    "one random linear normalization per scalable filter fixes its scaling"); //$NON-NLS-1$
        }
        return CoordinateSliceChart.of(parametrization, seed);
    }

    /** @return the chart with the given parameters fixed and the others unknowns */
    static GaugeChart withFixedParameters(Parametrization parametrization, Map<Integer, Rational> fixed) {
        return new GaugeChart(parametrization, fixed, List.of(), 0, "parameters fixed: " + fixed.size()); //$NON-NLS-1$
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
        return new GaugeChart(attention, fixed, List.of(v), seed, "the first " + a //$NON-NLS-1$
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

    @Override
    public String description() {
        return description;
    }
}
