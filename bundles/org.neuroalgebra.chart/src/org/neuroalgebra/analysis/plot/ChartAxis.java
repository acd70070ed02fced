// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultChart.Scale;

/**
 * One axis of a {@link org.neuroalgebra.analysis.ResultChart} as drawn: the range it shows, how a
 * value maps into it, and its ticks with their labels. A log axis works in log₁₀ and ticks powers
 * of ten ({@code 10⁻¹¹}); an integer axis ticks integers only; a categorical axis ticks every
 * category with its name; a linear axis ticks round values.
 */
final class ChartAxis {

    /** A tick: where (in data units) and what it says. */
    record Tick(double value, String label) {
    }

    private static final double PAD = 0.05;
    private static final int TARGET_TICKS = 6;
    private static final int MAX_DECADE_TICKS = 8;

    private final Axis axis;
    private final double low;
    private final double high;

    private ChartAxis(Axis axis, double low, double high) {
        this.axis = axis;
        this.low = low;
        this.high = high;
    }

    /**
     * @param values
     *            every value drawn on this axis, non-finite ones ignored (and non-positive ones on a
     *            log axis)
     * @param includeZero
     *            whether 0 must be shown (bars stand on it), ignored on a log axis
     */
    static ChartAxis of(Axis axis, double[] values, boolean includeZero) {
        if (axis.scale() == Scale.CATEGORICAL) {
            return new ChartAxis(axis, -0.5, axis.categories().size() - 0.5);
        }
        boolean log = axis.scale() == Scale.LOG;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value) && (!log || value > 0)) {
                double mapped = log ? Math.log10(value) : value;
                min = Math.min(min, mapped);
                max = Math.max(max, mapped);
            }
        }
        if (includeZero && !log) {
            min = Math.min(min, 0);
            max = Math.max(max, 0);
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        return switch (axis.scale()) {
            case LOG -> new ChartAxis(axis, Math.floor(min), Math.max(Math.ceil(max), Math.floor(min) + 1));
            // half a unit beyond the outermost integers; a marker between two integers (3.5) stays inside
            case INTEGER -> new ChartAxis(axis, includeZero && min == 0 ? 0 : Math.floor(min + 0.5) - 0.5,
                    Math.ceil(max - 0.5) + 0.5);
            default -> {
                if (min == max) {
                    min -= 0.5;
                    max += 0.5;
                }
                double pad = PAD * (max - min);
                yield new ChartAxis(axis, includeZero && min == 0 ? 0 : min - pad, max + pad);
            }
        };
    }

    /** @return the value in axis units: log₁₀ on a log axis, NaN where it cannot be drawn */
    double map(double value) {
        if (axis.scale() == Scale.LOG) {
            return value > 0 && Double.isFinite(value) ? Math.log10(value) : Double.NaN;
        }
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** @return where {@code value} lies between the ends, 0 at the low end and 1 at the high end */
    double fraction(double value) {
        return (map(value) - low) / (high - low);
    }

    /** @return where 0 lies (bars stand on it), or the low end where 0 cannot be shown */
    double base() {
        return axis.scale() == Scale.LOG || low > 0 ? lowEnd() : 0;
    }

    /** @return the low end in data units */
    double lowEnd() {
        return axis.scale() == Scale.LOG ? Math.pow(10, low) : low;
    }

    boolean isLog() {
        return axis.scale() == Scale.LOG;
    }

    boolean isCategorical() {
        return axis.scale() == Scale.CATEGORICAL;
    }

    String title() {
        return axis.title();
    }

    /** @return the ticks, in data units, with labels for people */
    List<Tick> ticks() {
        List<Tick> ticks = new ArrayList<>();
        switch (axis.scale()) {
        case LOG -> {
            int first = (int) Math.ceil(low - 1e-9);
            int last = (int) Math.floor(high + 1e-9);
            int every = Math.max(1, (int) Math.ceil((last - first + 1) / (double) MAX_DECADE_TICKS));
            for (int exponent = first; exponent <= last; exponent++) {
                if (Math.floorMod(exponent, every) == 0) {
                    ticks.add(new Tick(Math.pow(10, exponent), FigureFormat.powerOfTen(exponent)));
                }
            }
        }
        case CATEGORICAL -> {
            for (int c = 0; c < axis.categories().size(); c++) {
                ticks.add(new Tick(c, axis.categories().get(c)));
            }
        }
        case INTEGER -> {
            double[] values = Ticks.of(low, high, TARGET_TICKS);
            double step = values.length > 1 ? Math.max(1, Math.ceil(values[1] - values[0])) : 1;
            for (double value = Math.ceil(low / step) * step; value <= high; value += step) {
                ticks.add(new Tick(value, Long.toString(Math.round(value))));
            }
        }
        case LINEAR -> {
            for (double value : Ticks.of(low, high, TARGET_TICKS)) {
                // a tick at zero computed as a tiny multiple of the step reads "0"
                double shown = Math.abs(value) < 1e-12 * (high - low) ? 0 : value;
                ticks.add(new Tick(shown, FigureFormat.real(shown)));
            }
        }
        }
        return ticks;
    }
}
