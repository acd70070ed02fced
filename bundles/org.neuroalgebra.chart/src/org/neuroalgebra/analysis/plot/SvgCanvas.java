// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.util.Locale;

/** Collects SVG elements. */
final class SvgCanvas implements Canvas {

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height) {
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n", //$NON-NLS-1$
                width, height, width, height));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height)); //$NON-NLS-1$
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int color, boolean dashed) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"#%06x\"%s/>%n", //$NON-NLS-1$
                x1, y1, x2, y2, color, dashed ? " stroke-dasharray=\"4 3\"" : "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void polyline(double[] xs, double[] ys, int color, LineDash dash) {
        svg.append("<polyline fill=\"none\" stroke=\"#").append(String.format("%06x", color)).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
        float[] pattern = dash.pattern();
        if (pattern != null) {
            StringBuilder dashes = new StringBuilder();
            for (float length : pattern) {
                dashes.append(dashes.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.0f", length)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            svg.append(" stroke-dasharray=\"").append(dashes).append('"'); //$NON-NLS-1$
        }
        svg.append(" points=\""); //$NON-NLS-1$
        for (int i = 0; i < xs.length; i++) {
            svg.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i])); //$NON-NLS-1$
        }
        svg.append("\"/>\n"); //$NON-NLS-1$
    }

    @Override
    public void text(String text, double x, double y, boolean centered) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-family=\"sans-serif\" font-size=\"11\"%s>", //$NON-NLS-1$
                x, y, centered ? " text-anchor=\"middle\"" : "")); //$NON-NLS-1$ //$NON-NLS-2$
        svg.append(escape(text)).append("</text>\n"); //$NON-NLS-1$
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int color) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#%06x\"/>%n", //$NON-NLS-1$
                x, y, width, height, color));
    }

    @Override
    public void mark(double x, double y, double radius, LineMark mark, int color) {
        if (mark == LineMark.CIRCLE) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"none\" stroke=\"#%06x\"/>%n", //$NON-NLS-1$
                    x, y, radius, color));
            return;
        }
        double[][] corners = mark.corners(x, y, radius);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < corners[0].length; i++) {
            points.append(String.format(Locale.ROOT, "%.2f,%.2f ", corners[0][i], corners[1][i])); //$NON-NLS-1$
        }
        svg.append(String.format("<polygon fill=\"none\" stroke=\"#%06x\" points=\"%s\"/>%n", color, //$NON-NLS-1$
                points.toString().trim()));
    }

    @Override
    public void dot(double x, double y, double radius, int color) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" fill=\"#%06x\"/>%n", x, y, //$NON-NLS-1$
                radius, color));
    }

    @Override
    public void beginGroup(String name) {
        svg.append("<g class=\"layer\">\n<title>").append(escape(name)).append("</title>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void endGroup() {
        svg.append("</g>\n"); //$NON-NLS-1$
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    String finish() {
        return svg + "</svg>\n"; //$NON-NLS-1$
    }
}
