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

    /**
     * @param analysis
     *            the analysis to run
     * @param request
     *            what to run it on; checked by the analysis when the job runs
     */
    public AnalysisJob(IAnalysis analysis, AnalysisRequest request) {
        super(name(analysis, request));
        this.analysis = analysis;
        this.request = request;
        setUser(true);
    }

    /**
     * @return e.g. "Dimension of the neuromanifold: square_mlp (square_dimension, talk.nalg)": the
     *         analysis, the subject, the block and the file, so that the blocks of one file run
     *         as jobs a user can tell apart
     */
    static String name(IAnalysis analysis, AnalysisRequest request) {
        StringBuilder name = new StringBuilder(analysis.label()).append(": ").append(request.subjectName()); //$NON-NLS-1$
        String block = request.spec().getName();
        String file = request.spec().eResource() == null || request.spec().eResource().getURI() == null ? null
                : request.spec().eResource().getURI().lastSegment();
        if (block != null || file != null) {
            name.append(" ("); //$NON-NLS-1$
            name.append(block != null && file != null ? block + ", " + file : block != null ? block : file); //$NON-NLS-1$
            name.append(')');
        }
        return name.toString();
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
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // The job framework would log an Error and leave the results view waiting: say it.
            String message = e instanceof OutOfMemoryError ? "out of memory: " + e.getMessage() //$NON-NLS-1$
                    : e instanceof StackOverflowError ? "stack overflow (the input is nested too deeply)" //$NON-NLS-1$
                            : String.valueOf(e);
            AnalysisRuns.fireFailed(getName(), message);
            return new Status(IStatus.ERROR, PLUGIN_ID, "Analysis failed: " + message, e); //$NON-NLS-1$
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
