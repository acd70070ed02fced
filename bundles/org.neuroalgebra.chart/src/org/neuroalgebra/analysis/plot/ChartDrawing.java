// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Marker;
import org.neuroalgebra.analysis.ResultChart.Orientation;

/**
 * Draws a {@link ResultChart} exactly as declared: the title, the two axes with their scales (a
 * light grid at major ticks only), each layer in its own group (points as unconnected symbols,
 * lines as polylines broken where a value cannot be drawn, bars side by side), the labelled
 * markers as dashed lines, and a legend when there is more than one layer. Nothing is drawn that
 * the chart does not declare: an empty axis title draws no title.
 */
final class ChartDrawing {

    private static final int AXIS = 0x000000;
    private static final int GRID = 0xe8e8e8;
    private static final int MARKER = 0x444444;
    private static final int WHISKER = 0x333333;
    private static final double POINT_RADIUS = 3;
    private static final double BAR_GROUP = 0.8;
    private static final double LEGEND_LINE = 16;

    private static final double MARK_RADIUS = 3.5;

    /** Long enough to show a whole period of every dash pattern. */
    private static final double LEGEND_SAMPLE = 18;
    private static final double CHARACTER_WIDTH = 6.5;
    private static final double MARGIN_LEFT = 64;
    private static final double MARGIN_RIGHT = 16;
    private static final double MARGIN_TOP = 44;
    private static final double MARGIN_BOTTOM = 44;

    private final Canvas canvas;
    private final ResultChart chart;
    private final ChartAxis x;
    private final ChartAxis y;
    private final double left;
    private final double right;
    private final double top;
    private final double bottom;

    private ChartDrawing(Canvas canvas, ResultChart chart, int width, int height) {
        this.canvas = canvas;
        this.chart = chart;
        boolean bars = chart.layers().stream().anyMatch(layer -> layer.kind() == PictureLayer.Kind.BARS);
        this.x = ChartAxis.of(chart.x(), values(chart, Orientation.VERTICAL), false);
        this.y = ChartAxis.of(chart.y(), values(chart, Orientation.HORIZONTAL), bars);
        this.left = MARGIN_LEFT;
        this.right = width - MARGIN_RIGHT - legendWidth(chart, width);
        this.top = MARGIN_TOP;
        this.bottom = height - MARGIN_BOTTOM;
    }

    static void draw(Canvas canvas, ResultChart chart, int width, int height) {
        new ChartDrawing(canvas, chart, width, height).draw(width, height);
    }

    /** @return the colour of layer {@code index} of {@code count}: the palette, or a colour scale for many */
    static int colour(int index, int count) {
        if (count <= 10) {
            return ChartRenderer.colour(index);
        }
        // many runs: an even walk through the hues from blue to red, each layer told apart by order
        float hue = 0.66f * (1 - index / (float) (count - 1));
        return java.awt.Color.HSBtoRGB(hue, 0.85f, 0.8f) & 0xffffff;
    }

    private void draw(int width, int height) {
        axes(width, height);
        List<PictureLayer> bars = chart.layers().stream().filter(l -> l.kind() == PictureLayer.Kind.BARS).toList();
        double unit = barUnit(bars);
        int count = chart.layers().size();
        for (int i = 0; i < count; i++) {
            PictureLayer layer = chart.layers().get(i);
            int color = colour(i, count);
            canvas.beginGroup(layer.name());
            switch (layer.kind()) {
            case POINTS -> points(layer, color);
            case LINE -> line(layer, color, i);
            case BARS -> bars(layer, color, unit, bars.indexOf(layer), bars.size());
            }
            if (chart.hasLegend()) {
                legend(layer, color, i, count);
            }
            canvas.endGroup();
        }
        for (Marker marker : chart.markers()) {
            marker(marker);
        }
    }

