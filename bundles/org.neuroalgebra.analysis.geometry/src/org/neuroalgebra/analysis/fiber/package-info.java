// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code fiber} analysis: identifiability of network parameters (docs/MATHEMATICS.md §4).
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.fiber;
