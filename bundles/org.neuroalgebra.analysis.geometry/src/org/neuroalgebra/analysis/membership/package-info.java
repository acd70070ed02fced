// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code membership} analysis: is a given polynomial f_θ for some real θ (docs/MATHEMATICS.md §3)?
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.membership;
