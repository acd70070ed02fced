// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.linear.ModularMatrix;
import org.neuroalgebra.algebra.number.ModP;

/**
 * The continuous symmetries of a 1-D CNN with channels ({@link ConvolutionParametrization}) as
 * vector fields on θ, and the dimension of their orbits: the rank of the fields at a random point
 * modulo a prime, which is at most the generic rank, so dim M ≤ dim Θ − rank is proven.
 * <p>
 * Between layer i and i + 1 without activation, GL(C_i) mixes the channels: (G W_i, G b_i) and
 * W_{i+1} G⁻¹. With a monomial activation a·x^r each channel o of layer i scales: λ on its filters
 * and bias, λ^{−r} on the filters of layer i + 1 that read it.
 */
final class ConvolutionSymmetry {

    private static final long SAMPLE_BOUND = 1L << 30;

    private ConvolutionSymmetry() {
    }

    static SymmetryBound of(ConvolutionParametrization cnn, List<ConvolutionLayerSpec> layers, long seed) {
        long p = ModP.PRIME_1;
        SplittableRandom random = new SplittableRandom(seed);
        long[] theta = new long[cnn.parameterCount()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = ModP.reduce(random.nextLong(-SAMPLE_BOUND, SAMPLE_BOUND + 1), p);
        }
        List<long[]> fields = fields(cnn, layers, theta, p);
        if (fields.isEmpty()) {
            return SymmetryBound.NONE;
        }
        int rank = ModularMatrix.of(fields.toArray(long[][]::new), p).rank();
        return new SymmetryBound(rank, "rank modulo " + p + " at a random point (seed " + seed + ") of the " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + fields.size() + " infinitesimal symmetries: GL(channels) between layers without activation, " //$NON-NLS-1$
                + "one scaling per channel before a monomial activation a·x^r (λ on its filters and bias, " //$NON-NLS-1$
                + "λ^(−r) on the filters reading it)"); //$NON-NLS-1$
    }

    /** @return every generator's vector field at θ */
    static List<long[]> fields(ConvolutionParametrization cnn, List<ConvolutionLayerSpec> layers, long[] theta, long p) {
        int[] channels = cnn.channels();
        List<long[]> fields = new ArrayList<>();
        for (int i = 0; i + 1 < layers.size(); i++) {
            ConvolutionParametrization.ChannelSymmetry symmetry = cnn.channelSymmetry(i);
            int width = channels[i + 1];
            if (symmetry == ConvolutionParametrization.ChannelSymmetry.MIXING) {
                for (int a = 0; a < width; a++) {
                    for (int b = 0; b < width; b++) {
                        long[] field = new long[theta.length];
                        // G = 1 + εE_ab: row a of (W_i, b_i) gains row b; column b of W_{i+1} loses column a
                        addOutputChannel(cnn, layers, i, field, theta, a, b, 1, p);
                        addInputChannel(cnn, layers, i + 1, field, theta, b, a, -1, p);
                        fields.add(field);
                    }
                }
            } else if (symmetry == ConvolutionParametrization.ChannelSymmetry.SCALING) {
                for (int o = 0; o < width; o++) {
                    long[] field = new long[theta.length];
                    addOutputChannel(cnn, layers, i, field, theta, o, o, 1, p);
                    addInputChannel(cnn, layers, i + 1, field, theta, o, o, -cnn.activationDegree(i), p);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** field[filters and bias of output channel `to` of layer i] += factor · those of channel `from`. */
    private static void addOutputChannel(ConvolutionParametrization cnn, List<ConvolutionLayerSpec> layers, int i,
            long[] field, long[] theta, int to, int from, long factor, long p) {
        ConvolutionLayerSpec layer = layers.get(i);
        int inputs = cnn.channels()[i];
        for (int c = 0; c < inputs; c++) {
            for (int m = 0; m < layer.kernel(); m++) {
                add(field, cnn.weight(i, to, c, m), theta[cnn.weight(i, from, c, m)], factor, p);
            }
        }
        if (layer.bias()) {
            add(field, cnn.bias(i, to), theta[cnn.bias(i, from)], factor, p);
        }
    }

    /** field[filters of layer i reading input channel `to`] += factor · those reading channel `from`. */
    private static void addInputChannel(ConvolutionParametrization cnn, List<ConvolutionLayerSpec> layers, int i,
            long[] field, long[] theta, int to, int from, long factor, long p) {
        ConvolutionLayerSpec layer = layers.get(i);
        for (int o = 0; o < layer.channels(); o++) {
            for (int m = 0; m < layer.kernel(); m++) {
                add(field, cnn.weight(i, o, to, m), theta[cnn.weight(i, o, from, m)], factor, p);
            }
        }
    }

    private static void add(long[] field, int index, long value, long factor, long p) {
        field[index] = ModP.add(field[index], ModP.mul(ModP.reduce(factor, p), value, p), p);
    }
}
