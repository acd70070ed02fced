// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.implicit;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * The equations of degree at most {@code maxDegree} of the Zariski closure of
 * M = image of a parametrization, as found by {@link Implicitization}.
 * <p>
 * All polynomials are in the ambient coordinates of the parametrization, in
 * its coordinate order (variable k is coordinate k, named by
 * {@code coordinateNames().get(k)}), with coprime integer coefficients.
 *
 * @param cone
 *            whether M is a cone (its tangent spaces contain the Euler
 *            vector); then every equation is homogeneous
 * @param spanDimension
 *            the dimension of the linear span of M (affine span when M is
 *            not a cone)
 * @param chartCoordinates
 *            indices of coordinates that are independent on M; the higher
 *            degree equations are written in these only
 * @param linearEquations
 *            a basis of the linear equations: each expresses one
 *            non-chart coordinate through the chart coordinates
 * @param equations
 *            the new generators in degrees 2..maxDegree: a basis of the
 *            equations of each degree modulo the multiples of the lower
 *            degree ones (in the chart coordinates)
 * @param maxDegree
 *            e, the largest degree searched
 * @param primes
 *            the primes the kernels were computed modulo (one, or two when
 *            Chinese remaindering was needed)
 * @param verifiedPoints
 *            the number of fresh random rational points of M at which every
 *            equation was checked to vanish exactly
 * @param seed
 *            the seed of all sample points
 * @param gradings
 *            the weight vectors (indexed by coordinate) of the gradings that
 *            split each degree into blocks; every equation is homogeneous for
 *            each of them
 * @param largestBlock
 *            the number of monomials of the largest block interpolated
 */
public record ImplicitEquations(boolean cone, int spanDimension, List<Integer> chartCoordinates,
        List<Polynomial> linearEquations, List<Polynomial> equations, int maxDegree, List<Long> primes,
        int verifiedPoints, long seed, List<long[]> gradings, int largestBlock) {

    /** Copies the lists. */
    public ImplicitEquations {
        chartCoordinates = List.copyOf(chartCoordinates);
        linearEquations = List.copyOf(linearEquations);
        equations = List.copyOf(equations);
        primes = List.copyOf(primes);
        gradings = gradings.stream().map(long[]::clone).toList();
    }

    /** @return the linear equations followed by the higher degree ones */
    public List<Polynomial> all() {
        List<Polynomial> all = new ArrayList<>(linearEquations);
        all.addAll(equations);
        return all;
    }

    /**
     * @param names
     *            the coordinate names
     * @return every equation as text, e.g. {@code y1:x1*y2:x2 - y1:x2*y2:x1}
     */
    public List<String> format(List<String> names) {
        return all().stream().map(p -> p.toString(names)).toList();
    }
}
