// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code filling} analysis: which fraction of targets is f_θ for a real θ (docs/MATHEMATICS.md §3.2)?
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.filling;
