// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;
import java.util.Optional;

import org.neuroalgebra.analysis.PictureLayer;

/** A semialgebraic set M with a way to find the nearest point of M to a data point and its stratum. */
public interface NearestPointProblem {

    /** @return the dimension of the ambient space */
    int ambientDimension();

    /**
     * @param seed
     *            the seed of a randomized search (ignored by deterministic ones)
     * @return the global minimizer of ‖x − u‖² over x ∈ M
     */
    Nearest nearest(double[] u, long seed);

    /**
     * @return M itself as drawn in the sampling box, for the Voronoi picture of plane data (e.g. a
     *         plane curve as a line layer); none when it cannot be drawn there
     */
    default List<PictureLayer> outline(Box box) {
        return List.of();
    }

    /**
     * @return for data in 3-space, the plane section the Voronoi picture shows (through a singular
     *         point when there is one); empty when there is none
     */
    default Optional<Slice> slice(Box box) {
        return Optional.empty();
    }
}
