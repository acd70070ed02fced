// SPDX-License-Identifier: EPL-2.0
/**
 * Euclidean distance degree: the complex critical points of
 * {@code (x − u)ᵀ Q (x − u)} on a variety, for positive definite and
 * degenerate metrics Q (docs/MATHEMATICS.md §6). Entry point:
 * {@link org.neuroalgebra.analysis.edd.EdDegreeComputation}.
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.edd;
