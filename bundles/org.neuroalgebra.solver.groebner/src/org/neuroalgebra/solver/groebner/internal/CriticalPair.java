// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

/**
 * An S-pair of two basis elements.
 *
 * @param first
 *            index of the older polynomial
 * @param second
 *            index of the newer polynomial
 * @param lcm
 *            the lcm of their leading monomials
 * @param sugar
 *            the sugar degree of the S-polynomial
 */
record CriticalPair(int first, int second, long lcm, int sugar) {
}
