// SPDX-License-Identifier: EPL-2.0
/**
 * Linear algebra: exact ranks, kernels and inverses over prime fields,
 * rational reconstruction, and numerical ranks from singular values (EJML).
 */
package org.neuroalgebra.algebra.linear;
