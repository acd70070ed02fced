// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

/** The drawing primitives a chart needs, in pixel coordinates with y pointing down. */
interface Canvas {

    void line(double x1, double y1, double x2, double y2, int color, boolean dashed);

    void polyline(double[] xs, double[] ys, int color);

    void text(String text, double x, double y, boolean centered);
}
