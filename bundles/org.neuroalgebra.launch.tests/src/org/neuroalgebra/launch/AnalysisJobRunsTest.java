// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgFactory;

import com.google.gson.JsonObject;

/** What a job tells the history, and that its progress is never full while it runs. */
class AnalysisJobRunsTest {

    /** Records the work reported to the job's monitor. */
    private static final class Recording extends NullProgressMonitor {
        int total;
        double worked;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void internalWorked(double work) {
            worked += work;
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }
    }

    @Test
    void progressAdvancesWithEveryPhaseButIsNeverFullWhileRunning() {
        Recording monitor = new Recording();
        ProgressMonitor adapted = AnalysisJob.adapt(monitor);
        List<Double> seen = new ArrayList<>();
        // Two phases, each worked to its end and beyond: analyses over-report, the bar must not fill.
        for (int phase = 0; phase < 2; phase++) {
            adapted.begin("phase " + phase, 10); //$NON-NLS-1$
            adapted.worked(25);
            seen.add(monitor.worked);
        }
        adapted.begin("open-ended", -1); //$NON-NLS-1$
        adapted.worked(1_000_000);
        seen.add(monitor.worked);
        assertTrue(seen.get(0) > 0, "the first phase shows progress"); //$NON-NLS-1$
        assertTrue(seen.get(1) > seen.get(0) && seen.get(2) > seen.get(1), "every phase advances: " + seen); //$NON-NLS-1$
        assertTrue(seen.get(2) < monitor.total, "never full while running: " + seen + " of " + monitor.total); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aCanceledRunEndsCanceledWithItsLastPartialResultAndTheRequestItRan() throws InterruptedException {
        Result half = new Result();
        IAnalysis cancels = new IAnalysis() {
            @Override
            public String id() {
                return "train"; //$NON-NLS-1$
            }

            @Override
            public String label() {
                return "Training"; //$NON-NLS-1$
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
                return run(request, monitor, PartialResults.NONE);
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor, PartialResults partials)
                    throws AnalysisException {
                partials.publish(half);
                throw new AnalysisException(AnalysisException.Kind.CANCELED, "canceled after 1 of 2 runs"); //$NON-NLS-1$
            }
        };
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setKind("train"); //$NON-NLS-1$
        spec.setName("training"); //$NON-NLS-1$
        spec.setSeed(42);
        AtomicReference<AnalysisRun> started = new AtomicReference<>();
        AtomicReference<AnalysisRun> ended = new AtomicReference<>();
        AtomicReference<RunOutcome> outcome = new AtomicReference<>();
        AnalysisResultListener listener = new AnalysisResultListener() {
            @Override
            public void runStarted(AnalysisRun run) {
                started.set(run);
            }

            @Override
            public void runEnded(AnalysisRun run, RunOutcome how) {
                ended.set(run);
                outcome.set(how);
            }
        };
        AnalysisRuns.addListener(listener);
        AnalysisJob job = new AnalysisJob(cancels, new AnalysisRequest(spec));
        try {
            job.schedule();
            job.join();
        } finally {
            AnalysisRuns.removeListener(listener);
        }
        assertSame(started.get(), ended.get(), "one run, announced twice"); //$NON-NLS-1$
        AnalysisRun run = started.get();
        assertEquals("training", run.block()); //$NON-NLS-1$
        assertEquals("train", run.analysisId()); //$NON-NLS-1$
        assertEquals("Training", run.analysisLabel()); //$NON-NLS-1$
        assertEquals(42, run.seed());
        assertNull(run.file(), "a model not loaded from a file"); //$NON-NLS-1$
        assertNull(run.contentHash());
        assertEquals(RunOutcome.State.CANCELED, outcome.get().state());
        assertSame(half, outcome.get().result());
        assertTrue(outcome.get().isPartial());
        assertEquals("canceled after 1 of 2 runs", outcome.get().message()); //$NON-NLS-1$
        assertFalse(outcome.get().ended().isBefore(run.started()));
    }

    private record Result() implements AnalysisResult {
        @Override
        public String analysisId() {
            return "train"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "?"; //$NON-NLS-1$
        }

        @Override
        public Provenance provenance() {
            return Provenance.of(false, "none", 42, 0); //$NON-NLS-1$
        }

        @Override
        public List<String> summary() {
            return List.of();
        }

        @Override
        public JsonObject toJson() {
            return new JsonObject();
        }
    }
}
