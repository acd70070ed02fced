// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.cluster.ClusterMember;
import org.neuroalgebra.cluster.ClusterSweepExecutor;
import org.neuroalgebra.sweep.LocalSweepExecutor;
import org.neuroalgebra.sweep.MemberEvaluation;
import org.neuroalgebra.sweep.SweepExecutor;
import org.neuroalgebra.sweep.SweepJournal;
import org.neuroalgebra.sweep.SweepJournalException;
import org.neuroalgebra.sweep.SweepPlan;
import org.neuroalgebra.sweep.SweepProgress;
import org.neuroalgebra.sweep.SweepRow;
import org.neuroalgebra.sweep.SweepRow.Status;
import org.neuroalgebra.sweep.SweepRunner;
import org.neuroalgebra.sweep.SweepTable;
import org.neuroalgebra.sweep.SweepTableFiles;

/**
 * {@code neuroalgebra sweep FILE --sweep NAME [--json|--csv] [--out DIR] [--workers N] [--timeout S] [--seed N]
 * [--join HOST:PORT[,…] [--port P]]}:
 * runs every member of a sweep and streams a row per run as it finishes (a text line, or a JSON
 * line with {@code --json}; {@code --csv} prints the table at the end, since its columns are the
 * figure keys of all rows). With {@code --out DIR} the finished members are kept in the journal
 * {@code DIR/NAME.rows}, a restart resumes from it, and the finished sweep writes the
 * deterministic tables {@code DIR/NAME.csv} and {@code DIR/NAME.jsonl}.
 * <p>
 * Exit codes: 0 when every row is done, timed out or refused; 1 when a row failed (or the journal
 * cannot be written); 2 for bad input, including invalid members and a journal or table that is
 * not this sweep's; 130 when interrupted, the finished members kept in the journal.
 */
final class SweepCommand {

