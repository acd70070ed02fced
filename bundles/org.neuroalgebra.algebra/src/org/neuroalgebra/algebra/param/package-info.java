// SPDX-License-Identifier: EPL-2.0
/**
 * Parametrizations θ ↦ c_{f_θ} of network architectures, with exact,
 * modular and floating-point evaluation, exact Jacobians, size estimates
 * and proven dimension bounds.
 * <p>
 * <b>API status: provisional.</b> Layer kinds contribute their parametrizations as {@link
 * org.neuroalgebra.algebra.param.LayerMap}s; that contract is new and may still change in a minor
 * version. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.algebra.param;
