// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

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
 * on a log scale when the series asks for it, with the series' marker (e.g. the numerical rank)
 * drawn as a second series so the gap is visible.
 */
public class SeriesChart {

    private static final String VALUES_ID = "values"; //$NON-NLS-1$
    private static final String MARKER_ID = "marker"; //$NON-NLS-1$

    private final Chart chart;

    public SeriesChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("No result yet"); //$NON-NLS-1$
        chart.getLegend().setVisible(false);
    }

    public Chart control() {
        return chart;
    }

    /** Shows the series, or clears the chart when {@code series} is null. */
    public void show(ResultSeries series) {
        for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(old.getId());
        }
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.enableLogScale(false);
        if (series == null || series.values().length == 0) {
            chart.getTitle().setText("No chart for this result"); //$NON-NLS-1$
            chart.redraw();
            return;
        }
        chart.getTitle().setText(series.title());
        chart.getAxisSet().getXAxis(0).getTitle().setText(series.xLabel());
        y.getTitle().setText(series.yLabel());
        double[] x = indices(series.values().length);
        ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, VALUES_ID);
        line.setXSeries(x);
        line.setYSeries(plottable(series));
        line.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        if (series.marker() > 0 && series.marker() < series.values().length) {
            // A vertical bar between the last kept and the first dropped value marks the rank.
            double position = series.marker() + 0.5;
            double[] ys = plottable(series);
            ILineSeries<?> marker = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, MARKER_ID);
            marker.setXSeries(new double[] { position, position });
            marker.setYSeries(new double[] { min(ys), max(ys) });
            marker.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            marker.setLineColor(chart.getDisplay().getSystemColor(SWT.COLOR_RED));
        }
        y.enableLogScale(series.logScale());
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** Log axes cannot show zeros: clamp them to a tiny positive value so the gap still shows. */
    private static double[] plottable(ResultSeries series) {
        double[] values = series.values().clone();
        if (series.logScale()) {
            double smallestPositive = Double.MAX_VALUE;
            for (double v : values) {
                if (v > 0) {
                    smallestPositive = Math.min(smallestPositive, v);
                }
            }
            double floor = smallestPositive == Double.MAX_VALUE ? 1e-300 : smallestPositive * 1e-3;
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.max(values[i], Math.min(floor, 1e-16));
            }
        }
        return values;
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
