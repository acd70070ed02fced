// SPDX-License-Identifier: EPL-2.0
/**
 * The algebra core of Neuroalgebra: exact and floating-point polynomial
 * algebra, linear algebra and the parametrizations of network architectures.
 * Plain Java with EJML underneath; nothing here knows about Eclipse or EMF.
 */
package org.neuroalgebra.algebra;
