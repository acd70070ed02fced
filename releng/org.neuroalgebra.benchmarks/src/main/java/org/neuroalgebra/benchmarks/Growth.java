// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.plot.ChartRenderer;

/**
 * Cost growth: in-process time and peak memory against the size of the problem, per family,
 * with the exponent of a least-squares fit on log–log scales, and a chart drawn by the
 * product's own renderer.
 */
final class Growth {

    private record Family(String key, String title, String sizeName, String chart) {
    }

    private static final List<Family> FAMILIES = List.of(
            new Family("rank1", "ED degree of rank-one m×n matrices", "critical points", "edd"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            new Family("dimension-x2", "dimension, σ = x², width series", "parameters", "dimension"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            new Family("dimension-x3", "dimension, σ = x³, width series", "parameters", "dimension"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            new Family("dimension-depth", "dimension, σ = x², width 3, depth series", "parameters", "dimension")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private Growth() {
    }

    static String section(List<Row> rows, Path images) throws IOException {
        StringBuilder text = new StringBuilder("\n## Cost growth\n\n"); //$NON-NLS-1$
        text.append("In-process median time and memory against the size of the problem. Memory is measured two ways in the ") //$NON-NLS-1$
                .append("JVM that ran the problem (its warm-up and measured runs): the peak resident set (VmHWM from ") //$NON-NLS-1$
                .append("/proc/self/status, the whole JVM) and the sum of the heap pools' peak use (MemoryPoolMXBean, an upper ") //$NON-NLS-1$
                .append("bound of the live heap). The exponent k is the least-squares slope of log(value) against log(size), ") //$NON-NLS-1$
                .append("so value ∝ size^k over the sizes measured.\n"); //$NON-NLS-1$
        List<PictureLayer> eddLayers = new ArrayList<>();
        List<PictureLayer> dimensionLayers = new ArrayList<>();
        for (Family family : FAMILIES) {
            List<double[]> points = new ArrayList<>(); // size, seconds, rss, heap
            StringBuilder table = new StringBuilder();
            for (Row row : rows) {
                if (row.problem == null || !row.problem.family().equals(family.key()) || row.inProcess == null || !row.inProcess.ok()) {
                    continue;
                }
                double size = row.problem.size() > 0 ? row.problem.size() : row.inProcess.answer.doubleValue();
                if (!(size > 0)) {
                    // no size to place it at (no critical point found): listed, left out of the fit and the chart
                    table.append(String.format(Locale.ROOT, "| %s | no answer (not in the fit) | %s | %.0f MB | %.0f MB |%n", //$NON-NLS-1$
                            row.label, Table.seconds(row.inProcess.median), row.inProcess.rssMb, row.inProcess.heapMb));
                    continue;
                }
                points.add(new double[] { size, row.inProcess.median, row.inProcess.rssMb, row.inProcess.heapMb });
                table.append(String.format(Locale.ROOT, "| %s | %.0f | %s | %.0f MB | %.0f MB |%n", row.label, size, //$NON-NLS-1$
                        Table.seconds(row.inProcess.median), row.inProcess.rssMb, row.inProcess.heapMb));
            }
            if (points.size() < 2) {
                continue;
            }
            double[] x = column(points, 0);
            double timeExponent = slope(x, column(points, 1));
            text.append("\n### ").append(family.title()).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
            text.append("| problem | ").append(family.sizeName()).append(" | time | peak RSS | heap peak |\n|---|---|---|---|---|\n"); //$NON-NLS-1$ //$NON-NLS-2$
            text.append(table);
            text.append(String.format(Locale.ROOT, "%nFitted: time ∝ %s^%.2f, peak RSS ∝ %s^%.2f, heap peak ∝ %s^%.2f.%n", //$NON-NLS-1$
                    family.sizeName(), timeExponent, family.sizeName(), slope(x, column(points, 2)), family.sizeName(),
                    slope(x, column(points, 3))));
            List<PictureLayer> layers = family.chart().equals("edd") ? eddLayers : dimensionLayers; //$NON-NLS-1$
            layers.add(PictureLayer.points(family.title(), x, column(points, 1)));
            layers.add(PictureLayer.line(String.format(Locale.ROOT, "fit: size^%.2f", timeExponent), x, fitted(x, column(points, 1)))); //$NON-NLS-1$
        }
        if (images != null) {
            text.append(chart(images, "benchmark-growth-edd.png", "ED degree: in-process time against the number of critical points", //$NON-NLS-1$ //$NON-NLS-2$
                    "critical points", eddLayers)); //$NON-NLS-1$
            text.append(chart(images, "benchmark-growth-dimension.png", "Dimension: in-process time against the number of parameters", //$NON-NLS-1$ //$NON-NLS-2$
                    "parameters", dimensionLayers)); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static String chart(Path images, String name, String title, String xTitle, List<PictureLayer> layers)
            throws IOException {
        if (layers.isEmpty()) {
            return ""; //$NON-NLS-1$
        }
        Files.createDirectories(images);
        ResultChart chart = new ResultChart(name, title, Axis.log(xTitle), Axis.log("in-process time (s)"), layers, List.of()); //$NON-NLS-1$
        ChartRenderer.writePng(chart, 800, 500, images.resolve(name));
        return "\n![" + title + "](images/" + name + ")\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static double[] column(List<double[]> points, int index) {
        return points.stream().mapToDouble(p -> p[index]).toArray();
    }

    /** @return the least-squares slope of log y against log x (NaN when undefined) */
    static double slope(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]) / n;
            my += Math.log(y[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (Math.log(x[i]) - mx) * (Math.log(y[i]) - my);
            sxx += (Math.log(x[i]) - mx) * (Math.log(x[i]) - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** @return the fitted power law c·x^k at the measured sizes */
    static double[] fitted(double[] x, double[] y) {
        double k = slope(x, y);
        double intercept = 0;
        for (int i = 0; i < x.length; i++) {
            intercept += (Math.log(y[i]) - k * Math.log(x[i])) / x.length;
        }
        double[] result = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            result[i] = Math.exp(intercept + k * Math.log(x[i]));
        }
        return result;
    }
}
