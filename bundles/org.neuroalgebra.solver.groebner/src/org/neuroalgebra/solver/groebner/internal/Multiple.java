// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

/**
 * A monomial multiple m · f of a polynomial: one row of a Macaulay matrix,
 * kept symbolic until the matrix is built.
 *
 * @param multiplier
 *            the packed monomial m
 * @param polynomial
 *            the polynomial f
 */
record Multiple(long multiplier, ModPolynomial polynomial) {
}
