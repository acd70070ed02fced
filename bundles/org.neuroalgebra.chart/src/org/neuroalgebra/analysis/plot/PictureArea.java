// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;

/**
 * The plot rectangle of a {@link ResultPicture} and the data ranges it shows; maps data to pixels.
 * Numeric axes get a margin of 5% so that points on the edge of the data stay whole; bars and
 * intervals always include 0 and their ends, and non-negative bars start at 0. A categorical x axis spans [−½, k − ½].
 */
record PictureArea(double left, double right, double top, double bottom, double xMin, double xMax, double yMin,
        double yMax) {

    private static final double MARGIN_LEFT = 64;
    private static final double MARGIN_RIGHT = 16;
    private static final double MARGIN_TOP = 40;
    private static final double MARGIN_BOTTOM = 40;
    private static final double PAD = 0.05;

    static PictureArea of(ResultPicture picture, int width, int height, double legendWidth) {
        Range x = new Range();
        Range y = new Range();
        boolean bars = false;
        for (PictureLayer layer : picture.layers()) {
            for (int i = 0; i < layer.size(); i++) {
                if (Double.isFinite(layer.x()[i]) && Double.isFinite(layer.y()[i])) {
                    x.add(layer.x()[i]);
                    y.add(layer.y()[i]);
                }
            }
            if (layer.kind() == PictureLayer.Kind.BARS) {
                y.add(0);
                bars = true;
            }
            for (int i = 0; i < layer.low().length; i++) {
                y.add(layer.low()[i]);
                y.add(layer.high()[i]);
            }
        }
        double xLow;
        double xHigh;
        if (picture.isCategorical()) {
            xLow = -0.5;
            xHigh = picture.categories().size() - 0.5;
        } else {
            x.widen();
            xLow = x.min - PAD * (x.max - x.min);
            xHigh = x.max + PAD * (x.max - x.min);
        }
        y.widen();
        // bars of non-negative values stand on the x axis
        double yLow = bars && y.min == 0 ? 0 : y.min - PAD * (y.max - y.min);
        return new PictureArea(MARGIN_LEFT, width - MARGIN_RIGHT - legendWidth, MARGIN_TOP, height - MARGIN_BOTTOM,
                xLow, xHigh, yLow, y.max + PAD * (y.max - y.min));
    }

    double x(double value) {
        return left + (right - left) * (value - xMin) / (xMax - xMin);
    }

    double y(double value) {
        return bottom - (bottom - top) * (value - yMin) / (yMax - yMin);
    }

    /** The smallest interval holding the values added, at least of length 1 around a single value. */
    private static final class Range {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;

        void add(double value) {
            if (Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }

        void widen() {
            if (min > max) {
                min = 0;
                max = 1;
            } else if (min == max) {
                min -= 0.5;
                max += 0.5;
            }
        }
    }
}
