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
 * @param systemDegree
 *            the degree of its lift to the unknowns (x, λ) of the Lagrange system, which an
 *            exact count of that system measures (−1 when not computed); it differs from the
 *            degree when λ varies along the component
 */
public record Component(int dimension, int degree, String kind, String how, int systemDegree) {

    /**
     * A component whose degree in the unknowns of the Lagrange system (x, λ) is its degree in x:
     * points, and positive-dimensional sets on which λ is constant (the zero-loss set, λ = 0).
     */
    public Component(int dimension, int degree, String kind, String how) {
        this(dimension, degree, kind, how, degree);
    }
}
