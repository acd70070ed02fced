// SPDX-License-Identifier: EPL-2.0
/**
 * The algebra core of Neuroalgebra: exact and floating-point polynomial
 * algebra, linear algebra and the parametrizations of network architectures.
 * Plain Java with EJML underneath; nothing here knows about Eclipse or EMF.
 * <p>
 * <b>API status: stable.</b> Types here change compatibly within a major version. See "The API" in
 * docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.algebra;
