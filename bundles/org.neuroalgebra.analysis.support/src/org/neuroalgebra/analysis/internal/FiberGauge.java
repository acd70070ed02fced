// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.AttentionLayerMap;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionParametrization.ChannelSymmetry;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.LayerStackParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.internal.GaugeChart.Normalization;
import org.neuroalgebra.solver.Complex;

/**
 * The chart in which the fibre analysis counts the finite part of a fibre: the continuous weight
 * symmetries derived from the architecture fixed by a gauge (docs/MATHEMATICS.md §4.2), and the
 * finite group of block permutations that keeps the gauge, whose orbits explain fibre points.
 * <ul>
 * <li>Attention, every head: the first a columns of K_h are the identity (GL(a) acting by
 * (gK, g^(−T)Q)) and ℓ(V_h) = 1 fixes the scaling (λV, K/λ); the same ℓ for every head, so
 * permuting the heads keeps the chart.</li>
 * <li>Stacked attention layers: between layers l and l + 1 the group GL(out_l) acts by G·V_h on
 * layer l and by V_h G⁻¹, K_h G⁻¹, Q_h G⁻¹ on layer l + 1. It is fixed on the first head of layer l:
 * the left out_l × out_l block of its V is the identity, which leaves the head's own scaling
 * combined with G = λ⁻¹ (Q ↦ Q/λ), fixed by ℓ(Q) = 1. Solved layer by layer, each group element is
 * unique, so the gauge meets every generic orbit once.</li>
 * <li>Convolutions with channels: between layers without activation GL(C) is fixed by the identity
 * on the first C filter entries of the C output channels; before a monomial activation each
 * channel's scaling by ℓ_i(filters and bias) = 1, the same ℓ_i for every channel of layer i and
 * with one weight per filter position, whatever channel it reads, so that permuting the channels
 * of the layer before keeps it.</li>
 * </ul>
 * One-head attention and single-channel CNNs keep {@link GaugeChart#of}'s chart.
 */
public final class FiberGauge {

    private final GaugeChart chart;
    private final BlockPermutations group;
    private final List<String> notes;

    private FiberGauge(GaugeChart chart, BlockPermutations group, List<String> notes) {
        this.chart = chart;
        this.group = group;
        this.notes = List.copyOf(notes);
    }

