// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;

/** The time limit of a run: a computation that watches the cancel stops, one that does not is abandoned. */
class TimedRunTest {

    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void aComputationInTimeGivesItsValue() throws InterruptedException {
        TimedRun.Outcome<Integer> outcome = TimedRun.run("test", monitor -> Integer.valueOf(6 * 7), //$NON-NLS-1$
                System.nanoTime() + 10_000 * MILLI, MILLI, ProgressMonitor.NULL);
        assertEquals(Integer.valueOf(42), outcome.value());
        assertFalse(outcome.timedOut());
    }

    @Test
    void aFailureIsTheOutcome() throws InterruptedException {
        TimedRun.Outcome<Integer> outcome = TimedRun.run("test", monitor -> { //$NON-NLS-1$
            throw new AnalysisException(Kind.FAILED, "no"); //$NON-NLS-1$
        }, Long.MAX_VALUE, MILLI, ProgressMonitor.NULL);
        assertInstanceOf(AnalysisException.class, outcome.failure());
        assertEquals("no", RowText.failure(outcome.failure())); //$NON-NLS-1$
        assertEquals("internal error: IllegalStateException: defect", RowText.failure(new IllegalStateException("defect"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aComputationThatWatchesTheCancelStopsAtTheDeadline() throws InterruptedException {
        TimedRun.Outcome<Integer> outcome = TimedRun.run("test", monitor -> { //$NON-NLS-1$
            while (!monitor.isCanceled()) {
                Thread.onSpinWait();
            }
            throw new AnalysisException(Kind.CANCELED, "canceled"); //$NON-NLS-1$
        }, System.nanoTime() + 20 * MILLI, 10_000 * MILLI, ProgressMonitor.NULL);
        assertTrue(outcome.timedOut());
        assertFalse(outcome.abandoned());
        assertNull(outcome.value());
    }

    @Test
    void aComputationThatIgnoresTheCancelIsAbandonedAfterTheGrace() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        TimedRun.Outcome<Integer> outcome = TimedRun.run("test", monitor -> { //$NON-NLS-1$
            release.await();
            return Integer.valueOf(1);
        }, System.nanoTime() + 10 * MILLI, 10 * MILLI, ProgressMonitor.NULL);
        assertTrue(outcome.timedOut());
        assertTrue(outcome.abandoned());
        // never released: the outcome was given without waiting for the computation
        assertEquals(1, release.getCount());
        release.countDown();
    }
}
