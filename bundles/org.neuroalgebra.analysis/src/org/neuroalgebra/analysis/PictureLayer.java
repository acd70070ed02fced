// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.Objects;

/**
 * One layer of a {@link ResultPicture}: a named set of points drawn one way, in one colour.
 *
 * @param name
 *            the legend entry
 * @param kind
 *            how the points are drawn
 * @param x
 *            horizontal coordinates (category indices on a categorical axis)
 * @param y
 *            vertical coordinates, as many as x; a {@link Kind#LINE} is broken where a coordinate
 *            is NaN, so that one layer can hold several branches of a curve
 * @param low
 *            lower ends of an interval around each y (e.g. a confidence interval), or empty
 * @param high
 *            upper ends of those intervals, or empty
 */
public record PictureLayer(String name, Kind kind, double[] x, double[] y, double[] low, double[] high) {

    private static final double[] NONE = {};

    /** How a layer is drawn. */
    public enum Kind {
        /** one symbol per point, unconnected (a scatter plot) */
        POINTS,
        /** a polyline through the points in order */
        LINE,
        /** a bar from 0 to y at each x */
        BARS
    }

    /**
     * Checks that every point has both coordinates and that intervals are given for all points
     * or none, and copies the arrays so that the layer stays immutable.
     */
    public PictureLayer {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (low.length != high.length || (low.length != 0 && low.length != y.length)) {
            throw new IllegalArgumentException(name + ": intervals must be given for every point or for none"); //$NON-NLS-1$
        }
        x = x.clone();
        y = y.clone();
        low = low.clone();
        high = high.clone();
    }

    /** @return a scatter layer */
    public static PictureLayer points(String name, double[] x, double[] y) {
        return new PictureLayer(name, Kind.POINTS, x, y, NONE, NONE);
    }

    /** @return a line layer */
    public static PictureLayer line(String name, double[] x, double[] y) {
        return new PictureLayer(name, Kind.LINE, x, y, NONE, NONE);
    }

    /** @return a bar layer */
    public static PictureLayer bars(String name, double[] x, double[] y) {
        return new PictureLayer(name, Kind.BARS, x, y, NONE, NONE);
    }

    /** @return a bar layer with an interval [low, high] drawn on each bar */
    public static PictureLayer bars(String name, double[] x, double[] y, double[] low, double[] high) {
        return new PictureLayer(name, Kind.BARS, x, y, low, high);
    }

    /** @return whether intervals are given */
    public boolean hasIntervals() {
        return low.length > 0;
    }

    /** @return the number of points */
    public int size() {
        return x.length;
    }
}
