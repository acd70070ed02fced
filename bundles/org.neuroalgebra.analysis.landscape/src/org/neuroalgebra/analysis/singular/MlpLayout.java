// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.param.MlpParametrization;

/**
 * Where the weights of each hidden neuron sit in θ. The order is that of
 * {@link MlpParametrization#parameterNames()}: per layer i the matrix W_i row by row, then b_i.
 */
public final class MlpLayout {

    /**
     * A hidden neuron with the indices of its parameters.
     *
     * @param layer
     *            i, 1 ≤ i < L
     * @param index
     *            r, 1-based within the layer
     * @param incoming
     *            W_i[r, ·] and b_i[r]
     * @param outgoing
     *            W_{i+1}[·, r]
     */
    public record HiddenNeuron(int layer, int index, int[] incoming, int[] outgoing) {

        /** @return a name such as {@code h1[2]} */
        public String name() {
            return "h" + layer + "[" + index + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private final List<HiddenNeuron> neurons = new ArrayList<>();

    public MlpLayout(MlpParametrization mlp) {
        int[] widths = mlp.widths();
        boolean[] bias = mlp.bias();
        int[] weightOffset = new int[widths.length];
        int[] biasOffset = new int[widths.length];
        int offset = 0;
        for (int i = 1; i < widths.length; i++) {
            weightOffset[i] = offset;
            offset += widths[i] * widths[i - 1];
            biasOffset[i] = bias[i - 1] ? offset : -1;
            offset += bias[i - 1] ? widths[i] : 0;
        }
        for (int i = 1; i < widths.length - 1; i++) {
            for (int r = 0; r < widths[i]; r++) {
                int[] in = new int[widths[i - 1] + (bias[i - 1] ? 1 : 0)];
                for (int c = 0; c < widths[i - 1]; c++) {
                    in[c] = weightOffset[i] + r * widths[i - 1] + c;
                }
                if (bias[i - 1]) {
                    in[in.length - 1] = biasOffset[i] + r;
                }
                int[] out = new int[widths[i + 1]];
                for (int s = 0; s < widths[i + 1]; s++) {
                    out[s] = weightOffset[i + 1] + s * widths[i] + r;
                }
                neurons.add(new HiddenNeuron(i, r + 1, in, out));
            }
        }
    }

    /** @return the hidden neurons, layer by layer */
    public List<HiddenNeuron> neurons() {
        return List.copyOf(neurons);
    }

    /**
     * A neuron is zero when one side of its weights vanishes and takes the neuron's contribution
     * with it. Zero incoming weights (and bias): the neuron emits the constant σ(0), up to terms
     * of size ‖out‖·‖in‖. Zero outgoing weights: its contribution is of size ‖out‖·‖in‖^deg σ,
     * which vanishes only while the incoming weights stay bounded; a run that sends ‖out‖ → 0 and
     * ‖in‖ → ∞ with that product fixed (as a(w²x² + 1) with a → 0, w → ∞) heads for a point that
     * no finite θ attains, not for a sparse subnetwork. Hence each side is scaled by the other
     * side's size when that exceeds 1, with max norms.
     *
     * @param activationDegree
     *            deg σ
     * @param constant
     *            σ(0)
     * @return the zero neurons of θ
     */
    public List<ZeroNeuron> zeroNeurons(double[] theta, double tolerance, int activationDegree, double constant) {
        List<ZeroNeuron> zero = new ArrayList<>();
        for (HiddenNeuron neuron : neurons) {
            double in = maxAbs(theta, neuron.incoming());
            double out = maxAbs(theta, neuron.outgoing());
            boolean incoming = in * Math.max(1, out) < tolerance;
            boolean outgoing = out * Math.pow(Math.max(1, in), activationDegree) < tolerance;
            if (incoming || outgoing) {
                ZeroNeuron.Side side = incoming && outgoing ? ZeroNeuron.Side.BOTH
                        : incoming ? ZeroNeuron.Side.INCOMING : ZeroNeuron.Side.OUTGOING;
                zero.add(new ZeroNeuron(neuron.name(), side, constant));
            }
        }
        return zero;
    }

    private static double maxAbs(double[] theta, int[] indices) {
        double max = 0;
        for (int index : indices) {
            max = Math.max(max, Math.abs(theta[index]));
        }
        return max;
    }
}
