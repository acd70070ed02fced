// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The exact count of V ∩ L: the restricted equations counted by a Gröbner basis modulo each of
 * the primes (the number of standard monomials of the zero-dimensional ideal, and of its radical
 * for the distinct points).
 *
 * @param counts
 *            one per prime, in order
 */
record ExactSliceCount(List<CountResult> counts) {

    ExactSliceCount {
        counts = List.copyOf(counts);
    }

    static ExactSliceCount of(SolutionCounter counter, List<Polynomial> restricted, int unknowns, List<Long> primes,
            long seed, ProgressMonitor monitor) {
        List<CountResult> counts = new ArrayList<>();
        for (long prime : primes) {
            counts.add(counter.count(restricted, unknowns, List.of(), prime, seed, monitor));
        }
        return new ExactSliceCount(counts);
    }

    /** @return whether the slice is a nonempty finite set modulo every prime */
    boolean finiteAndNonempty() {
        return counts.stream().allMatch(c -> c.dimension() == 0 && c.degree() > 0);
    }

    /** @return whether every prime gives the same number of points, with the same multiplicities */
    boolean primesAgree() {
        CountResult first = counts.get(0);
        return counts.stream().allMatch(c -> c.dimension() == first.dimension() && c.degree() == first.degree()
                && c.distinctSolutions() == first.distinctSolutions());
    }

    /** @return whether every point is simple (the ideal is radical), so the count is the degree of V */
    boolean radical() {
        return counts.stream().allMatch(c -> c.distinctSolutions() >= 0 && c.distinctSolutions() == c.degree());
    }

    /** @return the number of distinct points modulo the first prime, or -1 when not computed */
    long distinctPoints() {
        return counts.get(0).distinctSolutions();
    }
}