    static final Set<String> VALUED = Set.of("sweep", "out", "workers", "timeout", "seed", "monomial-limit", "join", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "port", "plot"); //$NON-NLS-1$ //$NON-NLS-2$
    static final Set<String> FLAGS = Set.of("json", "csv", "debug"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** How rows reach standard output. */
    enum Format {
        TEXT, JSON, CSV, NONE
    }

    private final AnalysisRegistry registry;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean showProgress;
    private final ProgressMonitor cancel;
    private volatile SweepProgress progress;
    private volatile Path journalFile;
    private volatile ClusterMember cluster;

    /**
     * @param cancel
     *            canceled when the command is interrupted
     */
    SweepCommand(AnalysisRegistry registry, PrintStream out, PrintStream err, boolean showProgress, ProgressMonitor cancel) {
        this.registry = registry;
        this.out = out;
        this.err = err;
        this.showProgress = showProgress;
        this.cancel = cancel;
    }

    /** @return the number of workers of {@code --workers}, the available processors by default */
    static int workers(Arguments arguments) throws UsageException {
        long workers = arguments.longOption("workers", Runtime.getRuntime().availableProcessors()); //$NON-NLS-1$
        if (workers < 1 || workers > 1024) {
            throw new UsageException("--workers must be from 1 to 1024, found " + workers); //$NON-NLS-1$
        }
        return (int) workers;
    }

    /** @return the seconds of {@code --timeout}, or null */
    static Double timeout(Arguments arguments) throws UsageException {
        String text = arguments.option("timeout"); //$NON-NLS-1$
        if (text == null) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(text);
            if (seconds > 0 && Double.isFinite(seconds)) {
                return Double.valueOf(seconds);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--timeout expects a positive number of seconds, found '" + text + "'"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the directory of {@code --out}, created when missing, or null */
    static Path outDirectory(Arguments arguments) throws UsageException {
        String text = arguments.option("out"); //$NON-NLS-1$
        if (text == null) {
            return null;
        }
        try {
            Path directory = Path.of(text);
            Files.createDirectories(directory);
            return directory;
        } catch (InvalidPathException | IOException e) {
            throw new UsageException("--out: cannot use '" + text + "' as a directory: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the format of the rows on standard output */
    static Format format(Arguments arguments) throws UsageException {
        if (arguments.flag("json") && arguments.flag("csv")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new UsageException("give either --json or --csv, not both"); //$NON-NLS-1$
        }
        return arguments.flag("json") ? Format.JSON : arguments.flag("csv") ? Format.CSV : Format.TEXT; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param member
     *            the cluster member (started with {@code --join}) whose cluster is to run the
     *            members instead of this JVM's threads
     */
    void onCluster(ClusterMember member) {
        cluster = member;
    }

    /** @return the executor of this command: the cluster of {@code --join}, or threads of this JVM */
    SweepExecutor executor(int workers) {
        ClusterMember member = cluster;
        return member != null ? new ClusterSweepExecutor(member)
                : new LocalSweepExecutor(workers, new MemberEvaluation(registry));
    }

    /**
     * Runs the plan's members not in the journal yet.
     *
     * @param outDirectory
     *            where the journal and the tables are, or null to keep nothing
     * @param collected
     *            receives every row, sorted by member and run
     * @return the exit code
     */
    int run(SweepPlan plan, Format format, Path outDirectory, int workers, List<SweepRow> collected) {
        SweepExecutor executor = executor(workers);
        Path file = outDirectory == null ? null : outDirectory.resolve(plan.name() + ".rows"); //$NON-NLS-1$
        try {
            return file == null ? run(plan, format, null, executor, collected)
                    : runWithJournal(plan, format, file, executor, collected);
        } catch (SweepJournalException e) {
            err.println("neuroalgebra: " + Failures.oneLine(e.getMessage())); //$NON-NLS-1$
            return CommandLine.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("neuroalgebra: " + file + ": " + Failures.oneLine(String.valueOf(e.getMessage()))); //$NON-NLS-1$ //$NON-NLS-2$
            return CommandLine.EXIT_FAILED;
        }
    }

    private int runWithJournal(SweepPlan plan, Format format, Path file, SweepExecutor executor, List<SweepRow> collected)
            throws IOException, SweepJournalException {
        try (SweepJournal journal = SweepJournal.open(file, plan.name(), plan.fingerprint())) {
            journalFile = file;
            journal.warnings().forEach(warning -> err.println("neuroalgebra: " + Failures.oneLine(warning))); //$NON-NLS-1$
            if (!journal.finished().isEmpty()) {
                err.println("neuroalgebra: resuming sweep '" + plan.name() + "': " + journal.finished().size() + " of " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + plan.members() + " members finished before, in " + file); //$NON-NLS-1$
            }
            return run(plan, format, journal, executor, collected);
        }
    }

    private int run(SweepPlan plan, Format format, SweepJournal journal, SweepExecutor executor, List<SweepRow> collected)
            throws IOException, SweepJournalException {
        long start = System.nanoTime();
        if (showProgress) {
            progress = new SweepProgress(plan.name(), plan.members(), plan.runs(), executor.workers());
            showProgress(progress);
        }
        SweepRunner.Outcome outcome;
        try {
            outcome = plan.runner(executor).run(journal, (rows, current) -> {
                progress = current;
                print(rows, format);
                if (showProgress) {
                    showProgress(current);
                }
            }, cancel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLine.EXIT_CANCELED;
        } finally {
            if (showProgress) {
                err.print(TerminalProgress.CLEAR_LINE);
                err.flush();
            }
        }
        collected.addAll(outcome.rows());
        if (!outcome.complete()) {
            return CommandLine.EXIT_CANCELED;
        }
        if (format == Format.CSV) {
            out.print(SweepTable.deterministic(outcome.rows()).csv());
        }
        String written = ""; //$NON-NLS-1$
        if (journal != null) {
            List<Path> tables = SweepTableFiles.write(journal, plan.name(), outcome.rows());
            written = "; wrote " + tables.stream().map(Path::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        err.println(String.format(Locale.ROOT, "neuroalgebra: sweep %s: %d members, %s in %.1f s%s", plan.name(), //$NON-NLS-1$
                Integer.valueOf(plan.members()), counts(outcome.rows()), Double.valueOf((System.nanoTime() - start) / 1e9),
                written));
        return exitCode(outcome.rows());
    }

    private synchronized void print(List<SweepRow> rows, Format format) {
        if (showProgress) {
            err.print(TerminalProgress.CLEAR_LINE);
        }
        for (SweepRow row : rows) {
            if (format == Format.TEXT) {
                out.println(row.toText());
            } else if (format == Format.JSON) {
                out.println(row.toJsonLine());
            }
        }
        out.flush();
    }

    private synchronized void showProgress(SweepProgress current) {
        err.print(TerminalProgress.CLEAR_LINE + current.line());
        err.flush();
    }

    /** @return e.g. "24 rows: 20 done, 2 timed out, 1 refused, 1 failed" */
    static String counts(List<SweepRow> rows) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        rows.forEach(row -> counts.merge(row.status(), Integer.valueOf(1), Integer::sum));
        return rows.size() + " rows: " + counts.entrySet().stream() //$NON-NLS-1$
                .map(entry -> entry.getValue() + " " + entry.getKey().word()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return 1 when a row failed, 2 when a member is invalid, else 0 (done, timed out, refused are answers) */
    static int exitCode(List<SweepRow> rows) {
        if (rows.stream().anyMatch(row -> row.status() == Status.FAILED)) {
            return CommandLine.EXIT_FAILED;
        }
        if (rows.stream().anyMatch(row -> row.status() == Status.INVALID)) {
            return CommandLine.EXIT_BAD_INPUT;
        }
        return CommandLine.EXIT_OK;
    }

    /** @return what an interrupt says on stderr: how far the sweep came and where its rows are kept */
    String interruptedMessage() {
        SweepProgress current = progress;
        Path file = journalFile;
        String done = current == null ? "" : "; " + current.doneRows() + " rows finished"; //$NON-NLS-1$ //$NON-NLS-2$
        String kept = file == null ? "" : ", kept in " + file + " (run the same command again to resume)"; //$NON-NLS-1$ //$NON-NLS-2$
        return "neuroalgebra: interrupted" + done + kept + System.lineSeparator(); //$NON-NLS-1$
    }
}
