// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.neuroalgebra.analysis.ResultSeries;

/**
 * An SWTChart chart that shows one {@link ResultSeries}: the values against their 1-based index,
 * on a log scale when the series asks for it (zeros at the series' {@link ResultSeries#logFloor()},
 * as in the headless charts), with the series' marker (e.g. the numerical rank) drawn as a second
 * series so the gap is visible.
 */
public class SeriesChart implements ResultChart {

    private static final String VALUES_ID = "values"; //$NON-NLS-1$
    private static final String MARKER_ID = "marker"; //$NON-NLS-1$
    private static final int MAX_POINTS = 2000;
    private static final int MAX_SYMBOLS = 200;
    private static final int[] COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_GREEN, SWT.COLOR_DARK_MAGENTA,
            SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW, SWT.COLOR_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GRAY };

    private final Chart chart;

    public SeriesChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("No result yet"); //$NON-NLS-1$
        chart.getLegend().setVisible(false);
    }

    @Override
    public Chart control() {
        return chart;
    }

    /** Shows one series, or clears the chart when {@code series} is null. */
    public void show(ResultSeries series) {
        show(series == null ? List.of() : List.of(series));
    }

    /**
     * Shows series that share a value axis (e.g. the loss curves of all training runs); the
     * first one's titles and scale are used. Long series are decimated for drawing so that a
     * chart of many thousands of points stays responsive; the data itself is not changed.
     */
    public void show(List<ResultSeries> series) {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.enableLogScale(false);
        if (series.isEmpty() || series.get(0).values().length == 0) {
            chart.getTitle().setText("No chart for this result"); //$NON-NLS-1$
            chart.redraw();
            return;
        }
        ResultSeries first = series.get(0);
        chart.getTitle().setText(first.title());
        chart.getAxisSet().getXAxis(0).getTitle().setText(first.xLabel());
        y.getTitle().setText(first.yLabel());
        for (int i = 0; i < series.size(); i++) {
            ResultSeries one = series.get(i);
            double[] ys = one.drawnValues();
            int step = Math.max(1, ys.length / MAX_POINTS);
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, VALUES_ID + i);
            line.setXSeries(decimate(indices(ys.length), step));
            line.setYSeries(decimate(ys, step));
            line.setSymbolType(ys.length <= MAX_SYMBOLS ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
            line.setLineColor(chart.getDisplay().getSystemColor(COLORS[i % COLORS.length]));
        }
        if (first.marker() > 0 && first.marker() < first.values().length) {
            // A vertical bar between the last kept and the first dropped value marks the rank.
            double position = first.marker() + 0.5;
            double[] ys = first.drawnValues();
            ILineSeries<?> marker = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, MARKER_ID);
            marker.setXSeries(new double[] { position, position });
            marker.setYSeries(new double[] { min(ys), max(ys) });
            marker.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            marker.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        y.enableLogScale(first.logScale());
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    private static double[] decimate(double[] values, int step) {
        if (step == 1) {
            return values;
        }
        double[] result = new double[(values.length + step - 1) / step];
        for (int i = 0; i < result.length; i++) {
            result[i] = values[i * step];
        }
        return result;
    }

    private static double[] indices(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
