// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;

/**
 * Runs one analysis as an Eclipse job: progress in the Progress view, cancel honoured through
 * {@link ProgressMonitor#isCanceled()}, partial results and the outcome announced to
 * {@link AnalysisRuns}.
 */
public class AnalysisJob extends Job {

    private static final String PLUGIN_ID = "org.neuroalgebra.launch"; //$NON-NLS-1$

    private final IAnalysis analysis;
    private final AnalysisRequest request;
    private volatile AnalysisResult result;

    public AnalysisJob(IAnalysis analysis, AnalysisRequest request) {
        super(analysis.label() + ": " + request.subjectName()); //$NON-NLS-1$
        this.analysis = analysis;
        this.request = request;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        AnalysisRuns.fireStarted(getName());
        try {
            result = analysis.run(request, adapt(monitor), partial -> AnalysisRuns.firePartial(getName(), partial));
            AnalysisRuns.fireFinished(getName(), result);
            return Status.OK_STATUS;
        } catch (AnalysisException e) {
            AnalysisRuns.fireFailed(getName(), e.getMessage());
            if (e.kind() == AnalysisException.Kind.CANCELED || monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            return Status.error(e.getMessage(), e);
        } catch (RuntimeException e) {
            AnalysisRuns.fireFailed(getName(), String.valueOf(e));
            return new Status(IStatus.ERROR, PLUGIN_ID, "Analysis failed: " + e, e); //$NON-NLS-1$
        } finally {
            monitor.done();
        }
    }

    /** @return what this job runs */
    public AnalysisRequest request() {
        return request;
    }

    /** @return the result once the job has finished successfully, else null */
    public AnalysisResult result() {
        return result;
    }

    private static ProgressMonitor adapt(IProgressMonitor monitor) {
        return new ProgressMonitor() {
            private SubMonitor sub = SubMonitor.convert(monitor);

            @Override
            public void begin(String task, int totalWork) {
                sub = SubMonitor.convert(monitor, task, totalWork < 0 ? IProgressMonitor.UNKNOWN : totalWork);
            }

            @Override
            public void worked(int units) {
                sub.worked(units);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
    }
}
