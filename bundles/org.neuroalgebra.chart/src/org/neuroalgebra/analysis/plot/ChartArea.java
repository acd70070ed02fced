// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.util.List;

import org.neuroalgebra.analysis.ResultSeries;

/**
 * The plot rectangle and the data ranges it shows; maps data to pixels.
 *
 * @param inset
 *            index units left free before index 1 and after xMax (stems keep off the axes)
 * @param yMin
 *            the lowest plotted value (log₁₀ for log-scale series)
 * @param yMax
 *            the highest plotted value, larger than yMin
 */
record ChartArea(double left, double right, double top, double bottom, int xMax, double inset, double yMin,
        double yMax) {

    private static final double MARGIN_LEFT = 64;
    private static final double MARGIN_RIGHT = 16;
    private static final double MARGIN_TOP = 28;
    private static final double MARGIN_BOTTOM = 36;

    static ChartArea of(List<ResultSeries> series, ChartKind kind, int width, int height) {
        int xMax = 1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ResultSeries one : series) {
            xMax = Math.max(xMax, one.values().length);
            for (double value : one.drawnValues()) {
                double plotted = plotted(one.logScale(), value);
                if (!Double.isNaN(plotted)) {
                    min = Math.min(min, plotted);
                    max = Math.max(max, plotted);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        } else if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        if (!series.isEmpty() && series.get(0).logScale()) {
            // room below the smallest value (possibly the floor of a kernel) so its stem shows
            min -= Math.max(0.5, 0.05 * (max - min));
        }
        return new ChartArea(MARGIN_LEFT, width - MARGIN_RIGHT, MARGIN_TOP, height - MARGIN_BOTTOM, Math.max(2, xMax),
                kind == ChartKind.STEMS ? 0.5 : 0, min, max);
    }

    /**
     * @param value
     *            one of the series' {@link ResultSeries#drawnValues()}
     * @return the value on the plotted scale, NaN when it cannot be drawn
     */
    double plotted(ResultSeries series, double value) {
        return plotted(series.logScale(), value);
    }

    private static double plotted(boolean log, double value) {
        if (!Double.isFinite(value) || (log && value <= 0)) {
            return Double.NaN;
        }
        return log ? Math.log10(value) : value;
    }

    double x(double index) {
        return left + (right - left) * (index - 1 + inset) / (xMax - 1 + 2 * inset);
    }

    double y(double value) {
        return bottom - (bottom - top) * (value - yMin) / (yMax - yMin);
    }
}
