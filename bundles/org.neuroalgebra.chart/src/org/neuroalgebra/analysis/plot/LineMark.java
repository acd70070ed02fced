// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

/**
 * The hollow symbol drawn at the data points of a chart's line layer, by the layer's index. With
 * {@link LineDash} it keeps layers with the same values apart: where two lines coincide, the
 * symbols of both still show, one inside the other. Every renderer uses the same symbol for the
 * same index.
 */
public enum LineMark {
    /** A circle. */
    CIRCLE,
    /** A square. */
    SQUARE,
    /** A triangle pointing up. */
    TRIANGLE,
    /** A square standing on a corner. */
    DIAMOND;

    /** Lines with more points than this are drawn without symbols: they would cover the line. */
    public static final int MAX_POINTS = 40;

    /**
     * @param index
     *            the layer's index in its chart
     * @return the symbol of that layer: circle, square, triangle, diamond, then again
     */
    public static LineMark of(int index) {
        LineMark[] all = values();
        return all[Math.floorMod(index, all.length)];
    }

    /**
     * @param x
     *            the centre's x
     * @param y
     *            the centre's y (pointing down)
     * @param radius
     *            the half-width
     * @return the corners of the outline as {xs, ys}; for {@link #CIRCLE} none
     */
    double[][] corners(double x, double y, double radius) {
        return switch (this) {
        case CIRCLE -> new double[][] { {}, {} };
        case SQUARE -> new double[][] { { x - radius, x + radius, x + radius, x - radius },
                { y - radius, y - radius, y + radius, y + radius } };
        case TRIANGLE -> new double[][] { { x, x + radius, x - radius }, { y - radius, y + radius, y + radius } };
        case DIAMOND -> new double[][] { { x, x + radius, x, x - radius }, { y - radius, y, y + radius, y } };
        };
    }
}
