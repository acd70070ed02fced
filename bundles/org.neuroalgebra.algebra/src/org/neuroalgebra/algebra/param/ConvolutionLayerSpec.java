// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * One layer of a 1-D convolutional network: {@code channels} output
 * channels, each summing one filter of length {@code kernel} per input channel
 * slid with {@code stride}, an optional bias per output channel, and the
 * activation σ applied to its outputs (null for none; the last layer has
 * none).
 *
 * @param kernel
 *            k ≥ 1, the filter length
 * @param stride
 *            s ≥ 1
 * @param bias
 *            whether the layer adds a bias (one scalar, shared by all
 *            positions)
 * @param activation
 *            σ after this layer, a univariate polynomial, or null
 * @param channels
 *            the number of output channels (≥ 1)
 */
public record ConvolutionLayerSpec(int kernel, int stride, boolean bias, Polynomial activation, int channels) {

    /** Checks the sizes. */
    public ConvolutionLayerSpec {
        if (kernel < 1 || stride < 1 || channels < 1) {
            throw new IllegalArgumentException("kernel, stride and channels must be positive: kernel=" + kernel //$NON-NLS-1$
                    + " stride=" + stride + " channels=" + channels); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** A single-channel layer. */
    public ConvolutionLayerSpec(int kernel, int stride, boolean bias, Polynomial activation) {
        this(kernel, stride, bias, activation, 1);
    }

    /**
     * @param inputChannels
     *            the channels of the layer's input
     * @return its number of parameters: a filter per pair of channels, a bias per output channel
     */
    public int parameterCount(int inputChannels) {
        return channels * inputChannels * kernel + (bias ? channels : 0);
    }

    /**
     * @param inputLength
     *            n, the length of the layer's input signal
     * @return ⌊(n − k)/s⌋ + 1, or 0 when the filter is longer than the input
     */
    public int outputLength(int inputLength) {
        return inputLength < kernel ? 0 : (inputLength - kernel) / stride + 1;
    }
}
