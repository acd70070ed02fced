// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * One layer of a 1-D convolutional network: a single-channel filter of
 * length {@code kernel} slid with {@code stride}, an optional bias, and the
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
 */
public record ConvolutionLayerSpec(int kernel, int stride, boolean bias, Polynomial activation) {

    /** Checks the sizes. */
    public ConvolutionLayerSpec {
        if (kernel < 1 || stride < 1) {
            throw new IllegalArgumentException("kernel and stride must be positive: kernel=" + kernel //$NON-NLS-1$
                    + " stride=" + stride); //$NON-NLS-1$
        }
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
