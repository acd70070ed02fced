// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.dimension;

/**
 * The rank of the exact Jacobian reduced modulo one prime: a proven lower
 * bound for the dimension.
 *
 * @param prime
 *            the prime p
 * @param rank
 *            the rank over Z/p
 */
public record PrimeRank(long prime, int rank) {
}
