// SPDX-License-Identifier: EPL-2.0
/**
 * Helpers shared by the suite's test fragments: analysis requests from {@code .nalg} text and a
 * solver registry with the built-in solvers, without OSGi.
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's test fragments ({@code x-friends}).
 */
package org.neuroalgebra.analysis.testing;
