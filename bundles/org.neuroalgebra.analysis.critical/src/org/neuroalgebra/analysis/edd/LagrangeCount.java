// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.edd.EddAnalysis.CrossCheck;
import org.neuroalgebra.analysis.edd.EddAnalysis.ExactCount;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The exact counts of the Lagrange system at the data modulo each of {@link EddAnalysis#PRIMES}
 * ({@link EddAnalysis#crossCheck}), made once: asked for before the homotopy, they stop its monodromy
 * (docs/MATHEMATICS.md §6.2); after it, the same counts check the critical set found. They are made again
 * only if the check is asked for other data than the counts were made at.
 */
final class LagrangeCount {

    private final SolutionCounter counter;
    private final List<Polynomial> equations;
    private final int codimension;
    private final Metric metric;
    private final long seed;

    private double[] countedAt;
    private List<ExactCount> counts;
    private String failure;

    /**
     * @param counter
     *            the exact counter, or null (then nothing is counted and the check says so)
     */
    LagrangeCount(SolutionCounter counter, List<Polynomial> equations, int codimension, Metric metric, long seed) {
        this.counter = counter;
        this.equations = equations;
        this.codimension = codimension;
        this.metric = metric;
        this.seed = seed;
    }

    /**
     * @param data
     *            the data u
     * @return the number of critical points at u off the singular locus when both primes count the same finite
     *         set, else −1 (not known)
     * @throws CancellationException
     *             when the monitor is canceled
     */
    long expected(double[] data, ProgressMonitor monitor) {
        countAt(data, monitor);
        if (counts == null) {
            return -1;
        }
        ExactCount first = counts.get(0);
        boolean finite = first.dimension() == 0 && counts.stream().allMatch(first::sameAs);
        return finite ? first.distinct() : -1;
    }

    /**
     * @return the counts at the result's data compared with the critical set found
     * @throws CancellationException
     *             when the monitor is canceled
     */
    CrossCheck check(EdDegreeResult result, ProgressMonitor monitor) {
        if (counter == null) {
            return CrossCheck.notRun("no exact counter is installed"); //$NON-NLS-1$
        }
        countAt(result.data(), monitor);
        return counts == null ? CrossCheck.notRun(failure) : EddAnalysis.compared(counter, counts, result);
    }

    private void countAt(double[] data, ProgressMonitor monitor) {
        if (counter == null || Arrays.equals(data, countedAt)) {
            return;
        }
        try {
            counts = EddAnalysis.exactCounts(counter, equations, codimension, metric, data, seed, monitor);
            failure = null;
        } catch (CancellationException e) {
            throw e; // an IllegalStateException too: a cancel, not a failed count
        } catch (IllegalArgumentException | IllegalStateException e) {
            counts = null;
            failure = "the exact count failed: " + e.getMessage(); //$NON-NLS-1$
        }
        countedAt = data.clone();
    }
}
