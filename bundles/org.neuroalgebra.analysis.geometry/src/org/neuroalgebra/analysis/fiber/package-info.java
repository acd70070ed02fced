// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code fiber} analysis: identifiability of network parameters (docs/MATHEMATICS.md §4).
 */
package org.neuroalgebra.analysis.fiber;
