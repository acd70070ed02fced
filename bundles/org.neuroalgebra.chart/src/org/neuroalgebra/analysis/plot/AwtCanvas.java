// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Draws on a java.awt Graphics2D (of a BufferedImage, which works in headless mode). */
final class AwtCanvas implements Canvas {

    private static final BasicStroke SOLID = new BasicStroke(1f);
    private static final BasicStroke DASHED = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 4f, 3f }, 0f);

    private final Graphics2D graphics;

    AwtCanvas(Graphics2D graphics, int width, int height) {
        this.graphics = graphics;
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, width, height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int color, boolean dashed) {
        graphics.setColor(new Color(color));
        graphics.setStroke(dashed ? DASHED : SOLID);
        graphics.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int color, LineDash dash) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        graphics.setColor(new Color(color));
        float[] pattern = dash.pattern();
        graphics.setStroke(pattern == null ? SOLID
                : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, pattern, 0f));
        graphics.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int color) {
        graphics.setColor(new Color(color));
        graphics.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void mark(double x, double y, double radius, LineMark mark, int color) {
        graphics.setColor(new Color(color));
        graphics.setStroke(SOLID);
        if (mark == LineMark.CIRCLE) {
            graphics.draw(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
            return;
        }
        double[][] corners = mark.corners(x, y, radius);
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(corners[0][0], corners[1][0]);
        for (int i = 1; i < corners[0].length; i++) {
            outline.lineTo(corners[0][i], corners[1][i]);
        }
        outline.closePath();
        graphics.draw(outline);
    }

    @Override
    public void dot(double x, double y, double radius, int color) {
        graphics.setColor(new Color(color));
        graphics.fill(new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius));
    }

    /** An image has no structure: groups are not recorded. */
    @Override
    public void beginGroup(String name) {
        // nothing to record
    }

    @Override
    public void endGroup() {
        // nothing to record
    }

    @Override
    public void text(String text, double x, double y, boolean centered) {
        graphics.setColor(Color.BLACK);
        float left = centered ? (float) (x - graphics.getFontMetrics().stringWidth(text) / 2.0) : (float) x;
        graphics.drawString(text, left, (float) y);
    }
}
