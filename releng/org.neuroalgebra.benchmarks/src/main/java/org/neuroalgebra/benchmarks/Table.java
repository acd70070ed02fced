// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.List;
import java.util.Locale;

/** The comparison table in Markdown. */
final class Table {

    private Table() {
    }

    static String markdown(List<Row> rows) {
        StringBuilder text = new StringBuilder("\n## Side by side\n\n"); //$NON-NLS-1$
        text.append("Answers: ours (in-process) / Macaulay2 / phc -b (— where a tool does not apply or gave no answer). ") //$NON-NLS-1$
                .append("Times are wall-clock: ours in-process is the median of the runs after a warm-up run; ours as a process ") //$NON-NLS-1$
                .append("is the whole `neuroalgebra … --json` call; Macaulay2 and phc are whole processes (Macaulay2's own timing of ") //$NON-NLS-1$
                .append("the computation in parentheses). Ratios are the other tool's time ÷ ours in-process, in parentheses ÷ ours as a ") //$NON-NLS-1$
                .append("process (start-up: ÷ ours as a process): above 1, Neuroalgebra is faster.\n\n"); //$NON-NLS-1$
        text.append("| problem | answer | ours in-process | ours process | Macaulay2 | phc -b | M2 ÷ ours | phc ÷ ours | certified | formulation |\n"); //$NON-NLS-1$
        text.append("|---|---|---|---|---|---|---|---|---|---|\n"); //$NON-NLS-1$
        for (Row row : rows) {
            text.append("| ").append(row.label).append(" | ").append(answer(row)).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(row.inProcess == null ? "—" : row.inProcess.time()).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(process(row.process)).append(" | ") //$NON-NLS-1$
                    .append(process(row.macaulay2))
                    .append(row.macaulay2Compute == null ? "" : " (" + seconds(Double.parseDouble(row.macaulay2Compute)) + ")") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(" | ").append(process(row.phc)).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(ratio(row.macaulay2, row)).append(" | ").append(ratio(row.phc, row)).append(" | ") //$NON-NLS-1$ //$NON-NLS-2$
                    .append(certified(row)).append(" | ").append(formulation(row)).append(" |\n"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }

    private static String answer(Row row) {
        if (row.problem == null) {
            return "—"; //$NON-NLS-1$
        }
        Integer ours = row.inProcess != null && row.inProcess.answer != null ? row.inProcess.answer : row.processAnswer;
        String text = value(ours) + " / " + value(row.macaulay2Answer) + " / " + value(row.phcAnswer); //$NON-NLS-1$ //$NON-NLS-2$
        return row.agree() ? text : "**" + text + " DISAGREE** (" + String.join(", ", row.answers()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static String value(Integer answer) {
        return answer == null ? "—" : answer.toString(); //$NON-NLS-1$
    }

    private static String process(TimedProcess run) {
        if (run == null) {
            return "—"; //$NON-NLS-1$
        }
        if (run.timedOut()) {
            return "timeout"; //$NON-NLS-1$
        }
        if (run.exitCode() == -1 && run.err().startsWith("cannot start")) { //$NON-NLS-1$
            return "not installed"; //$NON-NLS-1$
        }
        return run.exitCode() == 0 ? seconds(run.seconds()) : "failed (exit " + run.exitCode() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String ratio(TimedProcess other, Row row) {
        double ours;
        if (row.inProcess != null) {
            if (!row.inProcess.ok()) {
                return "—"; //$NON-NLS-1$
            }
            ours = row.inProcess.median;
        } else if (row.process != null && row.process.ok()) {
            ours = row.process.seconds();
        } else {
            return "—"; //$NON-NLS-1$
        }
        if (other == null || !other.ok()) {
            return other != null && other.timedOut() ? "> " + ratio(other.seconds() / ours) : "—"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        String ratio = ratio(other.seconds() / ours);
        if (row.inProcess != null && row.process != null && row.process.ok()) {
            // whole process against whole process: what a user calling both from a shell sees
            ratio += " (process " + ratio(other.seconds() / row.process.seconds()) + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return ratio;
    }

    static String ratio(double value) {
        return String.format(Locale.ROOT, value >= 10 ? "%.0f×" : "%.2g×", value); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String certified(Row row) {
        if (row.inProcess == null || row.inProcess.certified == null) {
            return "—"; //$NON-NLS-1$
        }
        return row.inProcess.certified.booleanValue() ? "yes" : "**no**"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String formulation(Row row) {
        StringBuilder text = new StringBuilder();
        if (row.inProcess != null && !row.inProcess.formulation.isEmpty()) {
            text.append("ours: ").append(row.inProcess.formulation); //$NON-NLS-1$
            if (row.inProcess.failedPaths > 0) {
                text.append(" (").append(row.inProcess.failedPaths).append(" failed paths)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } else if (row.inProcess != null && row.inProcess.error != null && !row.inProcess.error.isEmpty()) {
            text.append("ours: ").append(row.inProcess.error.replace('|', '/')); //$NON-NLS-1$
        }
        if (row.macaulay2Formulation != null) {
            text.append(text.length() == 0 ? "" : "; ").append("M2: ").append(row.macaulay2Formulation); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (row.phcFormulation != null) {
            text.append("; phc: ").append(row.phcFormulation); //$NON-NLS-1$
        }
        return text.toString();
    }

    /** @return seconds with three significant digits ("0.361 s", "47.7 s") */
    static String seconds(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f s", value); //$NON-NLS-1$
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f s" : value >= 1 ? "%.2f s" : "%.3f s", value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
