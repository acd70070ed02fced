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
 *            the parts that are zero at θ: hidden neurons of an MLP with the weights that vanish,
 *            or zero and shortened filters of a CNN
 */
public record PointClassification(Stratum stratum, int jacobianRank, double gapRatio, int genericRank,
        List<SparseUnit> sparseNeurons) {

    /** @return the names of the zero parts, e.g. {@code h1[2]} (a neuron), {@code w1[3]} (a filter entry) */
    public List<String> zeroNeurons() {
        return sparseNeurons.stream().map(SparseUnit::name).toList();
    }

    /** @return what makes θ a sparse subnetwork, one description per zero part; empty otherwise */
    public List<String> sparseDescription() {
        return sparseNeurons.stream().map(SparseUnit::describe).toList();
    }
}
