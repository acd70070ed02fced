// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code implicitize} analysis: the equations of a neuromanifold up to a degree (docs/MATHEMATICS.md §8).
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.implicitize;
