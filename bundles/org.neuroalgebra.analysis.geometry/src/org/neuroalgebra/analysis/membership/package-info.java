// SPDX-License-Identifier: EPL-2.0
/**
 * The {@code membership} analysis: is a given polynomial f_θ for some real θ (docs/MATHEMATICS.md §3)?
 */
package org.neuroalgebra.analysis.membership;
