// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.Resource;
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
    private static final int TOTAL_WORK = 1000;
    private static final int PHASE_SHARE = 90;
    private static final int UNKNOWN_PHASE_WORK = 1000;

    private final IAnalysis analysis;
    private final AnalysisRequest request;
    private final String file;
    private final String contentHash;
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
        // The model was read when the request was built: hash the file now, not when the job runs.
        this.file = file(request);
        this.contentHash = contentHash(file);
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
        AnalysisRun run = new AnalysisRun(getName(), file, request.spec().getName(), request.subjectName(),
                analysis.id(), analysis.label(), request.seed(), contentHash, Instant.now());
        AnalysisRuns.fireStarted(run);
        AtomicReference<AnalysisResult> lastPartial = new AtomicReference<>();
        try {
            result = analysis.run(request, adapt(monitor), partial -> {
                lastPartial.set(partial);
                AnalysisRuns.firePartial(getName(), partial);
            });
            AnalysisRuns.fireEnded(run, new RunOutcome(RunOutcome.State.FINISHED, result, "", Instant.now())); //$NON-NLS-1$
            return Status.OK_STATUS;
        } catch (AnalysisException e) {
            boolean canceled = e.kind() == AnalysisException.Kind.CANCELED || monitor.isCanceled();
            AnalysisRuns.fireEnded(run, new RunOutcome(canceled ? RunOutcome.State.CANCELED : RunOutcome.State.FAILED,
                    lastPartial.get(), String.valueOf(e.getMessage()), Instant.now()));
            return canceled ? Status.CANCEL_STATUS : Status.error(e.getMessage(), e);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // The job framework would log an Error and leave the results view waiting: say it.
            String message = e instanceof OutOfMemoryError ? "out of memory: " + e.getMessage() //$NON-NLS-1$
                    : e instanceof StackOverflowError ? "stack overflow (the input is nested too deeply)" //$NON-NLS-1$
                            : String.valueOf(e);
            AnalysisRuns.fireEnded(run,
                    new RunOutcome(RunOutcome.State.FAILED, lastPartial.get(), message, Instant.now()));
            return new Status(IStatus.ERROR, PLUGIN_ID, "Analysis failed: " + message, e); //$NON-NLS-1$
        } finally {
            monitor.done();
        }
    }

    /**
     * @return the absolute path of the file the request's model was loaded from, or null
     */
    private static String file(AnalysisRequest request) {
        Resource resource = request.spec().eResource();
        if (resource == null || resource.getURI() == null || !resource.getURI().isFile()) {
            return null;
        }
        return resource.getURI().toFileString();
    }

    /**
     * @return the SHA-256 of the file's bytes in hexadecimal, or null when there is no file or it
     *         cannot be read (the history then cannot tell whether the model changed, and says so)
     */
    public static String contentHash(String file) {
        if (file == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(file))); //$NON-NLS-1$
            return HexFormat.of().formatHex(digest);
        } catch (IOException | NoSuchAlgorithmException | InvalidPathException e) {
            return null;
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

    /**
     * Adapts the job's monitor so that progress is real and never full while the analysis runs:
     * each phase an analysis begins gets {@value #PHASE_SHARE}% of the work not done yet, so the bar
     * advances with every phase and only {@link IProgressMonitor#done()} completes it.
     */
    static ProgressMonitor adapt(IProgressMonitor monitor) {
        SubMonitor root = SubMonitor.convert(monitor, TOTAL_WORK);
        return new ProgressMonitor() {
            private SubMonitor phase = root.newChild(0);

            @Override
            public void begin(String task, int totalWork) {
                root.setTaskName(task);
                root.setWorkRemaining(TOTAL_WORK);
                phase = root.newChild(TOTAL_WORK * PHASE_SHARE / 100);
                phase.setWorkRemaining(totalWork < 0 ? UNKNOWN_PHASE_WORK : totalWork);
            }

            @Override
            public void worked(int units) {
                phase.worked(units);
            }

            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }
        };
    }
}
