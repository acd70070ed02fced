// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

/**
 * A dataset S = {(a_k, b_k)} in floating point (docs/MATHEMATICS.md §5).
 *
 * @param inputs
 *            the inputs a_k, one row per sample
 * @param outputs
 *            the targets b_k, one row per sample
 * @param description
 *            where the samples came from, with every seed used
 */
public record Samples(double[][] inputs, double[][] outputs, String description) {

    public Samples {
        if (inputs.length != outputs.length) {
            throw new IllegalArgumentException(
                    inputs.length + " inputs but " + outputs.length + " outputs"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return |S| */
    public int size() {
        return inputs.length;
    }

    /** @return d_0, or 0 for an empty dataset */
    public int inputDimension() {
        return inputs.length == 0 ? 0 : inputs[0].length;
    }

    /** @return d_L, or 0 for an empty dataset */
    public int outputDimension() {
        return outputs.length == 0 ? 0 : outputs[0].length;
    }
}