    /**
     * @return null when {@link #of} builds a gauge for the parametrization, else why not, in words
     */
    public static String obstacle(Parametrization parametrization) {
        if (GaugeChart.covers(parametrization)) {
            return null;
        }
        if (parametrization instanceof AttentionParametrization attention) {
            return attentionObstacle(attention.rows(), attention.keyRows(), attention.outputRows(), attention.heads(),
                    ""); //$NON-NLS-1$
        }
        if (parametrization instanceof LayerStackParametrization stack) {
            List<LayerMap> layers = stack.layers();
            for (int l = 0; l < layers.size(); l++) {
                if (!(layers.get(l) instanceof AttentionLayerMap layer)) {
                    return "layer " + (l + 1) + " (" + layers.get(l).describe() //$NON-NLS-1$ //$NON-NLS-2$
                            + ") is not attention: no gauge is derived for stacks of other layers"; //$NON-NLS-1$
                }
                String where = " in layer " + (l + 1); //$NON-NLS-1$
                String problem = attentionObstacle(layer.rows(), layer.keyRows(), layer.outputRows(), layer.heads(), where);
                if (problem == null && l + 1 < layers.size() && layer.outputRows() > layer.rows()) {
                    problem = "GL(" + layer.outputRows() + ") on the signal after layer " + (l + 1) //$NON-NLS-1$ //$NON-NLS-2$
                            + " is fixed on a square block of its first V, which needs out ≤ d (here " //$NON-NLS-1$
                            + layer.outputRows() + " > " + layer.rows() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
                }
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
        if (parametrization instanceof ConvolutionParametrization cnn) {
            int[] channels = cnn.channels();
            for (int i = 0; i < cnn.layers().size(); i++) {
                int entries = channelEntries(cnn, i).length;
                if (cnn.channelSymmetry(i) == ChannelSymmetry.MIXING && entries < channels[i + 1]) {
                    return "GL(" + channels[i + 1] + ") between layers " + (i + 1) + " and " + (i + 2) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + " is fixed on a square block of layer " + (i + 1) + "'s filters, but each channel has only " //$NON-NLS-1$ //$NON-NLS-2$
                            + entries + " filter entries"; //$NON-NLS-1$
                }
            }
            return null;
        }
        return "no gauge is derived for " + parametrization.describe(); //$NON-NLS-1$
    }

    private static String attentionObstacle(int d, int a, int out, int heads, String where) {
        if (a > d) {
            return "a = " + a + " > d = " + d + where //$NON-NLS-1$ //$NON-NLS-2$
                    + ": the fibres of (K, Q) ↦ KᵀQ (dimension 2ad − d²) are not orbits of a group fixed on a block of K"; //$NON-NLS-1$
        }
        if (heads > 1 && a >= d && heads <= Math.min(out * d, d * d)) {
            return "a = d" + where + ": GL(" + heads + ") mixes the heads (docs/MATHEMATICS.md §1.5) and no gauge of it is built"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return null;
    }

    /**
     * @param seed
     *            the seed of the normalizations ℓ
     * @return the gauge
     * @throws IllegalArgumentException
     *             if there is an {@link #obstacle}
     */
    public static FiberGauge of(Parametrization parametrization, long seed) {
        String obstacle = obstacle(parametrization);
        if (obstacle != null) {
            throw new IllegalArgumentException(obstacle);
        }
        if (GaugeChart.covers(parametrization)) {
            return new FiberGauge((GaugeChart) GaugeChart.of(parametrization, seed), new BlockPermutations(List.of()),
                    List.of());
        }
        Builder builder = new Builder(parametrization, new SplittableRandom(seed));
        if (parametrization instanceof AttentionParametrization attention) {
            builder.attentionLayer(new Heads(0, attention.rows(), attention.keyRows(), attention.outputRows(),
                    attention.heads()), false, ""); //$NON-NLS-1$
        } else if (parametrization instanceof LayerStackParametrization stack) {
            int offset = 0;
            List<LayerMap> layers = stack.layers();
            for (int l = 0; l < layers.size(); l++) {
                AttentionLayerMap layer = (AttentionLayerMap) layers.get(l);
                builder.attentionLayer(new Heads(offset, layer.rows(), layer.keyRows(), layer.outputRows(),
                        layer.heads()), l + 1 < layers.size(), " of layer " + (l + 1)); //$NON-NLS-1$
                offset += layer.parameterCount();
            }
        } else {
            builder.convolution((ConvolutionParametrization) parametrization);
        }
        return builder.build();
    }

    /** @return the chart whose unknowns the fibre equations are solved for */
    public GaugeChart chart() {
        return chart;
    }

    /** @return the block permutations that keep the chart */
    public BlockPermutations group() {
        return group;
    }

    /** @return discrete symmetries known to keep f but not enumerated as orbits, and why */
    public List<String> notes() {
        return notes;
    }

    /**
     * @param t
     *            a point of the chart
     * @return its images under {@link #group()}, in the chart (t itself first)
     */
    public List<Complex[]> orbit(Complex[] t) {
        return group.orbit(chart.parameters(t)).stream().map(chart::unknowns).toList();
    }

    /** The filter entries, then the bias, of each output channel of layer i: one row of (W_i | b_i). */
    private static int[] channelEntries(ConvolutionParametrization cnn, int i) {
        return channelEntries(cnn, i, 0);
    }

    private static int[] channelEntries(ConvolutionParametrization cnn, int i, int o) {
        int inputs = cnn.channels()[i];
        int kernel = cnn.layers().get(i).kernel();
        boolean bias = cnn.layers().get(i).bias();
        int[] entries = new int[inputs * kernel + (bias ? 1 : 0)];
        int k = 0;
        for (int c = 0; c < inputs; c++) {
            for (int m = 0; m < kernel; m++) {
                entries[k++] = cnn.weight(i, o, c, m);
            }
        }
        if (bias) {
            entries[k] = cnn.bias(i, o);
        }
        return entries;
    }

    /** Where V_h, K_h, Q_h of one attention layer lie in θ; every matrix has d columns, row-major. */
    private record Heads(int offset, int d, int a, int out, int heads) {

        int head(int h) {
            return offset + h * (out * d + 2 * a * d);
        }

        int[] v(int h) {
            return range(head(h), out * d);
        }

        int k(int h, int row, int column) {
            return head(h) + out * d + row * d + column;
        }

        int[] q(int h) {
            return range(head(h) + out * d + a * d, a * d);
        }

        int[] all(int h) {
            return range(head(h), out * d + 2 * a * d);
        }

        private static int[] range(int from, int length) {
            int[] indices = new int[length];
            for (int i = 0; i < length; i++) {
                indices[i] = from + i;
            }
            return indices;
        }
    }

    /** Collects the fixed entries, the normalizations, the permutable blocks and the descriptions. */
    private static final class Builder {

        private final Parametrization parametrization;
        private final SplittableRandom random;
        private final Map<Integer, Rational> fixed = new HashMap<>();
        private final List<Normalization> normalizations = new ArrayList<>();
        private final List<BlockPermutations.Factor> factors = new ArrayList<>();
        private final List<String> fixings = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

        Builder(Parametrization parametrization, SplittableRandom random) {
            this.parametrization = parametrization;
            this.random = random;
        }

        /**
         * @param followed
         *            whether another attention layer reads this one's output (GL(out) then acts
         *            between them)
         */
        void attentionLayer(Heads layer, boolean followed, String where) {
            for (int h = 0; h < layer.heads(); h++) {
                for (int i = 0; i < layer.a(); i++) {
                    for (int j = 0; j < layer.a(); j++) {
                        fixed.put(layer.k(h, i, j), i == j ? Rational.ONE : Rational.ZERO);
                    }
                }
            }
            fixings.add("the first " + layer.a() + " columns of every K" + where + " are the identity (GL(" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + layer.a() + ") on (K, Q))"); //$NON-NLS-1$
            int first = 0;
            if (followed) {
                // G·V on the first head: its left out × out block is the identity; its own scaling then moves Q only
                int[] v = layer.v(0);
                for (int i = 0; i < layer.out(); i++) {
                    for (int j = 0; j < layer.out(); j++) {
                        fixed.put(v[i * layer.d() + j], i == j ? Rational.ONE : Rational.ZERO);
                    }
                }
                normalizations.add(Normalization.random(layer.q(0), random));
                fixings.add("the left " + layer.out() + "×" + layer.out() + " block of the first head's V" + where //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " is the identity (GL(" + layer.out() + ") on the signal it passes on) and ℓ(Q) = 1 (its scaling)"); //$NON-NLS-1$ //$NON-NLS-2$
                first = 1;
                if (layer.heads() > 1) {
                    notes.add("the " + layer.heads() + "! permutations of the heads" + where //$NON-NLS-1$ //$NON-NLS-2$
                            + " keep f but move the chart (the first head carries the gauge of the signal's GL): " //$NON-NLS-1$
                            + "their images are fibre points of their own, not orbits"); //$NON-NLS-1$
                }
            }
            if (first < layer.heads()) {
                Normalization shared = Normalization.random(layer.v(first), random);
                List<int[]> blocks = new ArrayList<>();
                for (int h = first; h < layer.heads(); h++) {
                    normalizations.add(shared.on(layer.v(h)));
                    blocks.add(layer.all(h));
                }
                fixings.add("ℓ(V) = 1 with one ℓ for " + (first == 0 ? "every head" : "the other heads") + where //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " (the scaling (λV, K/λ))"); //$NON-NLS-1$
                if (first == 0) {
                    factors.add(new BlockPermutations.Factor("the " + layer.heads() + " heads" + where, blocks)); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }

        void convolution(ConvolutionParametrization cnn) {
            int[] channels = cnn.channels();
            int layers = cnn.layers().size();
            for (int i = 0; i + 1 < layers; i++) {
                int width = channels[i + 1];
                String where = " of layer " + (i + 1); //$NON-NLS-1$
                ChannelSymmetry symmetry = cnn.channelSymmetry(i);
                if (symmetry == ChannelSymmetry.MIXING) {
                    for (int o = 0; o < width; o++) {
                        int[] row = channelEntries(cnn, i, o);
                        for (int j = 0; j < width; j++) {
                            fixed.put(row[j], o == j ? Rational.ONE : Rational.ZERO);
                        }
                    }
                    fixings.add("the first " + width + " filter entries of the " + width + " channels" + where //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + " are the identity (GL(" + width + ") mixing them, no activation follows)"); //$NON-NLS-1$ //$NON-NLS-2$
                    continue;
                }
                if (symmetry == ChannelSymmetry.SCALING) {
                    Normalization shared = channelNormalization(cnn, i);
                    for (int o = 0; o < width; o++) {
                        normalizations.add(shared.on(channelEntries(cnn, i, o)));
                    }
                    fixings.add("ℓ(filters and bias) = 1 with one ℓ for the " + width + " channels" + where //$NON-NLS-1$ //$NON-NLS-2$
                            + " (their scalings before the monomial activation)"); //$NON-NLS-1$
                }
                if (width < 2) {
                    continue;
                }
                if (cnn.channelSymmetry(i + 1) == ChannelSymmetry.MIXING) {
                    notes.add("the " + width + "! permutations of the channels" + where //$NON-NLS-1$ //$NON-NLS-2$
                            + " keep f but move the gauge of the next layer's GL: their images are fibre points of their own, not orbits"); //$NON-NLS-1$
                    continue;
                }
                List<int[]> blocks = new ArrayList<>();
                for (int o = 0; o < width; o++) {
                    blocks.add(channelBlock(cnn, i, o));
                }
                factors.add(new BlockPermutations.Factor("the " + width + " channels" + where, blocks)); //$NON-NLS-1$ //$NON-NLS-2$
                if (symmetry == ChannelSymmetry.NONE) {
                    notes.add("the discrete symmetries of σ per channel" + where //$NON-NLS-1$
                            + " (docs/MATHEMATICS.md §4.1) are not enumerated for convolutions: their images count as points of their own"); //$NON-NLS-1$
                }
            }
        }

        /**
         * ℓ on one row of (W_i | b_i) with one weight per filter position, the same for every input
         * channel: permuting the channels of layer i − 1 permutes them in W_i and keeps ℓ.
         */
        private Normalization channelNormalization(ConvolutionParametrization cnn, int i) {
            int kernel = cnn.layers().get(i).kernel();
            int[] row = channelEntries(cnn, i, 0);
            Rational[] perPosition = Normalization.randomWeights(kernel + 1, random);
            Rational[] weights = new Rational[row.length];
            for (int k = 0; k < row.length; k++) {
                boolean bias = cnn.layers().get(i).bias() && k == row.length - 1;
                weights[k] = perPosition[bias ? kernel : k % kernel];
            }
            return new Normalization(row, weights);
        }

        /** Channel o of layer i: its filters and bias, then the filters of layer i + 1 that read it. */
        private static int[] channelBlock(ConvolutionParametrization cnn, int i, int o) {
            int[] own = channelEntries(cnn, i, o);
            int readers = cnn.channels()[i + 2];
            int kernel = cnn.layers().get(i + 1).kernel();
            int[] block = Arrays.copyOf(own, own.length + readers * kernel);
            int k = own.length;
            for (int p = 0; p < readers; p++) {
                for (int m = 0; m < kernel; m++) {
                    block[k++] = cnn.weight(i + 1, p, o, m);
                }
            }
            return block;
        }

        FiberGauge build() {
            GaugeChart chart = GaugeChart.of(parametrization, fixed, normalizations, String.join("; ", fixings)); //$NON-NLS-1$
            return new FiberGauge(chart, new BlockPermutations(factors), notes);
        }
    }
}
