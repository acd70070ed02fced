// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

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
}
