// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.List;

/**
 * The stratum of a parameter point θ with its evidence.
 *
 * @param stratum
 *            smooth, singular or sparse subnetwork (a single θ cannot show a boundary point)
 * @param jacobianRank
 *            the numerical rank of ∂c/∂θ at θ
 * @param gapRatio
 *            the singular-value gap behind that rank
 * @param genericRank
 *            the exact rank modulo a prime at a random integer point: dim M
 * @param sparseNeurons
 *            the hidden neurons that are zero at θ, with the weights that vanish
 */
public record PointClassification(Stratum stratum, int jacobianRank, double gapRatio, int genericRank,
        List<ZeroNeuron> sparseNeurons) {

    /** @return the names of the zero neurons, e.g. {@code h1[2]} */
    public List<String> zeroNeurons() {
        return sparseNeurons.stream().map(ZeroNeuron::neuron).toList();
    }

    /** @return what makes θ a sparse subnetwork, one description per zero neuron; empty otherwise */
    public List<String> sparseDescription() {
        return sparseNeurons.stream().map(ZeroNeuron::describe).toList();
    }
}
