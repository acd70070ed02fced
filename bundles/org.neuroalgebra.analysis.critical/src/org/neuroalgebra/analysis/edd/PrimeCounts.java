// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * The exact counts modulo each of {@link EddAnalysis#PRIMES}, run at the same time: the counts are
 * independent, and each is one thread of Gröbner work, so on two processors the second prime costs no
 * wall time. The caller's monitor gets the progress of the first prime; the others only see its
 * cancellation.
 */
final class PrimeCounts {

    private PrimeCounts() {
    }

    /** One exact count modulo a prime. */
    @FunctionalInterface
    interface Count<T> {
        T modulo(long prime, ProgressMonitor monitor);
    }

    /**
     * @param count
     *            the count modulo one prime (thread-safe)
     * @param monitor
     *            progress and cancellation
     * @return the counts in the order of {@link EddAnalysis#PRIMES}
     * @throws IllegalArgumentException
     *             or IllegalStateException as a count throws them
     */
    static <T> List<T> each(Count<T> count, ProgressMonitor monitor) {
        ProgressMonitor cancellationOnly = ProgressMonitor.cancellationOf(monitor::isCanceled);
        List<CompletableFuture<T>> others = new ArrayList<>();
        for (int i = 1; i < EddAnalysis.PRIMES.length; i++) {
            long prime = EddAnalysis.PRIMES[i];
            others.add(CompletableFuture.supplyAsync(() -> count.modulo(prime, cancellationOnly)));
        }
        List<T> counts = new ArrayList<>();
        counts.add(count.modulo(EddAnalysis.PRIMES[0], monitor));
        for (CompletableFuture<T> other : others) {
            try {
                counts.add(other.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
        return counts;
    }
}
