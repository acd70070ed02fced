// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultChart.Scale;
import org.neuroalgebra.analysis.plot.ChartRenderer;
import org.neuroalgebra.analysis.plot.LineDash;
import org.neuroalgebra.analysis.plot.LineMark;

/**
 * Draws a {@link ResultChart} with SWTChart exactly as declared: the title and axis titles given
 * (never SWTChart's "X Axis"), log axes ticked at powers of ten labelled {@code 10⁻¹¹} without the
 * minor grid, integer axes labelled at integers only, categorical axes by their names, points as
 * unconnected symbols, lines, bars with their intervals, labelled marker lines, and a legend when
 * there is more than one layer. On a log axis, points that are not positive cannot be drawn and
 * are left out.
 */
public class DeclaredChart {

    private static final int SYMBOL_SIZE = 4;
    private static final double PAD = 0.05;
    private static final int LABEL_GAP = 3;

    private final Chart chart;
    private ResultChart shown;

    public DeclaredChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent event) {
                paintMarkers(event.gc);
            }

            @Override
            public boolean drawBehindSeries() {
                return false;
            }
        });
        // A chart filled while its tab had no size yet kept ranges and markers computed for that
        // size (no points, the marker at the top): fit again once the control has its real size.
        chart.addListener(SWT.Resize, event -> refit());
        showNothing(""); //$NON-NLS-1$
    }

    private void refit() {
        if (shown != null && !chart.isDisposed()) {
            // the plot area's size, which pixel coordinates of points and markers depend on
            chart.updateLayout();
            chart.getAxisSet().adjustRange();
            widenRanges(shown);
            chart.redraw();
        }
    }

    /** @return the SWTChart control */
    public Chart control() {
        return chart;
    }

    /** @return the chart on display, or null */
    public ResultChart shown() {
        return shown;
    }

    /** Empties the chart and shows a message as its title; axes get no titles. */
    public void showNothing(String message) {
        shown = null;
        clear();
        chart.getTitle().setText(message);
        chart.getAxisSet().getXAxis(0).getTitle().setText(""); //$NON-NLS-1$
        chart.getAxisSet().getYAxis(0).getTitle().setText(""); //$NON-NLS-1$
        chart.getLegend().setVisible(false);
        chart.redraw();
    }

    /** Replaces what is shown by the chart. */
    public void show(ResultChart declared) {
        shown = declared;
        clear();
        chart.getTitle().setText(declared.title());
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.getTitle().setText(declared.x().title());
        y.getTitle().setText(declared.y().title());
        boolean categorical = declared.x().scale() == Scale.CATEGORICAL;
        x.enableCategory(categorical);
        if (categorical) {
            x.setCategorySeries(declared.x().categories().toArray(String[]::new));
        }
        for (int i = 0; i < declared.layers().size(); i++) {
            PictureLayer layer = drawable(declared.layers().get(i), declared.x(), declared.y());
            Color color = new Color(rgb(ChartRenderer.colour(i)));
            switch (layer.kind()) {
            case POINTS -> points(i, layer, color);
            case LINE -> line(i, layer, color);
            case BARS -> bars(i, layer, color, declared.x());
            }
        }
        chart.getLegend().setVisible(declared.hasLegend());
        chart.getLegend().setPosition(SWT.RIGHT);
        // after the series: SWTChart enables a log scale only when every series is positive
        style(x, declared.x());
        style(y, declared.y());
        chart.getAxisSet().adjustRange();
        widenRanges(declared);
        chart.redraw();
        // once more after the pending layout, for a chart shown before its tab was laid out
        chart.getDisplay().asyncExec(this::refit);
    }

    private void clear() {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        for (IAxis axis : List.of(chart.getAxisSet().getXAxis(0), chart.getAxisSet().getYAxis(0))) {
            axis.enableLogScale(false);
            if (axis.isCategoryEnabled()) {
                // A category axis of one category has an empty range, on which SWTChart's linear
                // ticks fail: give it a proper range before it becomes linear again.
                axis.setCategorySeries(new String[] { "", "" }); //$NON-NLS-1$ //$NON-NLS-2$
                axis.setRange(new Range(0, 1));
                axis.enableCategory(false);
            }
            axis.getTick().setFormat(null);
            axis.getGrid().setStyle(LineStyle.DOT);
        }
    }

    /** @return the label drawn at a tick value of the axis, as SWTChart draws it */
    public static String tickLabel(IAxis axis, double value) {
        Format format = axis.getTick().getFormat();
        return format == null ? Double.toString(value) : format.format(Double.valueOf(value));
    }

    private static void style(IAxis axis, Axis declared) {
        switch (declared.scale()) {
        case LOG -> {
            try {
                axis.enableLogScale(true);
            } catch (IllegalStateException e) {
                // no positive data at all: a linear axis shows the (empty) chart without failing
            }
            axis.getTick().setFormat(new PowerOfTenFormat());
            // SWTChart puts a grid line at every minor tick of a log axis: too dense to read.
            axis.getGrid().setStyle(LineStyle.NONE);
        }
        case INTEGER -> axis.getTick().setFormat(new IntegerFormat());
        case LINEAR -> axis.getTick().setFormat(new PeopleFormat());
        case CATEGORICAL -> {
            // SWTChart labels the categories
        }
        }
    }

    /** On a log axis only positive finite coordinates can be drawn. */
    private static PictureLayer drawable(PictureLayer layer, Axis x, Axis y) {
        if (x.scale() != Scale.LOG && y.scale() != Scale.LOG) {
            return layer;
        }
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < layer.size(); i++) {
            boolean xOk = x.scale() != Scale.LOG || layer.x()[i] > 0;
            boolean yOk = y.scale() != Scale.LOG || layer.y()[i] > 0;
            if (xOk && yOk) {
                keep.add(i);
            }
        }
        double[] xs = keep.stream().mapToDouble(i -> layer.x()[i]).toArray();
        double[] ys = keep.stream().mapToDouble(i -> layer.y()[i]).toArray();
        double[] low = layer.hasIntervals() ? keep.stream().mapToDouble(i -> layer.low()[i]).toArray() : new double[0];
        double[] high = layer.hasIntervals() ? keep.stream().mapToDouble(i -> layer.high()[i]).toArray() : new double[0];
        return new PictureLayer(layer.name(), layer.kind(), xs, ys, low, high);
    }

    /**
     * adjustRange fits the data tightly: leave 5% around it so that symbols on the edge stay whole
     * (a decade's fraction on a log axis), and let non-negative bars stand on 0.
     */
    private void widenRanges(ResultChart declared) {
        IAxis y = chart.getAxisSet().getYAxis(0);
        double low = y.getRange().lower;
        double high = y.getRange().upper;
        for (PictureLayer layer : declared.layers()) {
            for (int i = 0; i < layer.low().length; i++) {
                low = Math.min(low, layer.low()[i]);
                high = Math.max(high, layer.high()[i]);
            }
        }
        if (declared.y().scale() == Scale.LOG) {
            if (low > 0 && high > 0) {
                y.setRange(new Range(low / 2, high * 2));
            }
        } else {
            double pad = PAD * Math.max(high - low, Math.abs(high) * PAD + Double.MIN_NORMAL);
            boolean bars = declared.layers().stream().anyMatch(layer -> layer.kind() == PictureLayer.Kind.BARS);
            y.setRange(new Range(low >= 0 && bars ? 0 : low - pad, high + pad));
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        if (declared.x().scale() == Scale.LINEAR || declared.x().scale() == Scale.INTEGER) {
            double width = Math.max(x.getRange().upper - x.getRange().lower, 1);
            x.setRange(new Range(x.getRange().lower - PAD * width, x.getRange().upper + PAD * width));
        }
    }

    private void points(int index, PictureLayer layer, Color color) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id(index, 0));
        series.setDescription(layer.name());
        series.setXSeries(layer.x());
        series.setYSeries(layer.y());
        series.setLineStyle(LineStyle.NONE);
        series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        series.setSymbolSize(SYMBOL_SIZE);
        series.setSymbolColor(color);
        series.setLineColor(color);
    }

    private void line(int index, PictureLayer layer, Color color) {
        List<double[][]> branches = branches(layer);
        for (int b = 0; b < branches.size(); b++) {
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id(index, b));
            series.setDescription(layer.name());
            series.setXSeries(branches.get(b)[0]);
            series.setYSeries(branches.get(b)[1]);
            series.setSymbolType(layer.size() <= LineMark.MAX_POINTS ? symbol(LineMark.of(index))
                    : ILineSeries.PlotSymbolType.NONE);
            series.setSymbolSize(SYMBOL_SIZE);
            series.setSymbolColor(color);
            series.setLineColor(color);
            series.setLineWidth(2);
            series.setLineStyle(style(LineDash.of(index)));
            series.setVisibleInLegend(b == 0);
        }
    }

    /** The same pattern as the exported charts, so that layers with the same values stay apart. */
    private static LineStyle style(LineDash dash) {
        return switch (dash) {
        case SOLID -> LineStyle.SOLID;
        case DASHED -> LineStyle.DASH;
        case DOTTED -> LineStyle.DOT;
        case DASH_DOT -> LineStyle.DASHDOT;
        };
    }

    private static ILineSeries.PlotSymbolType symbol(LineMark mark) {
        return switch (mark) {
        case CIRCLE -> ILineSeries.PlotSymbolType.CIRCLE;
        case SQUARE -> ILineSeries.PlotSymbolType.SQUARE;
        case TRIANGLE -> ILineSeries.PlotSymbolType.TRIANGLE;
        case DIAMOND -> ILineSeries.PlotSymbolType.DIAMOND;
        };
    }

    /** On a category axis the y values go to the positions their x names; intervals become error bars. */
    private void bars(int index, PictureLayer layer, Color color, Axis x) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id(index, 0));
        series.setDescription(layer.name());
        series.setBarColor(color);
        double[] y = layer.y();
        double[] low = layer.low();
        double[] high = layer.high();
        if (x.scale() == Scale.CATEGORICAL) {
            y = new double[x.categories().size()];
            low = layer.hasIntervals() ? new double[y.length] : low;
            high = layer.hasIntervals() ? new double[y.length] : high;
            for (int i = 0; i < layer.size(); i++) {
                int slot = (int) layer.x()[i];
                y[slot] = layer.y()[i];
                if (layer.hasIntervals()) {
                    low[slot] = layer.low()[i];
                    high[slot] = layer.high()[i];
                }
            }
        } else {
            series.setXSeries(layer.x());
        }
        series.setYSeries(y);
        if (layer.hasIntervals()) {
            double[] plus = new double[y.length];
            double[] minus = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                plus[i] = high[i] - y[i];
                minus[i] = y[i] - low[i];
            }
            IErrorBar errors = series.getYErrorBar();
            errors.setType(IErrorBar.ErrorBarType.BOTH);
            errors.setPlusErrors(plus);
            errors.setMinusErrors(minus);
            errors.setColor(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            errors.setVisible(true);
        }
    }

    /** Marker lines, dashed, labelled at their top (vertical) or left end (horizontal). */
    private void paintMarkers(GC gc) {
        if (shown == null || shown.markers().isEmpty()) {
            return;
        }
        Point size = chart.getPlotArea().getSize();
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(2);
        int row = 0;
        for (ResultChart.Marker marker : shown.markers()) {
            int textHeight = gc.textExtent(marker.label()).y;
            if (marker.orientation() == ResultChart.Orientation.VERTICAL) {
                int px = x.getPixelCoordinate(marker.at());
                gc.drawLine(px, 0, px, size.y);
                gc.drawText(marker.label(), px + LABEL_GAP, LABEL_GAP + row * textHeight, true);
            } else {
                int py = y.getPixelCoordinate(marker.at());
                gc.drawLine(0, py, size.x, py);
                gc.drawText(marker.label(), LABEL_GAP, py - textHeight - LABEL_GAP, true);
            }
            row++;
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    /**
     * Writes the chart as a PNG image of the given size (the control is resized for the snapshot
     * and restored afterwards).
     */
    public void exportPng(String file, int width, int height) {
        Point old = chart.getSize();
        chart.setSize(width, height);
        chart.layout(true, true);
        try {
            chart.save(file, SWT.IMAGE_PNG);
        } finally {
            chart.setSize(old);
            chart.layout(true, true);
        }
    }

    /** @return the runs of finite points, as {x, y} pairs of arrays */
    static List<double[][]> branches(PictureLayer layer) {
        List<double[][]> branches = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= layer.size(); i++) {
            boolean finite = i < layer.size() && Double.isFinite(layer.x()[i]) && Double.isFinite(layer.y()[i]);
            if (!finite) {
                if (i > from) {
                    branches.add(new double[][] { Arrays.copyOfRange(layer.x(), from, i),
                            Arrays.copyOfRange(layer.y(), from, i) });
                }
                from = i + 1;
            }
        }
        return branches;
    }

    private static String id(int layer, int branch) {
        return "layer" + layer + "." + branch; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static RGB rgb(int colour) {
        return new RGB((colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff);
    }

    /**
     * A tick format. SWTChart parses each label back and hides it when it does not name its tick's
     * position; labels for people do not parse, so the format remembers what it wrote.
     */
    abstract static class TickFormat extends Format {
        private static final long serialVersionUID = 1L;

        private final transient Map<String, Double> written = new HashMap<>();

        @Override
        public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
            double number = ((Number) value).doubleValue();
            String label = label(number);
            written.put(label, number);
            return to.append(label);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            position.setIndex(source.length());
            return written.getOrDefault(source, Double.valueOf(Double.NaN));
        }

        abstract String label(double value);
    }

    /** Log axis: {@code 10⁻¹¹} at powers of ten, nothing between them. */
    static final class PowerOfTenFormat extends TickFormat {
        private static final long serialVersionUID = 1L;

        @Override
        String label(double value) {
            if (value <= 0) {
                return ""; //$NON-NLS-1$
            }
            double exponent = Math.log10(value);
            long rounded = Math.round(exponent);
            return Math.abs(exponent - rounded) < 1e-9 ? FigureFormat.powerOfTen((int) rounded) : ""; //$NON-NLS-1$
        }
    }

    /** Integer axis: labels at integers only. */
    static final class IntegerFormat extends TickFormat {
        private static final long serialVersionUID = 1L;

        @Override
        String label(double value) {
            return value == Math.rint(value) ? Long.toString((long) value) : ""; //$NON-NLS-1$
        }
    }

    /** Linear axis: values for people ({@code 0.0581}, {@code 1.5 × 10⁶}). */
    static final class PeopleFormat extends TickFormat {
        private static final long serialVersionUID = 1L;

        @Override
        String label(double value) {
            return Math.abs(value) < 1e-12 ? "0" : FigureFormat.real(value); //$NON-NLS-1$
        }
    }
}
