// SPDX-License-Identifier: EPL-2.0
/**
 * Linear algebra: exact ranks, kernels and inverses over prime fields,
 * rational reconstruction, and numerical ranks from singular values (EJML).
 * <p>
 * <b>API status: stable.</b> Types here change compatibly within a major version. See "The API" in
 * docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.algebra.linear;
