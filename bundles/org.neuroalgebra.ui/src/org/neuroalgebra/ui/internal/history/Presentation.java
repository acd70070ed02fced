// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.analysis.plot.ChartRenderer;
import org.neuroalgebra.ui.internal.views.ResultTables;
import org.neuroalgebra.ui.internal.views.TableCell;

import com.google.gson.JsonObject;

/**
 * Everything the workbench shows of a result, detached from the result object so that it can be
 * saved and shown again after a restart: provenance, summary lines, figures, tables, charts and the
 * JSON. Built from the result's declarations; where a result declares none yet, from its
 * {@code summary()}, its JSON arrays and its {@code series()}/{@code pictures()} (the one place
 * that knows the older form, so the views are written against the declarations only).
 */
public record Presentation(String analysisId, String subject, Provenance provenance, List<String> summary,
        List<ResultFigure> figures, List<ResultTable> tables, List<ResultChart> charts, JsonObject json) {

    /** At most this many values of one series are drawn as separate points, more as a line. */
    private static final int MAX_POINTS_AS_SYMBOLS = 200;

    public Presentation {
        Objects.requireNonNull(analysisId, "analysisId"); //$NON-NLS-1$
        Objects.requireNonNull(provenance, "provenance"); //$NON-NLS-1$
        summary = List.copyOf(summary);
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
        json = json == null ? new JsonObject() : json;
    }

    /** @return the presentation of a result */
    public static Presentation of(AnalysisResult result) {
        JsonObject json = result.toJson();
        List<ResultFigure> figures = result.figures().isEmpty() ? figuresFromSummary(result.summary())
                : result.figures();
        List<ResultTable> tables = result.tables().isEmpty() ? tablesFromJson(json)
                : result.tables();
        List<ResultChart> charts = result.charts().isEmpty() ? chartsFrom(result.series(), result.pictures())
                : result.charts();
        return new Presentation(result.analysisId(), result.subject(), result.provenance(), result.summary(),
                figures, tables, charts, json);
    }

    /** @return whether there is anything to export: JSON fields, a table or a chart */
    public boolean hasContent() {
        return json.size() > 0 || !tables.isEmpty() || !charts.isEmpty();
    }

    /** A summary line "label: value" becomes a figure without claim; other lines a figure of their own. */
    static List<ResultFigure> figuresFromSummary(List<String> lines) {
        List<ResultFigure> figures = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(": "); //$NON-NLS-1$
            String label = colon > 0 ? line.substring(0, colon) : ""; //$NON-NLS-1$
            String value = colon > 0 ? line.substring(colon + 2) : line;
            figures.add(ResultFigure.info("summary" + i, label, value)); //$NON-NLS-1$
        }
        return figures;
    }

    static List<ResultTable> tablesFromJson(JsonObject json) {
        List<ResultTable> tables = new ArrayList<>();
        for (org.neuroalgebra.ui.internal.views.ResultTable table : ResultTables.of(json)) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<TableCell> row : table.rows()) {
                rows.add(row.stream().map(Presentation::value).toList());
            }
            tables.add(new ResultTable(table.field(), table.title(), table.headers(), rows));
        }
        return tables;
    }

    private static Object value(TableCell cell) {
        String full = cell.full();
        if (full.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(full);
        } catch (NumberFormatException notInteger) {
            try {
                return Double.valueOf(full);
            } catch (NumberFormatException notNumber) {
                return full;
            }
        }
    }

    static List<ResultChart> chartsFrom(List<ResultSeries> series, List<ResultPicture> pictures) {
        List<ResultChart> charts = new ArrayList<>();
        List<List<ResultSeries>> groups = ChartRenderer.groupByAxis(series);
        for (int g = 0; g < groups.size(); g++) {
            charts.add(chart("series" + g, groups.get(g))); //$NON-NLS-1$
        }
        for (int p = 0; p < pictures.size(); p++) {
            ResultPicture picture = pictures.get(p);
            Axis x = picture.isCategorical() ? Axis.categorical(picture.xLabel(), picture.categories())
                    : Axis.linear(picture.xLabel());
            charts.add(new ResultChart("picture" + p, picture.title(), x, Axis.linear(picture.yLabel()), //$NON-NLS-1$
                    picture.layers(), List.of()));
        }
        return charts;
    }

    private static ResultChart chart(String key, List<ResultSeries> group) {
        ResultSeries first = group.get(0);
        List<PictureLayer> layers = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            ResultSeries one = group.get(i);
            double[] y = one.drawnValues();
            double[] x = new double[y.length];
            for (int k = 0; k < x.length; k++) {
                x[k] = k + 1;
            }
            // Several series on one axis are runs of the same thing: name them by their position.
            String name = group.size() == 1 ? one.yLabel()
                    : one.title() + (sameTitles(group) ? " " + (i + 1) : ""); //$NON-NLS-1$ //$NON-NLS-2$
            layers.add(y.length <= MAX_POINTS_AS_SYMBOLS ? PictureLayer.points(name, x, y)
                    : PictureLayer.line(name, x, y));
        }
        List<ResultChart.Marker> markers = first.marker() > 0 && first.marker() < first.values().length
                ? List.of(new ResultChart.Marker("gap after " + first.marker(), //$NON-NLS-1$
                        ResultChart.Orientation.VERTICAL, first.marker() + 0.5))
                : List.of();
        Axis y = first.logScale() ? Axis.log(first.yLabel()) : Axis.linear(first.yLabel());
        return new ResultChart(key, first.title(), Axis.integer(first.xLabel()), y, layers, markers);
    }

    private static boolean sameTitles(List<ResultSeries> group) {
        return group.stream().map(ResultSeries::title).distinct().count() == 1;
    }
}
