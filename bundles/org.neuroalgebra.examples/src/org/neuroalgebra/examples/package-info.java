// SPDX-License-Identifier: EPL-2.0
/**
 * The talk's examples as {@code .nalg} model files, found through
 * {@link org.neuroalgebra.examples.Examples}.
 */
package org.neuroalgebra.examples;
