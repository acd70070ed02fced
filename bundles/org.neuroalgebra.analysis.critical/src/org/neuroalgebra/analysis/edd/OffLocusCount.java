// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The exact count, modulo one prime, of the solutions of a system off a locus, saturating only when the
 * locus meets them. Saturation adds a variable (1 − t·g) and made the Gröbner basis two to three times as
 * expensive as the count itself, while for generic data the critical equations often have no solution on
 * the locus at all (a hypersurface's singular locus for a positive definite Q: there Q(x − u) = λ∇F = 0
 * forces x = u ∉ V; a rank-one chart's A = 0 leaves more equations than unknowns). Whether they do is
 * one small Gröbner basis of the system with the locus added: when it is the unit ideal, removing the
 * locus removes nothing, and the plain count is the count off the locus.
 */
final class OffLocusCount {

    private OffLocusCount() {
    }

    /**
     * @return the count of the solutions of {@code equations} off the common zeros of {@code locus}, as
     *         {@link SolutionCounter#count} with {@code locus} as the saturating polynomials
     */
    static CountResult of(SolutionCounter counter, List<Polynomial> equations, int unknowns, List<Polynomial> locus,
            long prime, long seed, ProgressMonitor monitor) {
        if (!locus.isEmpty()) {
            List<Polynomial> meeting = new ArrayList<>(equations);
            meeting.addAll(locus);
            if (counter.count(meeting, unknowns, List.of(), prime, seed, monitor).isEmpty()) {
                CountResult plain = counter.count(equations, unknowns, List.of(), prime, seed, monitor);
                // a degree of a positive-dimensional set is taken as the saturated count takes it (by slices)
                if (plain.dimension() <= 0) {
                    return plain;
                }
            }
        }
        return counter.count(equations, unknowns, locus, prime, seed, monitor);
    }
}
