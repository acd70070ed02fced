// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultSeries;

/**
 * Renders charts to SVG or PNG without a display. A {@link ResultChart} is drawn exactly as
 * declared (log axes ticked at powers of ten, integer and categorical axes, points, lines, bars,
 * labelled markers, a legend for several layers); the older series and pictures are drawn as
 * before until they are removed. Series that share axes (several loss curves, or
 * one spectrum): the x values are 1, 2, …; a log-scale series is drawn in log₁₀ with values ≤ 0
 * at its {@link ResultSeries#logFloor()} (dashed stems); axis titles come from the first series.
 * Pictures: each layer in the palette colour of its index, with a legend; in SVG each layer is one
 * {@code <g>} element.
 */
public final class ChartRenderer {

    private static final int[] PALETTE = { 0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e, 0x9467bd, 0x8c564b, 0xe377c2,
            0x7f7f7f, 0xbcbd22, 0x17becf };
    private static final int AXIS = 0x000000;
    private static final int GRID = 0xdddddd;
    private static final int TICKS = 5;

    private ChartRenderer() {
    }

    /** @return the colour (0xRRGGBB) of the series or layer with this index; views use the same palette */
    public static int colour(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** @return STEMS for series with a marker (spectra), LINE otherwise */
    public static ChartKind defaultKind(ResultSeries series) {
        return series.marker() >= 0 ? ChartKind.STEMS : ChartKind.LINE;
    }

    /**
     * Splits series into charts that can share a value axis: same value-axis title and scale, in
     * order of first appearance (a training result's loss curves and norm curves become two charts).
     *
     * @return the groups, each non-empty
     */
    public static List<List<ResultSeries>> groupByAxis(List<ResultSeries> series) {
        Map<String, List<ResultSeries>> groups = new LinkedHashMap<>();
        for (ResultSeries one : series) {
            groups.computeIfAbsent(one.yLabel() + (one.logScale() ? " (log)" : ""), key -> new ArrayList<>()).add(one); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return List.copyOf(groups.values());
    }

    /** @return the chart as an SVG document */
    public static String toSvg(List<ResultSeries> series, ChartKind kind, int width, int height) {
        SvgCanvas canvas = new SvgCanvas(width, height);
        draw(canvas, series, kind, width, height);
        return canvas.finish();
    }

    /** @return the chart as an RGB image of the given size */
    public static BufferedImage toImage(List<ResultSeries> series, ChartKind kind, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            draw(new AwtCanvas(graphics, width, height), series, kind, width, height);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Writes the chart as PNG. */
    public static void writePng(List<ResultSeries> series, ChartKind kind, int width, int height, Path file)
            throws IOException {
        if (!ImageIO.write(toImage(series, kind, width, height), "png", file.toFile())) { //$NON-NLS-1$
            throw new IOException("no PNG writer available"); //$NON-NLS-1$
        }
    }

    /** Writes the chart as SVG (UTF-8). */
    public static void writeSvg(List<ResultSeries> series, ChartKind kind, int width, int height, Path file)
            throws IOException {
        Files.writeString(file, toSvg(series, kind, width, height), StandardCharsets.UTF_8);
    }

    /** @return the chart as an SVG document, drawn exactly as declared (see {@link ResultChart}) */
    public static String toSvg(ResultChart chart, int width, int height) {
        SvgCanvas canvas = new SvgCanvas(width, height);
        ChartDrawing.draw(canvas, chart, width, height);
        return canvas.finish();
    }

    /** @return the chart as an RGB image of the given size */
    public static BufferedImage toImage(ResultChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            ChartDrawing.draw(new AwtCanvas(graphics, width, height), chart, width, height);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Writes the chart as PNG. */
    public static void writePng(ResultChart chart, int width, int height, Path file) throws IOException {
        if (!ImageIO.write(toImage(chart, width, height), "png", file.toFile())) { //$NON-NLS-1$
            throw new IOException("no PNG writer available"); //$NON-NLS-1$
        }
    }

    /** Writes the chart as SVG (UTF-8). */
    public static void writeSvg(ResultChart chart, int width, int height, Path file) throws IOException {
        Files.writeString(file, toSvg(chart, width, height), StandardCharsets.UTF_8);
    }

    /**
     * @return the colour (0xRRGGBB) of layer {@code index} of a chart with {@code count} layers:
     *         the palette for up to ten, a colour scale from blue to red for more (many training
     *         runs); the workbench uses the same colours
     */
    public static int colour(int index, int count) {
        return ChartDrawing.colour(index, count);
    }

    /** @return the picture as an SVG document */
    public static String toSvg(ResultPicture picture, int width, int height) {
        SvgCanvas canvas = new SvgCanvas(width, height);
        PictureDrawing.draw(canvas, picture, width, height);
        return canvas.finish();
    }

    /** @return the picture as an RGB image of the given size */
    public static BufferedImage toImage(ResultPicture picture, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            PictureDrawing.draw(new AwtCanvas(graphics, width, height), picture, width, height);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Writes the picture as PNG. */
    public static void writePng(ResultPicture picture, int width, int height, Path file) throws IOException {
        if (!ImageIO.write(toImage(picture, width, height), "png", file.toFile())) { //$NON-NLS-1$
            throw new IOException("no PNG writer available"); //$NON-NLS-1$
        }
    }

    /** Writes the picture as SVG (UTF-8). */
    public static void writeSvg(ResultPicture picture, int width, int height, Path file) throws IOException {
        Files.writeString(file, toSvg(picture, width, height), StandardCharsets.UTF_8);
    }

    private static void draw(Canvas canvas, List<ResultSeries> series, ChartKind kind, int width, int height) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot"); //$NON-NLS-1$
        }
        ResultSeries first = series.get(0);
        ChartArea area = ChartArea.of(series, kind, width, height);
        for (int t = 0; t <= TICKS; t++) {
            double value = area.yMin() + (area.yMax() - area.yMin()) * t / TICKS;
            double y = area.y(value);
            canvas.line(area.left(), y, area.right(), y, GRID, false);
            canvas.text(tick(first.logScale() ? Math.pow(10, value) : value), 4, y + 4, false);
        }
        canvas.line(area.left(), area.bottom(), area.right(), area.bottom(), AXIS, false);
        canvas.line(area.left(), area.top(), area.left(), area.bottom(), AXIS, false);
        canvas.text("1", area.x(1), area.bottom() + 14, true); //$NON-NLS-1$
        canvas.text(Integer.toString(area.xMax()), area.x(area.xMax()), area.bottom() + 14, true);
        canvas.text(first.xLabel(), (area.left() + area.right()) / 2, height - 6, true);
        String title = series.size() == 1 ? first.title() : first.title() + " (and " + (series.size() - 1) + " more)"; //$NON-NLS-1$ //$NON-NLS-2$
        canvas.text(title + " — " + first.yLabel() + (first.logScale() ? " (log)" : ""), width / 2.0, 16, true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (int s = 0; s < series.size(); s++) {
            int color = colour(s);
            ResultSeries one = series.get(s);
            if (kind == ChartKind.STEMS) {
                stems(canvas, area, one, color);
            } else {
                line(canvas, area, one, color);
            }
        }
    }

    /** Values at the log floor (a kernel) get dashed stems: they are zeros, not small numbers. */
    private static void stems(Canvas canvas, ChartArea area, ResultSeries series, int color) {
        double[] values = series.drawnValues();
        for (int i = 0; i < values.length; i++) {
            double value = area.plotted(series, values[i]);
            if (!Double.isNaN(value)) {
                boolean floored = series.logScale() && series.values()[i] <= 0;
                canvas.line(area.x(i + 1), area.bottom(), area.x(i + 1), area.y(value), color, floored);
            }
        }
        if (series.marker() >= 0) {
            double x = area.x(series.marker() + 0.5);
            canvas.line(x, area.top(), x, area.bottom(), AXIS, true);
            canvas.text("rank " + series.marker(), x + 4, area.top() + 12, false); //$NON-NLS-1$
        }
    }

    private static void line(Canvas canvas, ChartArea area, ResultSeries series, int color) {
        double[] values = series.drawnValues();
        int count = 0;
        double[] xs = new double[values.length];
        double[] ys = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double value = area.plotted(series, values[i]);
            if (!Double.isNaN(value)) {
                xs[count] = area.x(i + 1);
                ys[count] = area.y(value);
                count++;
            }
        }
        canvas.polyline(Arrays.copyOf(xs, count), Arrays.copyOf(ys, count), color, LineDash.SOLID);
    }

    private static String tick(double value) {
        return String.format(Locale.ROOT, "%.3g", value); //$NON-NLS-1$
    }
}
