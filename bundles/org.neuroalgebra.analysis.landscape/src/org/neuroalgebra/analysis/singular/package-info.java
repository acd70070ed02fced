// SPDX-License-Identifier: EPL-2.0
/**
 * Strata of a neuromanifold (docs/MATHEMATICS.md §7): smooth points, boundary points, singular points and
 * sparse subnetworks (hidden neurons of an MLP whose incoming or outgoing weights vanish, a
 * neuron with zero incoming weights emitting the constant σ(0), zero or shortened filters of a
 * CNN), the classification of a parameter point, and the dimensions of the sparse-subnetwork
 * strata; for
 * varieties, the singular locus, and for semialgebraic plane curves their real singular points and
 * end points.
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.singular;
