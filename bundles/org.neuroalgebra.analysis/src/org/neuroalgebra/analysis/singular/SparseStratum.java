// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.List;

/**
 * The image of the parameters whose hidden neurons in {@code zeroNeurons} are removed: the
 * neuromanifold of a sparse subnetwork, inside M.
 *
 * @param zeroNeurons
 *            the removed neurons, e.g. {@code [h1[2]]}; empty for M itself
 * @param dimension
 *            its dimension: the exact rank modulo a prime of the Jacobian columns of the remaining
 *            parameters at a random integer point with the removed parameters zero
 */
public record SparseStratum(List<String> zeroNeurons, int dimension) {
}
