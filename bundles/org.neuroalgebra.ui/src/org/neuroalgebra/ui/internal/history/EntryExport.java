// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.analysis.plot.ChartRenderer;

import com.google.gson.GsonBuilder;

/**
 * Writes an entry's result into a directory: its JSON ({@code edd-lsa_quartic.json}), each table
 * as CSV ({@code edd-lsa_quartic-criticalPoints.csv}), each chart as an image drawn by the caller
 * ({@code edd-lsa_quartic-spectrum.png}) and as SVG drawn by the chart renderer. Names derive from
 * the analysis, the subject and the table's or chart's key; an existing file is never overwritten:
 * the next free name ({@code …-2.csv}) is taken.
 */
public final class EntryExport {

    /** Draws a chart into an image file. */
    @FunctionalInterface
    public interface ChartWriter {
        void write(ResultChart chart, Path file) throws IOException;
    }

    private static final int SVG_WIDTH = 1000;
    private static final int SVG_HEIGHT = 600;

    private EntryExport() {
    }

    /**
     * @param charts
     *            draws the charts, or null to write no chart
     * @param chartSuffix
     *            the image type's suffix, e.g. ".png"
     * @return the files written
     */
    public static List<Path> write(Presentation presentation, Path directory, ChartWriter charts, String chartSuffix)
            throws IOException {
        Files.createDirectories(directory);
        String base = ResultsHistory.slug(presentation.analysisId()) + "-" + ResultsHistory.slug(presentation.subject()); //$NON-NLS-1$
        List<Path> written = new ArrayList<>();
        Path json = free(directory, base, ".json"); //$NON-NLS-1$
        Files.writeString(json, new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(presentation.json()),
                StandardCharsets.UTF_8);
        written.add(json);
        for (ResultTable table : presentation.tables()) {
            Path csv = free(directory, base + "-" + ResultsHistory.slug(table.key()), ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
            Files.writeString(csv, csv(table), StandardCharsets.UTF_8);
            written.add(csv);
        }
        if (charts != null) {
            for (ResultChart chart : presentation.charts()) {
                Path image = free(directory, base + "-" + ResultsHistory.slug(chart.key()), chartSuffix); //$NON-NLS-1$
                charts.write(chart, image);
                written.add(image);
                // the same chart as a vector drawing, for papers
                Path svg = free(directory, base + "-" + ResultsHistory.slug(chart.key()), ".svg"); //$NON-NLS-1$ //$NON-NLS-2$
                ChartRenderer.writeSvg(chart, SVG_WIDTH, SVG_HEIGHT, svg);
                written.add(svg);
            }
        }
        return written;
    }

    /** @return the table as CSV (RFC 4180): a header line, raw values, empty cells for unknown values */
    public static String csv(ResultTable table) {
        StringBuilder csv = new StringBuilder();
        csv.append(table.columns().stream().map(EntryExport::quote).collect(Collectors.joining(","))).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$
        for (List<Object> row : table.rows()) {
            csv.append(row.stream().map(cell -> quote(FigureFormat.raw(cell))).collect(Collectors.joining(","))) //$NON-NLS-1$
                    .append("\r\n"); //$NON-NLS-1$
        }
        return csv.toString();
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return '"' + cell.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return cell;
    }

    /** @return {@code directory/name+suffix}, or with "-2", "-3", … when that exists */
    public static Path free(Path directory, String name, String suffix) {
        Path file = directory.resolve(name + suffix);
        for (int i = 2; Files.exists(file); i++) {
            file = directory.resolve(name + "-" + i + suffix); //$NON-NLS-1$
        }
        return file;
    }
}
