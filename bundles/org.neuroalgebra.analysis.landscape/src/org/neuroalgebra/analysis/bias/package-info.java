// SPDX-License-Identifier: EPL-2.0
/**
 * Implicit bias of distance minimization (docs/MATHEMATICS.md §7): sample data u, find the global minimizer of
 * the distance to M, record its stratum, and estimate each stratum's probability mass (the volume
 * of its Voronoi cell within the sampling box) with Wilson score intervals. M is a neuromanifold
 * of any network kind (searched in parameter space, with a polish that tells attained minima from
 * infima at infinity), a parametrized curve, or a plane curve given by an equation and
 * inequalities (searched through the critical points of the distance, and traced in the box for
 * the picture).
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.bias;
