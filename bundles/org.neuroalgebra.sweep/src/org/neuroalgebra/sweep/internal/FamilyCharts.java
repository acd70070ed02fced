// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.sweep.SweepRow;
import org.neuroalgebra.sweep.SweepRow.Figure;
import org.neuroalgebra.sweep.SweepRow.Status;

/**
 * Charts of one figure across a sweep's family: for every run and every numeric figure, the value
 * against the member. When the members differ in one or two choices, the first a whole number (the
 * rank-one matrices m × n; an input size and an activation), the first choice is the horizontal
 * axis and each value of the second, of any kind, is a line; otherwise the horizontal axis is the
 * member's index. Values that vary by a factor of 20 or more (ED degrees against size) are drawn on
 * a log scale. Figures that are numerical are drawn again as a layer of their own, so that no chart
 * passes them off as certified.
 */
public final class FamilyCharts {

    /** A sweep of many runs and figures would bury its charts: the first ones are drawn. */
    private static final int MAX_CHARTS = 8;

    /** More lines than this make a legend nobody reads: the member index is the axis instead. */
    private static final int MAX_LINES = 8;

    private static final double LOG_RANGE = 20;

    private static final String NUMERICAL_LAYER = "numerical (not certified)"; //$NON-NLS-1$

    private FamilyCharts() {
    }

    /** @return the charts of the done rows, at most {@value #MAX_CHARTS} */
    public static List<ResultChart> of(List<SweepRow> rows) {
        Map<Integer, List<SweepRow>> byRun = new TreeMap<>();
        for (SweepRow row : rows) {
            if (row.status() == Status.DONE) {
                byRun.computeIfAbsent(row.run(), run -> new ArrayList<>()).add(row);
            }
        }
        List<ResultChart> charts = new ArrayList<>();
        for (Map.Entry<Integer, List<SweepRow>> run : byRun.entrySet()) {
            for (String key : numericKeys(run.getValue())) {
                if (charts.size() == MAX_CHARTS) {
                    return charts;
                }
                charts.add(chart(run.getKey(), key, run.getValue()));
            }
        }
        return charts;
    }

    private static ResultChart chart(int run, String key, List<SweepRow> rows) {
        Choices choices = Choices.of(rows);
        Map<String, List<double[]>> lines = new LinkedHashMap<>();
        List<double[]> numerical = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (SweepRow row : rows) {
            Figure figure = figure(row, key);
            if (figure == null || !figure.value().isJsonPrimitive() || !figure.value().getAsJsonPrimitive().isNumber()) {
                continue;
            }
            double y = figure.value().getAsDouble();
            double[] point = { choices.x(row), y };
            values.add(y);
            lines.computeIfAbsent(choices.line(row), line -> new ArrayList<>()).add(point);
            if ("numerical".equals(figure.evidence())) { //$NON-NLS-1$
                numerical.add(point);
            }
        }
        List<PictureLayer> layers = new ArrayList<>();
        lines.forEach((name, points) -> layers.add(points.size() > 1 && choices.grouped()
                ? PictureLayer.line(name, xs(points), ys(points))
                : PictureLayer.points(name, xs(points), ys(points))));
        if (!numerical.isEmpty()) {
            layers.add(PictureLayer.points(NUMERICAL_LAYER, xs(numerical), ys(numerical)));
        }
        String analysis = rows.get(0).analysis();
        return new ResultChart("run" + run + "-" + key, key + " across the family (run " + run + ", " + analysis + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                Axis.integer(choices.axisTitle()), yAxis(key, values), layers, List.of());
    }

    private static Axis yAxis(String key, List<Double> values) {
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (min > 0 && max / min >= LOG_RANGE) {
            return Axis.log(key);
        }
        return values.stream().allMatch(v -> v == Math.rint(v)) ? Axis.integer(key) : Axis.linear(key);
    }

