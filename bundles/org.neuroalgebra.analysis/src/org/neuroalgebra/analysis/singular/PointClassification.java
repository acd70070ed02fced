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
 * @param zeroNeurons
 *            the hidden neurons that are zero at θ, e.g. {@code h1[2]}
 */
public record PointClassification(Stratum stratum, int jacobianRank, double gapRatio, int genericRank,
        List<String> zeroNeurons) {
}
