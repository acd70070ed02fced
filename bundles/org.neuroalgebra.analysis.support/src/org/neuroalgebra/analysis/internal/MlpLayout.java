// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.solver.Complex;

/**
 * Where the weights of each neuron sit in the parameter vector θ of an MLP: layer by layer
 * (1 … L), first W_i row by row (row j holds the incoming weights of neuron j), then b_i when
 * layer i has a bias; the order of {@link MlpParametrization#parameterNames()}.
 */
public final class MlpLayout {

    private final int[] widths;
    private final boolean[] bias;
    private final int[] offsets;

    /**
     * @param parametrization
     *            the MLP
     */
    public MlpLayout(MlpParametrization parametrization) {
        this.widths = parametrization.widths();
        this.bias = parametrization.bias();
        this.offsets = new int[widths.length];
        for (int i = 1; i < widths.length; i++) {
            offsets[i] = i == 1 ? 0 : offsets[i - 1] + size(i - 1);
        }
    }

    private int size(int layer) {
        return widths[layer] * widths[layer - 1] + (bias[layer - 1] ? widths[layer] : 0);
    }

    /** @return L, the number of layers (hidden layers are 1 … L − 1) */
    public int layers() {
        return widths.length - 1;
    }

    /** @return d_i */
    public int width(int layer) {
        return widths[layer];
    }

    /** @return whether layer i (1 … L) adds a bias */
    public boolean hasBias(int layer) {
        return bias[layer - 1];
    }

    /** @return the index of W_i[row][column] */
    public int weight(int layer, int row, int column) {
        return offsets[layer] + row * widths[layer - 1] + column;
    }

    /** @return the index of b_i[row], or -1 when layer i has no bias */
    public int biasIndex(int layer, int row) {
        return bias[layer - 1] ? offsets[layer] + widths[layer] * widths[layer - 1] + row : -1;
    }

    /** @return the indices of the incoming weights of neuron j of layer i, then its bias if any */
    public int[] incoming(int layer, int neuron) {
        int cols = widths[layer - 1];
        int[] indices = new int[cols + (bias[layer - 1] ? 1 : 0)];
        for (int k = 0; k < cols; k++) {
            indices[k] = weight(layer, neuron, k);
        }
        if (bias[layer - 1]) {
            indices[cols] = biasIndex(layer, neuron);
        }
        return indices;
    }

    /**
     * Applies the symmetry s of σ at one hidden neuron (docs/MATHEMATICS.md §4.1), where σ(s·(z − x0)
     * + x0) = s^r·(σ(z) − y0) + y0: its incoming weights times s, its bias b ↦ s·b + x0·(1 − s); its
     * outgoing weights v times s^(−r), and the next biases minus v·y0·(s^(−r) − 1), which restores
     * the next pre-activations. A scaling of a shifted power is the case of any s ≠ 0.
     *
     * @param theta
     *            a parameter vector
     * @param layer
     *            the hidden layer i
     * @param neuron
     *            the neuron j
     * @param s
     *            the factor on the pre-activation
     * @param degree
     *            r
     * @param x0
     *            the centre of σ
     * @param y0
     *            σ(x0)
     * @return the new parameter vector (θ is not changed)
     */
    public Complex[] transformNeuron(Complex[] theta, int layer, int neuron, Complex s, int degree, Complex x0,
            Complex y0) {
        Complex[] t = theta.clone();
        for (int k = 0; k < widths[layer - 1]; k++) {
            int index = weight(layer, neuron, k);
            t[index] = t[index].mul(s);
        }
        int bias = biasIndex(layer, neuron);
        if (bias >= 0) {
            t[bias] = t[bias].mul(s).add(x0.mul(Complex.ONE.sub(s)));
        }
        Complex inverse = s.pow(-degree);
        for (int row = 0; row < widths[layer + 1]; row++) {
            int index = weight(layer + 1, row, neuron);
            int next = biasIndex(layer + 1, row);
            if (next >= 0) {
                t[next] = t[next].sub(theta[index].mul(y0).mul(inverse.sub(Complex.ONE)));
            }
            t[index] = t[index].mul(inverse);
        }
        return t;
    }
}
