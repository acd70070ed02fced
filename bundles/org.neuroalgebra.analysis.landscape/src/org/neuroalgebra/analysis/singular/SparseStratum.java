// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.List;

/**
 * The image of the parameters whose hidden neurons in {@code zeroNeurons} are removed and whose
 * neurons in {@code constantNeurons} have zero incoming weights (and bias): the neuromanifold of a
 * sparse subnetwork, inside M. A constant neuron emits σ(0) ≠ 0 through its free outgoing
 * weights, as an extra bias of the next layer.
 *
 * @param zeroNeurons
 *            the removed neurons, e.g. {@code [h1[2]]}, or the zero and shortened filters of a
 *            CNN; both lists empty for M itself
 * @param constantNeurons
 *            the neurons that emit the constant σ(0)
 * @param dimension
 *            its dimension: the exact rank modulo a prime of the Jacobian columns of the remaining
 *            parameters at a random integer point with the zeroed parameters zero
 */
public record SparseStratum(List<String> zeroNeurons, List<String> constantNeurons, int dimension) {

    public SparseStratum {
        zeroNeurons = List.copyOf(zeroNeurons);
        constantNeurons = List.copyOf(constantNeurons);
    }

    /** A stratum of removed parts only. */
    public SparseStratum(List<String> zeroNeurons, int dimension) {
        this(zeroNeurons, List.of(), dimension);
    }

    /** @return e.g. {@code without [h1[2]]}, {@code h1[1] constant} or both; {@code M} for M itself */
    public String describe() {
        String removed = zeroNeurons.isEmpty() ? "" : "without " + zeroNeurons; //$NON-NLS-1$ //$NON-NLS-2$
        String constant = constantNeurons.isEmpty() ? "" //$NON-NLS-1$
                : String.join(", ", constantNeurons) + " constant σ(0)"; //$NON-NLS-1$ //$NON-NLS-2$
        if (removed.isEmpty() && constant.isEmpty()) {
            return "M"; //$NON-NLS-1$
        }
        return removed.isEmpty() || constant.isEmpty() ? removed + constant : removed + ", " + constant; //$NON-NLS-1$
    }
}