    /** @return the figure keys whose every known value is a number, in first-seen order */
    private static List<String> numericKeys(List<SweepRow> rows) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        for (SweepRow row : rows) {
            for (Figure figure : row.figures()) {
                if (figure.value().isJsonNull()) {
                    continue;
                }
                boolean number = figure.value().isJsonPrimitive() && figure.value().getAsJsonPrimitive().isNumber();
                (number ? keys : other).add(figure.key());
            }
        }
        keys.removeAll(other);
        return List.copyOf(keys);
    }

    private static Figure figure(SweepRow row, String key) {
        return row.figures().stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    private static double[] xs(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[0]).toArray();
    }

    private static double[] ys(List<double[]> points) {
        return points.stream().mapToDouble(p -> p[1]).toArray();
    }

    /**
     * How the members are laid out: by their first choice, one line per value of the second
     * (a number or any other value, such as an activation), when every member has one or two
     * choices, the first a whole number, and the lines are few; else by member index. The choices are named after the statements of the architecture
     * that vary between members ({@code input}, {@code dense #2}) when they can be told apart.
     */
    private record Choices(boolean byChoice, boolean grouped, List<String> names) {

        static Choices of(List<SweepRow> rows) {
            Set<Integer> lengths = new LinkedHashSet<>();
            Set<String> seconds = new LinkedHashSet<>();
            for (SweepRow row : rows) {
                String[] values = values(row);
                lengths.add(values.length);
                // the axis needs a whole number; a line may be named by any value (an activation)
                if (values.length > 0 && !values[0].matches("-?\\d{1,9}")) { //$NON-NLS-1$
                    return new Choices(false, false, List.of());
                }
                if (values.length == 2) {
                    seconds.add(values[1]);
                }
            }
            if (lengths.size() != 1 || lengths.contains(0) || lengths.iterator().next() > 2 || seconds.size() > MAX_LINES) {
                return new Choices(false, false, List.of());
            }
            int count = lengths.iterator().next();
            List<String> names = varyingStatements(rows);
            if (names.size() != count) {
                names = count == 1 ? List.of("1st choice") : List.of("1st choice", "2nd choice"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return new Choices(true, count == 2, names);
        }

        /**
         * @return the names of the statements that differ between members, in order: the keyword,
         *         numbered when several statements share it; empty when members differ in their
         *         number of statements
         */
        private static List<String> varyingStatements(List<SweepRow> rows) {
            List<String[]> statements = rows.stream().map(row -> row.architecture().split(";\\s*")).toList(); //$NON-NLS-1$
            int size = statements.get(0).length;
            if (statements.stream().anyMatch(s -> s.length != size)) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            Map<String, Integer> occurrences = new LinkedHashMap<>();
            List<String> keywords = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String keyword = statements.get(0)[i].trim().split("\\s+")[0]; //$NON-NLS-1$
                keywords.add(keyword);
                occurrences.merge(keyword, 1, Integer::sum);
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                int index = i;
                String keyword = keywords.get(i);
                int occurrence = seen.merge(keyword, 1, Integer::sum);
                if (statements.stream().map(s -> s[index]).distinct().count() > 1) {
                    names.add(occurrences.get(keyword) > 1 ? keyword + " #" + occurrence : keyword); //$NON-NLS-1$
                }
            }
            return names;
        }

        double x(SweepRow row) {
            return byChoice ? Integer.parseInt(values(row)[0]) : row.member();
        }

        String line(SweepRow row) {
            return grouped ? names.get(1) + " = " + values(row)[1] : "value"; //$NON-NLS-1$ //$NON-NLS-2$
        }

        String axisTitle() {
            return byChoice ? names.get(0) : "member"; //$NON-NLS-1$
        }

        private static String[] values(SweepRow row) {
            String key = row.key().trim();
            return key.isEmpty() ? new String[0] : key.split("\\s+"); //$NON-NLS-1$
        }
    }
}