    private void axes(int width, int height) {
        for (ChartAxis.Tick tick : y.ticks()) {
            double py = py(tick.value());
            canvas.line(left, py, right, py, GRID, false);
            canvas.text(tick.label(), Math.max(2, left - 6 - CHARACTER_WIDTH * tick.label().length()), py + 4, false);
        }
        List<ChartAxis.Tick> xTicks = x.ticks();
        // categories whose names would collide are labelled every k-th
        int every = 1;
        if (x.isCategorical()) {
            int longest = xTicks.stream().mapToInt(t -> t.label().length()).max().orElse(1);
            every = (int) Math.ceil(xTicks.size() * (CHARACTER_WIDTH * longest + 8) / Math.max(1, right - left));
        }
        for (int t = 0; t < xTicks.size(); t += Math.max(1, every)) {
            ChartAxis.Tick tick = xTicks.get(t);
            double px = px(tick.value());
            if (!x.isCategorical()) {
                canvas.line(px, top, px, bottom, GRID, false);
            }
            canvas.line(px, bottom, px, bottom + 4, AXIS, false);
            canvas.text(tick.label(), px, bottom + 16, true);
        }
        canvas.line(left, bottom, right, bottom, AXIS, false);
        canvas.line(left, top, left, bottom, AXIS, false);
        canvas.text(chart.title(), width / 2.0, 18, true);
        if (!y.title().isEmpty()) {
            canvas.text(y.title(), 4, top - 10, false);
        }
        if (!x.title().isEmpty()) {
            canvas.text(x.title(), (left + right) / 2, height - 8, true);
        }
    }

    private void points(PictureLayer layer, int color) {
        for (int i = 0; i < layer.size(); i++) {
            double px = px(layer.x()[i]);
            double py = py(layer.y()[i]);
            if (!Double.isNaN(px) && !Double.isNaN(py)) {
                canvas.dot(px, py, POINT_RADIUS, color);
            }
        }
    }

    /** One polyline per run of drawable points: a NaN (or a non-positive value on a log axis) breaks it. */
    private void line(PictureLayer layer, int color, int index) {
        LineDash dash = LineDash.of(index);
        double[] bx = new double[layer.size()];
        double[] by = new double[layer.size()];
        int count = 0;
        for (int i = 0; i <= layer.size(); i++) {
            double px = i < layer.size() ? px(layer.x()[i]) : Double.NaN;
            double py = i < layer.size() ? py(layer.y()[i]) : Double.NaN;
            if (!Double.isNaN(px) && !Double.isNaN(py)) {
                bx[count] = px;
                by[count] = py;
                count++;
            } else if (count > 0) {
                if (count == 1) {
                    canvas.dot(bx[0], by[0], 1.5, color);
                } else {
                    canvas.polyline(Arrays.copyOf(bx, count), Arrays.copyOf(by, count), color, dash);
                }
                count = 0;
            }
        }
        if (layer.size() <= LineMark.MAX_POINTS) {
            for (int i = 0; i < layer.size(); i++) {
                double px = px(layer.x()[i]);
                double py = py(layer.y()[i]);
                if (!Double.isNaN(px) && !Double.isNaN(py)) {
                    canvas.mark(px, py, MARK_RADIUS, LineMark.of(index), color);
                }
            }
        }
    }

    private void bars(PictureLayer layer, int color, double unit, int slot, int slots) {
        double width = BAR_GROUP * unit / slots;
        double base = py(y.base());
        for (int i = 0; i < layer.size(); i++) {
            double value = py(layer.y()[i]);
            if (Double.isNaN(value) || Double.isNaN(px(layer.x()[i]))) {
                continue;
            }
            double center = layer.x()[i] - BAR_GROUP * unit / 2 + (slot + 0.5) * width;
            double barLeft = px(center - width / 2);
            double barRight = px(center + width / 2);
            canvas.fillRect(barLeft, Math.min(value, base), barRight - barLeft, Math.abs(base - value), color);
            if (layer.hasIntervals()) {
                double middle = px(center);
                double cap = (barRight - barLeft) / 4;
                double low = py(layer.low()[i]);
                double high = py(layer.high()[i]);
                canvas.line(middle, low, middle, high, WHISKER, false);
                canvas.line(middle - cap, low, middle + cap, low, WHISKER, false);
                canvas.line(middle - cap, high, middle + cap, high, WHISKER, false);
            }
        }
    }

