// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

/** Where a point of a neuromanifold (or the end of a training run) lies (docs/MATHEMATICS.md §7). */
public enum Stratum {
    /** a smooth interior point: the Jacobian has the generic rank and no neuron is zero */
    SMOOTH("smooth"), //$NON-NLS-1$
    /**
     * on the real boundary; for a training run: the parameters diverge while the loss converges,
     * i.e. the run approaches a boundary point that no finite θ attains
     */
    BOUNDARY("boundary"), //$NON-NLS-1$
    /** a singular point: the Jacobian rank drops below the generic rank, no neuron being zero */
    SINGULAR("singular"), //$NON-NLS-1$
    /** a sparse subnetwork: some hidden neuron or filter is zero or a filter is shortened (the conjecture's strata) */
    SPARSE_SUBNETWORK("sparse-subnetwork"); //$NON-NLS-1$

    private final String label;

    Stratum(String label) {
        this.label = label;
    }

    /** @return the name used in JSON and summaries */
    public String label() {
        return label;
    }
}
