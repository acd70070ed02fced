// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.edd.EddAnalysis.CrossCheck;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The exact number of solutions of critical equations at exact data, off a locus, modulo each of
 * {@link EddAnalysis#PRIMES}. Counted before the homotopy, it is the stopping rule of the monodromy
 * (docs/MATHEMATICS.md §6.2, §6.9), and after it the check of the number found.
 */
final class ExactCriticalCount {

    private ExactCriticalCount() {
    }

    /**
     * @param counter
     *            the exact counter, or null
     * @param equations
     *            the critical equations at the exact data
     * @param unknowns
     *            their number of unknowns
     * @param locus
     *            generators of a locus whose solutions do not count (saturated away), or none
     * @return the count, with {@code agrees} false: the caller compares it with the points found
     */
    static CrossCheck of(SolutionCounter counter, List<Polynomial> equations, int unknowns, List<Polynomial> locus,
            long seed, ProgressMonitor monitor) {
        if (counter == null) {
            return CrossCheck.notRun("no exact counter is installed"); //$NON-NLS-1$
        }
        try {
            List<CountResult> counts = PrimeCounts
                    .each((prime, m) -> OffLocusCount.of(counter, equations, unknowns, locus, prime, seed, m), monitor);
            CountResult first = counts.get(0);
            boolean primesAgree = counts.stream().allMatch(c -> c.dimension() == first.dimension()
                    && c.degree() == first.degree() && c.distinctSolutions() == first.distinctSolutions());
            long distinct = first.dimension() == 0 ? first.distinctSolutions() : -1;
            return new CrossCheck(counter.id(), first.dimension(), first.degree(), distinct, -1, -1,
                    counts.stream().map(CountResult::prime).toList(), primesAgree, false, null);
        } catch (CancellationException e) {
            throw e; // an IllegalStateException too: a cancel, not a failed count
        } catch (IllegalArgumentException | IllegalStateException e) {
            return CrossCheck.notRun("the exact count failed: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    /** @return the number of solutions when both primes count the same finite set, else −1 (not known) */
    static long expected(CrossCheck count) {
        return count.notRun() == null && count.primesAgree() && count.dimension() == 0 ? count.distinct() : -1;
    }

    /** @return the count with {@code agrees} set: whether it is finite, agrees across primes and equals {@code found} */
    static CrossCheck compared(CrossCheck count, long found) {
        return new CrossCheck(count.counter(), count.dimension(), count.degree(), count.distinct(),
                count.ramificationDimension(), count.ramification(), count.primes(), count.primesAgree(),
                expected(count) >= 0 && count.distinct() == found, count.notRun());
    }
}
