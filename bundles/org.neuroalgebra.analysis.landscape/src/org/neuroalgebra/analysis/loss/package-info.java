// SPDX-License-Identifier: EPL-2.0
/**
 * The loss landscape in function space (docs/MATHEMATICS.md §5): the MSE loss of a dataset is a squared
 * (pseudo)distance ‖C_f − U‖²_Q plus a constant, with Q = AᵀA the moment matrix of the inputs and
 * U = A⁺B the least-squares target.
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.loss;
