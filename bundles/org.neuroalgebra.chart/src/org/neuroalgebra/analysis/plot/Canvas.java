// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

/** The drawing primitives a chart needs, in pixel coordinates with y pointing down. */
interface Canvas {

    void line(double x1, double y1, double x2, double y2, int color, boolean dashed);

    /** A line through the points, with the dash pattern of its layer. */
    void polyline(double[] xs, double[] ys, int color, LineDash dash);

    void text(String text, double x, double y, boolean centered);

    /** A filled axis-parallel rectangle with its top-left corner at (x, y). */
    void fillRect(double x, double y, double width, double height, int color);

    /** The hollow symbol of a line layer centred at (x, y). */
    void mark(double x, double y, double radius, LineMark mark, int color);

    /** A filled disc centred at (x, y). */
    void dot(double x, double y, double radius, int color);

    /** Starts a named group: what is drawn until {@link #endGroup()} belongs to one layer. */
    void beginGroup(String name);

    void endGroup();
}
