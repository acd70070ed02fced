// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

/**
 * A piece of the complex critical set.
 *
 * @param dimension
 *            its dimension (0 for finitely many points)
 * @param degree
 *            the number of points for dimension 0; for a positive-dimensional
 *            piece the number of points cut out by a generic linear space of
 *            complementary dimension, or −1 when not computed
 * @param kind
 *            {@code "points"}, {@code "zero-loss"}, {@code "ramification"}
 * @param how
 *            how dimension and degree were obtained
 */
public record Component(int dimension, int degree, String kind, String how) {
}