    private void marker(Marker marker) {
        if (marker.orientation() == Orientation.VERTICAL) {
            double px = px(marker.at());
            if (!Double.isNaN(px)) {
                canvas.line(px, top, px, bottom, MARKER, true);
                // a label in the right half reads leftwards, so that it stays inside the plot
                double width = CHARACTER_WIDTH * marker.label().length();
                canvas.text(marker.label(), px > (left + right) / 2 ? Math.max(left + 4, px - 4 - width) : px + 4,
                        top + 12, false);
            }
        } else {
            double py = py(marker.at());
            if (!Double.isNaN(py)) {
                canvas.line(left, py, right, py, MARKER, true);
                double width = CHARACTER_WIDTH * marker.label().length();
                canvas.text(marker.label(), Math.max(left + 4, right - width - 4), py - 4, false);
            }
        }
    }

    private void legend(PictureLayer layer, int color, int index, int count) {
        double line = Math.min(LEGEND_LINE, (bottom - top) / Math.max(1, count));
        double lx = right + 12;
        double ly = top + line * index + 6;
        switch (layer.kind()) {
        case POINTS -> canvas.dot(lx + 5, ly, POINT_RADIUS, color);
        case LINE -> {
            canvas.polyline(new double[] { lx, lx + LEGEND_SAMPLE }, new double[] { ly, ly }, color, LineDash.of(index));
            if (layer.size() <= LineMark.MAX_POINTS) {
                canvas.mark(lx + LEGEND_SAMPLE / 2, ly, MARK_RADIUS, LineMark.of(index), color);
            }
        }
        case BARS -> canvas.fillRect(lx, ly - 5, 10, 10, color);
        }
        canvas.text(layer.name(), lx + LEGEND_SAMPLE + 6, ly + 4, false);
    }

    private double px(double value) {
        double fraction = x.fraction(value);
        return Double.isNaN(fraction) ? Double.NaN : left + (right - left) * fraction;
    }

    private double py(double value) {
        double fraction = y.fraction(value);
        return Double.isNaN(fraction) ? Double.NaN : bottom - (bottom - top) * fraction;
    }

    /** @return the spacing of bar positions: 1 for categories, else the smallest gap between x values */
    private double barUnit(List<PictureLayer> bars) {
        if (x.isCategorical()) {
            return 1;
        }
        double[] xs = bars.stream().flatMapToDouble(layer -> Arrays.stream(layer.x())).filter(Double::isFinite)
                .sorted().distinct().toArray();
        double unit = Double.POSITIVE_INFINITY;
        for (int i = 1; i < xs.length; i++) {
            unit = Math.min(unit, xs[i] - xs[i - 1]);
        }
        return Double.isFinite(unit) ? unit : 1;
    }

    private static double legendWidth(ResultChart chart, int width) {
        if (!chart.hasLegend()) {
            return 0;
        }
        int longest = chart.layers().stream().mapToInt(layer -> layer.name().length()).max().orElse(0);
        return Math.min(width / 3.0, 12 + LEGEND_SAMPLE + 6 + CHARACTER_WIDTH * longest);
    }

    /** @return every coordinate drawn along one axis, markers included, so that the range shows them */
    private static double[] values(ResultChart chart, Orientation across) {
        List<Double> values = new ArrayList<>();
        for (PictureLayer layer : chart.layers()) {
            for (double value : across == Orientation.VERTICAL ? layer.x() : layer.y()) {
                values.add(value);
            }
            if (across == Orientation.HORIZONTAL) {
                Arrays.stream(layer.low()).forEach(values::add);
                Arrays.stream(layer.high()).forEach(values::add);
            }
        }
        for (Marker marker : chart.markers()) {
            if (marker.orientation() == across) {
                values.add(marker.at());
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
