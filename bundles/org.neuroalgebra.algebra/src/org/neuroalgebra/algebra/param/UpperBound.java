// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

/**
 * A proven upper bound for the dimension of a neuromanifold.
 *
 * @param value
 *            the bound
 * @param derivation
 *            how it was obtained, in words a user can check
 */
public record UpperBound(int value, String derivation) {
}
