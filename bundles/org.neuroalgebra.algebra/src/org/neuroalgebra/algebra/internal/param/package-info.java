// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of the parametrizations: dense polynomial arithmetic over any
 * {@link org.neuroalgebra.algebra.number.Ring} and dual numbers for exact
 * Jacobians. Not API.
 */
package org.neuroalgebra.algebra.internal.param;
