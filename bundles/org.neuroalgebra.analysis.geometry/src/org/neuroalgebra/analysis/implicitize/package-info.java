// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code implicitize} analysis: the equations of a neuromanifold up to a degree (docs/MATHEMATICS.md §8).
 */
package org.neuroalgebra.analysis.implicitize;
