// SPDX-License-Identifier: EPL-2.0
/**
 * Parametrizations θ ↦ c_{f_θ} of network architectures, with exact,
 * modular and floating-point evaluation, exact Jacobians, size estimates
 * and proven dimension bounds.
 */
package org.neuroalgebra.algebra.param;
