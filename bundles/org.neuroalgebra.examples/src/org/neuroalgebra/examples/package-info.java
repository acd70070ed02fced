// SPDX-License-Identifier: EPL-2.0
/**
 * The talk's examples as {@code .nalg} model files, found through
 * {@link org.neuroalgebra.examples.Examples}.
 * <p>
 * <b>API status: provisional.</b> The list of examples grows and their text may change; the lookup
 * by name stays. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.examples;
