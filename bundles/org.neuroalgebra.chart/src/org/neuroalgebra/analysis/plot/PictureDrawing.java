// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;

/**
 * Lays out a {@link ResultPicture}: axes with ticks, then each layer in its own group (its marks
 * and its legend entry) in the colour {@link ChartRenderer#colour(int)} of its index. Bars of
 * several layers at one x stand side by side; intervals are drawn as whiskers over the bars.
 */
final class PictureDrawing {

    /** The radius of a point symbol, in pixels. */
    static final double POINT_RADIUS = 3;

    private static final int AXIS = 0x000000;
    private static final int GRID = 0xdddddd;
    private static final int WHISKER = 0x333333;
    private static final int TICKS = 5;
    private static final double BAR_GROUP = 0.8;
    private static final double LEGEND_LINE = 16;
    private static final double CHARACTER_WIDTH = 6.5;

    private PictureDrawing() {
    }

    /** @return the width reserved right of the plot for the legend */
    static double legendWidth(ResultPicture picture, int width) {
        int longest = picture.layers().stream().mapToInt(layer -> layer.name().length()).max().orElse(0);
        return picture.layers().isEmpty() ? 0 : Math.min(width / 3.0, 28 + CHARACTER_WIDTH * longest);
    }

    static PictureArea area(ResultPicture picture, int width, int height) {
        return PictureArea.of(picture, width, height, legendWidth(picture, width));
    }

    static void draw(Canvas canvas, ResultPicture picture, int width, int height) {
        PictureArea area = area(picture, width, height);
        axes(canvas, picture, area, width, height);
        List<PictureLayer> bars = picture.layers().stream().filter(l -> l.kind() == PictureLayer.Kind.BARS).toList();
        double unit = barUnit(picture, bars);
        for (int i = 0; i < picture.layers().size(); i++) {
            PictureLayer layer = picture.layers().get(i);
            int color = ChartRenderer.colour(i);
            canvas.beginGroup(layer.name());
            switch (layer.kind()) {
            case POINTS -> points(canvas, area, layer, color);
            case LINE -> line(canvas, area, layer, color);
            case BARS -> bars(canvas, area, layer, color, unit, bars.indexOf(layer), bars.size());
            }
            legend(canvas, area, layer, color, i);
            canvas.endGroup();
        }
    }

    private static void axes(Canvas canvas, ResultPicture picture, PictureArea area, int width, int height) {
        for (double value : Ticks.of(area.yMin(), area.yMax(), TICKS)) {
            canvas.line(area.left(), area.y(value), area.right(), area.y(value), GRID, false);
            canvas.text(Ticks.label(value), 4, area.y(value) + 4, false);
        }
        if (picture.isCategorical()) {
            List<String> categories = picture.categories();
            int every = (int) Math.ceil(categories.size() * 70 / Math.max(1, area.right() - area.left()));
            for (int c = 0; c < categories.size(); c += Math.max(1, every)) {
                canvas.text(categories.get(c), area.x(c), area.bottom() + 14, true);
            }
        } else {
            for (double value : Ticks.of(area.xMin(), area.xMax(), TICKS)) {
                canvas.line(area.x(value), area.top(), area.x(value), area.bottom(), GRID, false);
                canvas.text(Ticks.label(value), area.x(value), area.bottom() + 14, true);
            }
        }
        canvas.line(area.left(), area.bottom(), area.right(), area.bottom(), AXIS, false);
        canvas.line(area.left(), area.top(), area.left(), area.bottom(), AXIS, false);
        canvas.text(picture.title(), width / 2.0, 16, true);
        canvas.text(picture.yLabel(), 4, area.top() - 8, false);
        canvas.text(picture.xLabel(), (area.left() + area.right()) / 2, height - 8, true);
    }

    private static void points(Canvas canvas, PictureArea area, PictureLayer layer, int color) {
        for (int i = 0; i < layer.size(); i++) {
            if (Double.isFinite(layer.x()[i]) && Double.isFinite(layer.y()[i])) {
                canvas.dot(area.x(layer.x()[i]), area.y(layer.y()[i]), POINT_RADIUS, color);
            }
        }
    }

    /** One polyline per run of finite points: a NaN separates branches. */
    private static void line(Canvas canvas, PictureArea area, PictureLayer layer, int color) {
        List<double[]> xs = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        double[] bx = new double[layer.size()];
        double[] by = new double[layer.size()];
        int count = 0;
        for (int i = 0; i <= layer.size(); i++) {
            boolean finite = i < layer.size() && Double.isFinite(layer.x()[i]) && Double.isFinite(layer.y()[i]);
            if (finite) {
                bx[count] = area.x(layer.x()[i]);
                by[count] = area.y(layer.y()[i]);
                count++;
            } else if (count > 0) {
                xs.add(Arrays.copyOf(bx, count));
                ys.add(Arrays.copyOf(by, count));
                count = 0;
            }
        }
        for (int b = 0; b < xs.size(); b++) {
            canvas.polyline(xs.get(b), ys.get(b), color, LineDash.SOLID);
        }
    }

    private static void bars(Canvas canvas, PictureArea area, PictureLayer layer, int color, double unit, int slot,
            int slots) {
        double width = BAR_GROUP * unit / slots;
        for (int i = 0; i < layer.size(); i++) {
            double value = layer.y()[i];
            if (!Double.isFinite(value) || !Double.isFinite(layer.x()[i])) {
                continue;
            }
            double center = layer.x()[i] - BAR_GROUP * unit / 2 + (slot + 0.5) * width;
            double left = area.x(center - width / 2);
            double right = area.x(center + width / 2);
            double top = area.y(Math.max(0, value));
            double bottom = area.y(Math.min(0, value));
            canvas.fillRect(left, top, right - left, bottom - top, color);
            if (layer.hasIntervals()) {
                double x = area.x(center);
                double cap = (right - left) / 4;
                canvas.line(x, area.y(layer.low()[i]), x, area.y(layer.high()[i]), WHISKER, false);
                canvas.line(x - cap, area.y(layer.low()[i]), x + cap, area.y(layer.low()[i]), WHISKER, false);
                canvas.line(x - cap, area.y(layer.high()[i]), x + cap, area.y(layer.high()[i]), WHISKER, false);
            }
        }
    }

    private static void legend(Canvas canvas, PictureArea area, PictureLayer layer, int color, int index) {
        double x = area.right() + 12;
        double y = area.top() + LEGEND_LINE * index + 6;
        switch (layer.kind()) {
        case POINTS -> canvas.dot(x + 5, y, POINT_RADIUS, color);
        case LINE -> canvas.line(x, y, x + 10, y, color, false);
        case BARS -> canvas.fillRect(x, y - 5, 10, 10, color);
        }
        canvas.text(layer.name(), x + 16, y + 4, false);
    }

    /** @return the spacing of bar positions: 1 for categories, else the smallest gap between x values */
    private static double barUnit(ResultPicture picture, List<PictureLayer> bars) {
        if (picture.isCategorical()) {
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
}
