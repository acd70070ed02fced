// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.sweep.SweepRow.Figure;
import org.neuroalgebra.sweep.SweepRow.Status;
import org.neuroalgebra.sweep.internal.FamilyCharts;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A sweep's rows so far, as an analysis result: the workbench shows, records and compares it like
 * any other result (its table of rows, its charts of a figure across the family), and
 * {@code --plot} draws the same charts. While the sweep runs, each finished member gives a new,
 * larger partial result; the last one is the sweep's result.
 * <p>
 * A sweep is certified when every row is done and certified: one numerical or missing row makes
 * the family's answer numerical, as it would make a single analysis' answer numerical.
 */
public final class SweepResult implements AnalysisResult {

    /** The analysis id sweep results carry (a sweep is not an installed analysis). */
    public static final String ID = "sweep"; //$NON-NLS-1$

    private static final String SWEEP_METHOD = "sweep: every run of every member of the family"; //$NON-NLS-1$

    private final String sweep;
    private final int expectedRows;
    private final List<SweepRow> rows;
    private final Provenance provenance;

    /**
     * @param sweep
     *            the sweep's name
     * @param expectedRows
     *            members times runs: the rows the sweep will have when finished
     * @param rows
     *            the rows finished so far, in any order (sorted by member and run here)
     * @param seed
     *            the seed the sweep's runs derive theirs from
     * @param seconds
     *            wall-clock seconds so far
     */
    public SweepResult(String sweep, int expectedRows, List<SweepRow> rows, long seed, double seconds) {
        this.sweep = sweep;
        this.expectedRows = expectedRows;
        List<SweepRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(SweepRow::member).thenComparingInt(SweepRow::run));
        this.rows = List.copyOf(sorted);
        boolean certified = sorted.size() == expectedRows && !sorted.isEmpty()
                && sorted.stream().allMatch(row -> row.status() == Status.DONE && row.certified());
        this.provenance = Provenance.of(certified, SWEEP_METHOD, seed, seconds);
    }

    /** @return the rows, sorted by member and run */
    public List<SweepRow> rows() {
        return rows;
    }

    /** @return true when every member has all its rows */
    public boolean finished() {
        return rows.size() == expectedRows;
    }

    @Override
    public String analysisId() {
        return ID;
    }

    @Override
    public String subject() {
        return sweep;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("sweep " + sweep + ": " + rows.size() + " of " + expectedRows + " rows" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + (finished() ? "" : " (running or stopped)")); //$NON-NLS-1$ //$NON-NLS-2$
        Map<Status, Long> counts = counts();
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(count + " " + status.word())); //$NON-NLS-1$
        if (!parts.isEmpty()) {
            lines.add(String.join(", ", parts) + "; " + certifiedRows() + " certified"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        lines.addAll(provenance.summaryTail());
        return lines;
    }

    @Override
    public List<ResultFigure> figures() {
        Map<Status, Long> counts = counts();
        List<ResultFigure> figures = new ArrayList<>();
        figures.add(ResultFigure.of("rows", "Rows finished", rows.size(), //$NON-NLS-1$ //$NON-NLS-2$
                provenance.certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL));
        figures.add(ResultFigure.info("expectedRows", "Rows of the whole sweep", expectedRows)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("certifiedRows", "Rows certified", certifiedRows())); //$NON-NLS-1$ //$NON-NLS-2$
        for (Status status : Status.values()) {
            if (status != Status.DONE && counts.containsKey(status)) {
                figures.add(ResultFigure.info(camelCase(status.word()) + "Rows", //$NON-NLS-1$
                        "Rows " + status.word(), counts.get(status))); //$NON-NLS-1$
            }
        }
        return figures;
    }

    @Override
    public List<ResultTable> tables() {
        List<String> figureKeys = figureKeys();
        List<String> columns = new ArrayList<>(List.of("Member", "Choices", "Architecture", "Run", "Analysis", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "Status", "Certified")); //$NON-NLS-1$ //$NON-NLS-2$
        columns.addAll(figureKeys);
        columns.addAll(List.of("Method", "Seed", "Time (s)", "Message")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<List<Object>> cells = new ArrayList<>();
        for (SweepRow row : rows) {
            List<Object> line = new ArrayList<>(List.of(row.member(), row.key(), row.architecture(), row.run(),
                    row.analysis(), row.status().word(), row.certified()));
            for (String key : figureKeys) {
                line.add(row.figures().stream().filter(f -> f.key().equals(key)).findFirst().map(SweepResult::cell)
                        .orElse(null));
            }
            line.add(row.method());
            line.add(row.seed());
            line.add(Double.isFinite(row.seconds()) ? row.seconds() : null);
            line.add(row.message());
            cells.add(line);
        }
        return List.of(new ResultTable("rows", "Rows of sweep " + sweep + " (one per member and run)", columns, cells)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public List<ResultChart> charts() {
        return FamilyCharts.of(rows);
    }

    @Override
    public JsonObject toJson() {
        ResultJson json = ResultJson.begin(this);
        json.integer("rows", rows.size()); //$NON-NLS-1$
        json.integer("expectedRows", expectedRows); //$NON-NLS-1$
        json.integer("certifiedRows", certifiedRows()); //$NON-NLS-1$
        JsonArray table = new JsonArray();
        rows.forEach(row -> table.add(row.toJson()));
        json.element("table", table); //$NON-NLS-1$
        return json.end();
    }

    private long certifiedRows() {
        return rows.stream().filter(row -> row.status() == Status.DONE && row.certified()).count();
    }

    private Map<Status, Long> counts() {
        Map<Status, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(row.status(), 1L, Long::sum));
        return counts;
    }

    private List<String> figureKeys() {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(row -> row.figures().forEach(figure -> keys.add(figure.key())));
        return List.copyOf(keys);
    }

    /** @return "timed out" as "timedOut": a figure key from a status' word */
    private static String camelCase(String word) {
        String[] parts = word.split(" "); //$NON-NLS-1$
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(parts[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(parts[i].substring(1));
        }
        return key.toString();
    }

    private static Object cell(Figure figure) {
        if (figure.value().isJsonNull()) {
            return null;
        }
        if (figure.value().getAsJsonPrimitive().isNumber()) {
            return figure.value().getAsNumber();
        }
        if (figure.value().getAsJsonPrimitive().isBoolean()) {
            return figure.value().getAsBoolean();
        }
        return figure.value().getAsString();
    }
}
