// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.sweep.LocalSweepExecutor;
import org.neuroalgebra.sweep.MemberEvaluation;
import org.neuroalgebra.sweep.SweepJournal;
import org.neuroalgebra.sweep.SweepJournalException;
import org.neuroalgebra.sweep.SweepPlan;
import org.neuroalgebra.sweep.SweepResult;
import org.neuroalgebra.sweep.SweepRow;
import org.neuroalgebra.sweep.SweepRunner;

/**
 * Runs a sweep as an Eclipse job: all cores, a progress bar of members, cancel, and after every
 * finished member a larger partial {@link SweepResult} announced to {@link AnalysisRuns}, so that
 * the results view and the history fill in row by row. The finished members are kept in a journal
 * in the workspace's metadata: a sweep canceled or cut short by a closed workbench resumes where it
 * stopped when it is launched again, as {@code neuroalgebra sweep --out} does.
 */
public class SweepJob extends Job {

    private static final String PLUGIN_ID = "org.neuroalgebra.launch"; //$NON-NLS-1$
    private static final String LABEL = "Sweep"; //$NON-NLS-1$
    private static final int FINGERPRINT_CHARS = 16;

    private final SweepPlan plan;
    private final AnalysisRegistry registry;
    private final Path journalFolder;
    private final int workers;
    private final String file;
    private final String contentHash;
    private final long seed;
    private volatile SweepResult result;

    /**
     * @param plan
     *            the sweep and its members
     * @param journalFolder
     *            where the journal of finished members is kept, or null to keep none
     * @param workers
     *            members computed at the same time
     * @param file
     *            the model file's absolute path
     */
    public SweepJob(SweepPlan plan, AnalysisRegistry registry, Path journalFolder, int workers, String file) {
        super("Sweep " + plan.name() + " (" + plan.members() + " members" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (file == null ? "" : ", " + Path.of(file).getFileName()) + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        this.plan = plan;
        this.registry = registry;
        this.journalFolder = journalFolder;
        this.workers = workers;
        this.file = file;
        this.contentHash = AnalysisJob.contentHash(file);
        this.seed = plan.seed();
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        AnalysisRun run = new AnalysisRun(getName(), file, plan.name(), plan.name(), SweepResult.ID, LABEL, seed,
                contentHash, Instant.now());
        AnalysisRuns.fireStarted(run);
        long start = System.nanoTime();
        int expectedRows = plan.members() * plan.runs();
        List<SweepRow> rows = new ArrayList<>();
        SubMonitor progress = SubMonitor.convert(monitor, plan.members());
        SweepRunner runner = plan.runner(new LocalSweepExecutor(workers, new MemberEvaluation(registry)));
        try (SweepJournal journal = openJournal()) {
            SweepRunner.Outcome outcome = runner.run(journal, (memberRows, state) -> {
                synchronized (rows) {
                    rows.addAll(memberRows);
                    progress.setTaskName(state.line());
                    progress.worked(1);
                    AnalysisRuns.firePartial(getName(), result(expectedRows, rows, start));
                }
            }, ProgressMonitor.cancellationOf(monitor::isCanceled));
            result = result(expectedRows, outcome.rows(), start);
            if (!outcome.complete()) {
                AnalysisRuns.fireEnded(run, new RunOutcome(RunOutcome.State.CANCELED, result,
                        "canceled after " + outcome.rows().size() + " of " + expectedRows + " rows; launch again to resume", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        Instant.now()));
                return Status.CANCEL_STATUS;
            }
            AnalysisRuns.fireEnded(run, new RunOutcome(RunOutcome.State.FINISHED, result, "", Instant.now())); //$NON-NLS-1$
            return Status.OK_STATUS;
        } catch (IOException | SweepJournalException e) {
            return failed(run, rows, expectedRows, start, "the sweep's journal: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(run, rows, expectedRows, start, "interrupted", e); //$NON-NLS-1$
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(run, rows, expectedRows, start, String.valueOf(e), e);
        } finally {
            monitor.done();
        }
    }

    private IStatus failed(AnalysisRun run, List<SweepRow> rows, int expectedRows, long start, String message,
            Throwable e) {
        SweepResult partial;
        synchronized (rows) {
            partial = result(expectedRows, rows, start);
        }
        AnalysisRuns.fireEnded(run, new RunOutcome(RunOutcome.State.FAILED, partial, message, Instant.now()));
        return new Status(IStatus.ERROR, PLUGIN_ID, "Sweep failed: " + message, e); //$NON-NLS-1$
    }

    private SweepResult result(int expectedRows, List<SweepRow> rows, long start) {
        return new SweepResult(plan.name(), expectedRows, rows, seed, (System.nanoTime() - start) / 1e9);
    }

    /** @return the journal of this sweep's fingerprint (a changed sweep starts afresh), or null */
    private SweepJournal openJournal() throws IOException, SweepJournalException {
        if (journalFolder == null) {
            return null;
        }
        Files.createDirectories(journalFolder);
        String fingerprint = plan.fingerprint();
        Path journal = journalFolder.resolve(plan.name() + "-" + fingerprint.substring(0, FINGERPRINT_CHARS) + ".rows"); //$NON-NLS-1$ //$NON-NLS-2$
        return SweepJournal.open(journal, plan.name(), fingerprint);
    }

    /** @return the sweep's result once the job has run (partial when canceled), else null */
    public SweepResult result() {
        return result;
    }
}
