// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgFactory;

import com.google.gson.JsonObject;

/** A job forwards the partial results its analysis publishes, in order, before the final one. */
class PartialResultsTest {

    @Test
    void listenersReceiveThreePartialsInOrderThenTheFinalResult() throws Exception {
        IAnalysis counting = new IAnalysis() {
            @Override
            public String id() {
                return "train"; //$NON-NLS-1$
            }

            @Override
            public String label() {
                return "publishes three partial results"; //$NON-NLS-1$
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
                return run(request, monitor, PartialResults.NONE);
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor, PartialResults partials) {
                for (int done = 1; done <= 3; done++) {
                    partials.publish(new Progress(done, false));
                }
                return new Progress(3, true);
            }
        };
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setKind("train"); //$NON-NLS-1$
        AnalysisJob job = new AnalysisJob(counting, new AnalysisRequest(spec));
        List<String> events = new CopyOnWriteArrayList<>();
        List<AnalysisResult> received = new CopyOnWriteArrayList<>();
        AnalysisResultListener listener = new AnalysisResultListener() {
            @Override
            public void started(String runName) {
                events.add("started"); //$NON-NLS-1$
            }

            @Override
            public void partial(String runName, AnalysisResult partial) {
                events.add("partial " + ((Progress) partial).done()); //$NON-NLS-1$
                received.add(partial);
            }

            @Override
            public void finished(String runName, AnalysisResult result) {
                events.add("finished " + ((Progress) result).done()); //$NON-NLS-1$
                received.add(result);
            }

            @Override
            public void failed(String runName, String message) {
                events.add("failed " + message); //$NON-NLS-1$
            }
        };
        AnalysisRuns.addListener(listener);
        try {
            job.schedule();
            job.join();
        } finally {
            AnalysisRuns.removeListener(listener);
        }
        assertTrue(job.getResult().isOK(), () -> job.getResult().toString());
        assertEquals(List.of("started", "partial 1", "partial 2", "partial 3", "finished 3"), events); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        List<Boolean> complete = new ArrayList<>();
        received.forEach(result -> complete.add(((Progress) result).complete()));
        assertEquals(List.of(false, false, false, true), complete);
        assertSame(job.result(), received.get(3));
        assertSame(job.result(), AnalysisRuns.lastResult(), "partials are not kept as the last result"); //$NON-NLS-1$
    }

    /** A result that says how much of the work it covers. */
    private record Progress(int done, boolean complete) implements AnalysisResult {
        @Override
        public String analysisId() {
            return "train"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "fake"; //$NON-NLS-1$
        }

        @Override
        public Provenance provenance() {
            return Provenance.of(certified(), method(), seed(), seconds());
        }

        @Override
        public boolean certified() {
            return false;
        }

        @Override
        public String method() {
            return "counting"; //$NON-NLS-1$
        }

        @Override
        public long seed() {
            return 0;
        }

        @Override
        public double seconds() {
            return 0;
        }

        @Override
        public List<String> summary() {
            return List.of(done + " done"); //$NON-NLS-1$
        }

        @Override
        public JsonObject toJson() {
            return new JsonObject();
        }
    }
}
