// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

/**
 * A part of a network that is switched off at a parameter point: a hidden neuron of an MLP or a
 * (shortened or vanishing) filter of a CNN. Such points form the sparse-subnetwork strata of
 * docs/MATHEMATICS.md §7.
 */
public sealed interface SparseUnit permits ZeroNeuron, ZeroFilter {

    /** @return a short name, e.g. {@code h1[2]} or {@code w1[3]} */
    String name();

    /** @return what is zero and what the network does without it */
    String describe();
}
