// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;

/**
 * Two results side by side: their figures matched by key (differences marked), and their charts
 * of the same key overlaid, the layers of the first named "A: …" and of the second "B: …".
 *
 * @param rows
 *            one row per figure key of either result, in the order of the first, then the second
 * @param charts
 *            one overlaid chart for each chart key both results have
 */
public record Comparison(List<Row> rows, List<ResultChart> charts) {

    /**
     * A figure of both results.
     *
     * @param label
     *            what the figure is
     * @param left
     *            its value in the first result, formatted for people ("—" when it has none)
     * @param right
     *            its value in the second result
     * @param differs
     *            whether the raw values differ
     */
    public record Row(String label, String left, String right, boolean differs) {
    }

    private static final String ABSENT = "—"; //$NON-NLS-1$

    /** @return the comparison of {@code a} and {@code b} (either may be null: a failed run) */
    public static Comparison of(Presentation a, Presentation b) {
        Map<String, ResultFigure[]> byKey = new LinkedHashMap<>();
        figures(a).forEach(figure -> byKey.computeIfAbsent(figure.key(), key -> new ResultFigure[2])[0] = figure);
        figures(b).forEach(figure -> byKey.computeIfAbsent(figure.key(), key -> new ResultFigure[2])[1] = figure);
        List<Row> rows = new ArrayList<>();
        for (ResultFigure[] pair : byKey.values()) {
            ResultFigure left = pair[0];
            ResultFigure right = pair[1];
            String label = left != null ? left.label() : right.label();
            boolean differs = left == null || right == null || !Objects.equals(left.value(), right.value())
                    || !left.unit().equals(right.unit());
            rows.add(new Row(label, left == null ? ABSENT : left.text(), right == null ? ABSENT : right.text(),
                    differs));
        }
        List<ResultChart> charts = new ArrayList<>();
        if (a != null && b != null) {
            for (ResultChart left : a.charts()) {
                b.charts().stream().filter(right -> right.key().equals(left.key())).findFirst()
                        .ifPresent(right -> charts.add(overlay(left, right)));
            }
        }
        return new Comparison(List.copyOf(rows), List.copyOf(charts));
    }

    /** @return whether any figure differs */
    public boolean hasDifferences() {
        return rows.stream().anyMatch(Row::differs);
    }

    private static List<ResultFigure> figures(Presentation presentation) {
        return presentation == null ? List.of() : presentation.figures();
    }

    /** The axes of the first chart; categories must agree for a categorical overlay, else B is left out. */
    static ResultChart overlay(ResultChart left, ResultChart right) {
        List<PictureLayer> layers = new ArrayList<>();
        left.layers().forEach(layer -> layers.add(renamed("A: ", layer))); //$NON-NLS-1$
        boolean compatible = left.x().categories().equals(right.x().categories());
        if (compatible) {
            right.layers().forEach(layer -> layers.add(renamed("B: ", layer))); //$NON-NLS-1$
        }
        List<ResultChart.Marker> markers = new ArrayList<>();
        left.markers().forEach(m -> markers.add(new ResultChart.Marker("A: " + m.label(), m.orientation(), m.at()))); //$NON-NLS-1$
        if (compatible) {
            right.markers().forEach(m -> markers.add(new ResultChart.Marker("B: " + m.label(), m.orientation(), m.at()))); //$NON-NLS-1$
        }
        return new ResultChart(left.key(), left.title() + " (A and B)", left.x(), left.y(), layers, markers); //$NON-NLS-1$
    }

    private static PictureLayer renamed(String prefix, PictureLayer layer) {
        return new PictureLayer(prefix + layer.name(), layer.kind(), layer.x(), layer.y(), layer.low(), layer.high());
    }
}
