// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neuroalgebra.sweep.SweepRow.Figure;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * A sweep's rows as a table: CSV (a header, then one line per row) and JSON lines (one object per
 * row). The CSV has the row's fields, then for every figure key, the union over the rows in
 * first-seen order, a column {@code KEY} with the value and a column {@code KEY.evidence}; a figure
 * whose key is the name of a row field (the membership result's {@code member}) becomes
 * {@code result.KEY}, so that no two columns share a name.
 * <p>
 * The final tables ({@link #deterministic}) are sorted by member and run and leave out the
 * wall-clock times, so that the same sweep gives the same bytes whatever the number of workers
 * or machines; the times are in the journal and in the rows as they stream.
 */
public final class SweepTable {

    /** The columns of the row's own fields, in order; {@code seconds} only where times are kept. */
    static final List<String> FIELDS = List.of("member", "key", "architecture", "run", "analysis", "status", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "certified", "method", "seed", "seconds", "message"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private static final String SECONDS = "seconds"; //$NON-NLS-1$
    private static final String NEWLINE = "\n"; //$NON-NLS-1$
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private final List<SweepRow> rows;
    private final boolean withTimes;

    private SweepTable(List<SweepRow> rows, boolean withTimes) {
        this.rows = List.copyOf(rows);
        this.withTimes = withTimes;
    }

    /** @return the rows as given, with their times */
    public static SweepTable of(List<SweepRow> rows) {
        return new SweepTable(rows, true);
    }

    /** @return the rows sorted by member and run, without times: the same bytes for the same sweep */
    public static SweepTable deterministic(List<SweepRow> rows) {
        List<SweepRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(SweepRow::member).thenComparingInt(SweepRow::run));
        return new SweepTable(sorted, false);
    }

    /** @return the rows of the table, in table order */
    public List<SweepRow> rows() {
        return rows;
    }

    /** @return the table as CSV, header first, lines ended by {@code \n} */
    public String csv() {
        List<String> figureKeys = figureKeys();
        StringBuilder text = new StringBuilder();
        List<String> header = new ArrayList<>(fields());
        for (String figureKey : figureKeys) {
            String column = FIELDS.contains(figureKey) ? "result." + figureKey : figureKey; //$NON-NLS-1$
            header.add(column);
            header.add(column + ".evidence"); //$NON-NLS-1$
        }
        line(text, header);
        for (SweepRow row : rows) {
            List<String> cells = new ArrayList<>();
            for (String field : fields()) {
                cells.add(field(row, field));
            }
            for (String figureKey : figureKeys) {
                Figure figure = row.figures().stream().filter(f -> f.key().equals(figureKey)).findFirst().orElse(null);
                cells.add(figure == null ? "" : figure.cell()); //$NON-NLS-1$
                cells.add(figure == null ? "" : figure.evidence()); //$NON-NLS-1$
            }
            line(text, cells);
        }
        return text.toString();
    }

    /** @return the table as JSON lines, one {@link SweepRow#toJson()} object a line */
    public String jsonLines() {
        StringBuilder text = new StringBuilder();
        for (SweepRow row : rows) {
            JsonObject json = row.toJson();
            if (!withTimes) {
                json.remove(SECONDS);
            }
            text.append(GSON.toJson(json)).append(NEWLINE);
        }
        return text.toString();
    }

    /** @return the CSV header alone, for the columns the rows' own fields make */
    List<String> fields() {
        return withTimes ? FIELDS : FIELDS.stream().filter(field -> !field.equals(SECONDS)).toList();
    }

    private List<String> figureKeys() {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(row -> row.figures().forEach(figure -> keys.add(figure.key())));
        return List.copyOf(keys);
    }

    private static String field(SweepRow row, String field) {
        return switch (field) {
            case "member" -> Integer.toString(row.member()); //$NON-NLS-1$
            case "key" -> row.key(); //$NON-NLS-1$
            case "architecture" -> row.architecture(); //$NON-NLS-1$
            case "run" -> Integer.toString(row.run()); //$NON-NLS-1$
            case "analysis" -> row.analysis(); //$NON-NLS-1$
            case "status" -> row.status().word(); //$NON-NLS-1$
            case "certified" -> Boolean.toString(row.certified()); //$NON-NLS-1$
            case "method" -> row.method(); //$NON-NLS-1$
            case "seed" -> Long.toString(row.seed()); //$NON-NLS-1$
            case SECONDS -> Double.isFinite(row.seconds()) ? Double.toString(row.seconds()) : ""; //$NON-NLS-1$
            case "message" -> row.message(); //$NON-NLS-1$
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append(NEWLINE);
    }

    /** RFC 4180: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
