// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.launch.AnalysisRun;
import org.neuroalgebra.launch.RunOutcome;

/**
 * One run of one analysis block, as the history keeps it.
 *
 * @param started
 *            when the run started
 * @param seconds
 *            how long it ran (wall clock)
 * @param file
 *            the absolute path of the model file, or null when there was none
 * @param block
 *            the analysis block's name, or null for a run of an analysis id on a subject
 * @param subject
 *            the architecture or variety analysed
 * @param analysisId
 *            the analysis' registered id
 * @param analysisLabel
 *            the analysis' label
 * @param seed
 *            the seed of the run
 * @param status
 *            how the run ended
 * @param message
 *            why it failed or was canceled; empty otherwise
 * @param contentHash
 *            SHA-256 of the model file when the run was created, or null
 * @param presentation
 *            the result (final, or the last partial one of a run that did not finish), or null
 * @param storedAt
 *            the file the entry is saved in, or null before it is saved
 */
public record HistoryEntry(Instant started, double seconds, String file, String block, String subject,
        String analysisId, String analysisLabel, long seed, Status status, String message, String contentHash,
        Presentation presentation, Path storedAt) {

    /** How a run ended, as the history shows it. */
    public enum Status {
        /** finished, main figure proven */
        CERTIFIED("certified"), //$NON-NLS-1$
        /** finished, not proven */
        NUMERICAL("numerical"), //$NON-NLS-1$
        /** ended with an error */
        FAILED("failed"), //$NON-NLS-1$
        /** canceled by the user */
        CANCELED("canceled"), //$NON-NLS-1$
        /** still running: what it has so far (a sweep's rows), replaced when it ends */
        RUNNING("running"); //$NON-NLS-1$

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** @return the status in one word */
        public String word() {
            return word;
        }
    }

    public HistoryEntry {
        Objects.requireNonNull(started, "started"); //$NON-NLS-1$
        Objects.requireNonNull(status, "status"); //$NON-NLS-1$
        message = message == null ? "" : message; //$NON-NLS-1$
    }

    /** @return the entry of a run that ended */
    public static HistoryEntry of(AnalysisRun run, RunOutcome outcome) {
        Presentation presentation = outcome.result() == null ? null : Presentation.of(outcome.result());
        Status status = switch (outcome.state()) {
            case FINISHED -> outcome.result().certified() ? Status.CERTIFIED : Status.NUMERICAL;
            case FAILED -> Status.FAILED;
            case CANCELED -> Status.CANCELED;
        };
        double seconds = Duration.between(run.started(), outcome.ended()).toNanos() / 1e9;
        return new HistoryEntry(run.started(), seconds, run.file(), run.block(), run.subject(), run.analysisId(),
                run.analysisLabel(), run.seed(), status, outcome.message(), run.contentHash(), presentation, null);
    }

    /**
     * @return the entry of a run still running, holding what it has published so far; the entry of
     *         its end replaces it
     */
    public static HistoryEntry running(AnalysisRun run, AnalysisResult partial) {
        double seconds = Duration.between(run.started(), Instant.now()).toNanos() / 1e9;
        return new HistoryEntry(run.started(), seconds, run.file(), run.block(), run.subject(), run.analysisId(),
                run.analysisLabel(), run.seed(), Status.RUNNING, "", run.contentHash(), Presentation.of(partial), null); //$NON-NLS-1$
    }

    /** @return whether the entry holds the partial result of a run that did not finish (yet) */
    public boolean isPartial() {
        return (status == Status.FAILED || status == Status.CANCELED || status == Status.RUNNING) && presentation != null;
    }

    /** @return e.g. "certified", "canceled, partial result", "failed: no solution" */
    public String statusText() {
        String text = status.word();
        if (isPartial()) {
            text += ", partial result"; //$NON-NLS-1$
        }
        if (!message.isEmpty() && (status == Status.FAILED || status == Status.CANCELED)) {
            text += ": " + message; //$NON-NLS-1$
        }
        return text;
    }

    /** @return the model file's name, or the empty string */
    public String fileName() {
        return file == null ? "" : Path.of(file).getFileName().toString(); //$NON-NLS-1$
    }

    /** @return e.g. "Dimension of the neuromanifold of square_mlp (talk.nalg, seed 1)" */
    public String describe() {
        return analysisLabel + " of " + subject + " (" + (file == null ? "" : fileName() + ", ") + "seed " + seed //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + ", " + started + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the duration for people, e.g. "0.42 s", "3 min 5 s" */
    public String durationText() {
        if (seconds < 60) {
            return String.format("%.2f s", seconds); //$NON-NLS-1$
        }
        Duration duration = Duration.ofMillis((long) (seconds * 1000));
        return duration.toMinutes() + " min " + duration.toSecondsPart() + " s"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the same entry, saved in {@code file} */
    public HistoryEntry storedAt(Path stored) {
        return new HistoryEntry(started, seconds, file, block, subject, analysisId, analysisLabel, seed, status,
                message, contentHash, presentation, stored);
    }
}
