// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import java.util.List;

/**
 * The witness points of one dimension d of a solution set: the isolated
 * solutions of the equations together with d random complex affine linear
 * equations (the slice), without the points that lie on components of higher
 * dimension. Each d-dimensional component of degree k meets the slice in k of
 * these points; for d = 0 they are the isolated solutions themselves.
 *
 * @param dimension
 *            d, the number of slicing equations
 * @param points
 *            the witness points, distinct, with the multiplicity of each
 *            (above one on a non-reduced component or at a singular isolated
 *            solution)
 * @param pathsTracked
 *            paths of the homotopy that solved the sliced system
 * @param pathsFailed
 *            of those, the paths that failed (witness points may be missing)
 * @param pathsExcess
 *            paths that ended at points of the randomized square system that
 *            do not solve the original equations
 * @param junkPoints
 *            sliced solutions removed because they lie on a component of
 *            higher dimension (membership test by a homotopy moving that
 *            component's slice through the point)
 */
public record WitnessSet(int dimension, List<Solution> points, int pathsTracked, int pathsFailed, int pathsExcess,
        int junkPoints) {

    /** Copies the list. */
    public WitnessSet {
        points = List.copyOf(points);
    }

    /** @return the number of witness points counted with multiplicity */
    public int degree() {
        return points.stream().mapToInt(Solution::multiplicity).sum();
    }
}
