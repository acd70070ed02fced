// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.plot.ChartRenderer;

/**
 * An SWTChart chart that shows one {@link ResultPicture}: a scatter series per POINTS layer, a line
 * series per branch of a LINE layer (NaN separates branches; only the first is in the legend), a
 * bar series per BARS layer with its intervals as error bars. A categorical picture gets a
 * category x axis. Layers have the colours of the headless renderer, and a legend.
 */
public class PictureChart implements ResultChart {

    private static final int SYMBOL_SIZE = 3;
    private static final double PAD = 0.05;

    private final Chart chart;

    public PictureChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getLegend().setVisible(true);
        chart.getLegend().setPosition(SWT.RIGHT);
    }

    @Override
    public Chart control() {
        return chart;
    }

    /** Replaces what is shown by the picture. */
    public void show(ResultPicture picture) {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        chart.getTitle().setText(picture.title());
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText(picture.xLabel());
        chart.getAxisSet().getYAxis(0).getTitle().setText(picture.yLabel());
        x.enableCategory(picture.isCategorical());
        if (picture.isCategorical()) {
            x.setCategorySeries(picture.categories().toArray(String[]::new));
        }
        for (int i = 0; i < picture.layers().size(); i++) {
            PictureLayer layer = picture.layers().get(i);
            Color color = new Color(rgb(ChartRenderer.colour(i)));
            switch (layer.kind()) {
            case POINTS -> points(i, layer, color);
            case LINE -> line(i, layer, color);
            case BARS -> bars(i, layer, color, picture);
            }
        }
        chart.getAxisSet().adjustRange();
        widenRanges(picture);
        chart.redraw();
    }

    /**
     * adjustRange fits the data tightly: leave 5% around it so that symbols on the edge stay whole,
     * and make room for the upper ends of intervals; non-negative bars keep standing on 0.
     */
    private void widenRanges(ResultPicture picture) {
        IAxis y = chart.getAxisSet().getYAxis(0);
        double low = y.getRange().lower;
        double high = y.getRange().upper;
        for (PictureLayer layer : picture.layers()) {
            for (int i = 0; i < layer.low().length; i++) {
                low = Math.min(low, layer.low()[i]);
                high = Math.max(high, layer.high()[i]);
            }
        }
        double pad = PAD * (high - low);
        y.setRange(new Range(low >= 0 && hasBars(picture) ? Math.max(0, low - pad) : low - pad, high + pad));
        if (!picture.isCategorical()) {
            IAxis x = chart.getAxisSet().getXAxis(0);
            double width = x.getRange().upper - x.getRange().lower;
            x.setRange(new Range(x.getRange().lower - PAD * width, x.getRange().upper + PAD * width));
        }
    }

    private static boolean hasBars(ResultPicture picture) {
        return picture.layers().stream().anyMatch(layer -> layer.kind() == PictureLayer.Kind.BARS);
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
            series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            series.setLineColor(color);
            series.setVisibleInLegend(b == 0);
        }
    }

    /** On a category axis the y values go to the positions their x names; intervals become error bars. */
    private void bars(int index, PictureLayer layer, Color color, ResultPicture picture) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id(index, 0));
        series.setDescription(layer.name());
        series.setBarColor(color);
        double[] y = layer.y();
        double[] low = layer.low();
        double[] high = layer.high();
        if (picture.isCategorical()) {
            y = new double[picture.categories().size()];
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

    private static org.eclipse.swt.graphics.RGB rgb(int colour) {
        return new org.eclipse.swt.graphics.RGB((colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff);
    }
}
