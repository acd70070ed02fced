// SPDX-License-Identifier: EPL-2.0

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the 16x16 object icons of the item providers (icons/full/obj16/CLASS.gif): one small
 * picture per model class instead of EMF's generated diamonds. GIF, because EMF's resource
 * locator looks up {@code .gif} for the generated image keys.
 * <p>
 * Usage: {@code java -Djava.awt.headless=true DrawIcons.java <icons/full/obj16 directory>}.
 */
public final class DrawIcons {

    private static final Color STRUCTURE = new Color(40, 90, 170);
    private static final Color LAYER = new Color(30, 130, 110);
    private static final Color DATA = new Color(190, 110, 20);
    private static final Color ANALYSIS = new Color(140, 50, 140);
    private static final BasicStroke THIN = new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke THICK = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private DrawIcons() {
    }

    public static void main(String[] args) throws IOException {
        File folder = new File(args[0]);
        folder.mkdirs();
        Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
        icons.put("NeuroalgebraModel", DrawIcons::page);
        icons.put("Architecture", DrawIcons::network);
        icons.put("DenseLayer", DrawIcons::dense);
        icons.put("ActivationLayer", DrawIcons::parabola);
        icons.put("ConvolutionLayer", DrawIcons::convolution);
        icons.put("AttentionLayer", DrawIcons::attention);
        icons.put("Variety", DrawIcons::curve);
        icons.put("Inequality", DrawIcons::halfPlane);
        icons.put("Dataset", DrawIcons::scatter);
        icons.put("DataPoint", DrawIcons::point);
        icons.put("RandomInputs", DrawIcons::die);
        icons.put("TargetsFrom", DrawIcons::target);
        icons.put("Analysis", DrawIcons::magnifier);
        icons.put("Metric", DrawIcons::ruler);
        icons.put("Option", DrawIcons::option);
        icons.put("ExtensionLayer", DrawIcons::extension);
        icons.put("LayerAttributeValue", DrawIcons::option);
        icons.put("Sweep", DrawIcons::sweep);
        for (Map.Entry<String, Consumer<Graphics2D>> icon : icons.entrySet()) {
            BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            // Crisp edges: GIF has one-bit transparency, so anti-aliased edges would fringe.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            icon.getValue().accept(g);
            g.dispose();
            ImageIO.write(image, "gif", new File(folder, icon.getKey() + ".gif"));
        }
    }

    private static void page(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(2, 1, 11, 14));
        g.setColor(STRUCTURE);
        g.draw(new Rectangle2D.Double(2, 1, 11, 14));
        for (int y = 4; y <= 12; y += 3) {
            g.draw(new Line2D.Double(4, y, 11, y));
        }
    }

    private static void network(Graphics2D g) {
        g.setColor(STRUCTURE);
        g.setStroke(THIN);
        double[] left = { 3, 8, 13 };
        for (double y : left) {
            g.draw(new Line2D.Double(3, y, 13, 8));
        }
        for (double y : left) {
            node(g, 3, y, STRUCTURE);
        }
        node(g, 13, 8, STRUCTURE);
    }

    private static void dense(Graphics2D g) {
        g.setColor(LAYER);
        g.setStroke(THIN);
        for (double from : new double[] { 3, 8, 13 }) {
            for (double to : new double[] { 5, 11 }) {
                g.draw(new Line2D.Double(3, from, 13, to));
            }
        }
        for (double y : new double[] { 3, 8, 13 }) {
            node(g, 3, y, LAYER);
        }
        node(g, 13, 5, LAYER);
        node(g, 13, 11, LAYER);
    }

    /** A family of architectures: networks of growing width, one behind the other. */
    private static void sweep(Graphics2D g) {
        g.setColor(STRUCTURE);
        g.setStroke(THIN);
        for (int copy = 0; copy < 3; copy++) {
            double x = 2 + 4 * copy;
            g.draw(new Line2D.Double(x, 3, x, 13 - 2 * copy));
            node(g, x, 3, STRUCTURE);
            node(g, x, 13 - 2 * copy, STRUCTURE);
        }
    }

    /** A layer of a contributed kind that declares no icon: one node in, a box, one node out. */
    private static void extension(Graphics2D g) {
        g.setColor(LAYER);
        g.setStroke(THIN);
        g.draw(new Line2D.Double(3, 8, 13, 8));
        g.setColor(Color.WHITE);
        g.fillRect(5, 4, 6, 8);
        g.setColor(LAYER);
        g.drawRect(5, 4, 6, 8);
        node(g, 3, 8, LAYER);
        node(g, 13, 8, LAYER);
    }

    private static void parabola(Graphics2D g) {
        g.setColor(Color.GRAY);
        g.draw(new Line2D.Double(1, 14, 15, 14));
        g.draw(new Line2D.Double(8, 1, 8, 15));
        Path2D curve = new Path2D.Double();
        curve.moveTo(2, 2);
        curve.quadTo(8, 26, 14, 2);
        g.setColor(LAYER);
        g.setStroke(THICK);
        g.draw(curve);
    }

    private static void convolution(Graphics2D g) {
        g.setColor(LAYER);
        for (int i = 0; i < 5; i++) {
            g.draw(new Rectangle2D.Double(1 + 3 * i, 10, 2, 4));
        }
        g.setStroke(THICK);
        g.draw(new Rectangle2D.Double(3, 2, 7, 5));
        g.setStroke(THIN);
        g.draw(new Line2D.Double(3, 7, 2, 10));
        g.draw(new Line2D.Double(10, 7, 11, 10));
    }

    private static void attention(Graphics2D g) {
        int[][] weights = { { 3, 1, 0 }, { 1, 3, 1 }, { 0, 2, 3 } };
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                g.setColor(tint(LAYER, weights[row][column] / 3.0));
                g.fill(new Rectangle2D.Double(1 + 5 * column, 1 + 5 * row, 4, 4));
            }
        }
    }

    private static void curve(Graphics2D g) {
        g.setColor(STRUCTURE);
        g.setStroke(THICK);
        g.draw(new Ellipse2D.Double(2, 2, 12, 12));
        node(g, 12, 4, ANALYSIS);
    }

    /** A shaded half-plane below a slanted line: the region an inequality keeps. */
    private static void halfPlane(Graphics2D g) {
        Path2D kept = new Path2D.Double();
        kept.moveTo(1, 11);
        kept.lineTo(15, 4);
        kept.lineTo(15, 15);
        kept.lineTo(1, 15);
        kept.closePath();
        g.setColor(tint(STRUCTURE, 0.3));
        g.fill(kept);
        g.setColor(STRUCTURE);
        g.setStroke(THICK);
        g.draw(new Line2D.Double(1, 11, 15, 4));
    }

    private static void scatter(Graphics2D g) {
        double[][] points = { { 3, 12 }, { 6, 9 }, { 9, 10 }, { 11, 5 }, { 13, 3 }, { 5, 4 } };
        for (double[] p : points) {
            node(g, p[0], p[1], DATA);
        }
    }

    private static void point(Graphics2D g) {
        g.setColor(Color.GRAY);
        g.draw(new Line2D.Double(2, 14, 14, 14));
        g.draw(new Line2D.Double(2, 2, 2, 14));
        g.setColor(DATA);
        g.fill(new Ellipse2D.Double(7, 4, 6, 6));
    }

    private static void die(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(new RoundRectangle2D.Double(1, 1, 14, 14, 4, 4));
        g.setColor(DATA);
        g.draw(new RoundRectangle2D.Double(1, 1, 13, 13, 4, 4));
        for (double[] p : new double[][] { { 4, 4 }, { 8, 8 }, { 12, 12 }, { 12, 4 }, { 4, 12 } }) {
            g.fill(new Ellipse2D.Double(p[0] - 1.5, p[1] - 1.5, 3, 3));
        }
    }

    private static void target(Graphics2D g) {
        g.setColor(DATA);
        g.setStroke(THIN);
        g.draw(new Ellipse2D.Double(1, 1, 14, 14));
        g.draw(new Ellipse2D.Double(4, 4, 8, 8));
        g.fill(new Ellipse2D.Double(6.5, 6.5, 3, 3));
    }

    private static void magnifier(Graphics2D g) {
        g.setColor(ANALYSIS);
        g.setStroke(THICK);
        g.draw(new Ellipse2D.Double(2, 2, 8, 8));
        g.draw(new Line2D.Double(9.5, 9.5, 14, 14));
    }

    private static void ruler(Graphics2D g) {
        g.setColor(new Color(250, 230, 160));
        g.fill(new Rectangle2D.Double(1, 5, 14, 6));
        g.setColor(ANALYSIS);
        g.draw(new Rectangle2D.Double(1, 5, 14, 6));
        for (int x = 3; x < 15; x += 3) {
            g.draw(new Line2D.Double(x, 5, x, x % 2 == 0 ? 9 : 7));
        }
    }

    private static void option(Graphics2D g) {
        g.setColor(ANALYSIS);
        g.setStroke(THICK);
        g.draw(new Line2D.Double(3, 6, 13, 6));
        g.draw(new Line2D.Double(3, 10, 13, 10));
    }

    /** @return the colour mixed with white, {@code share} of it (GIF has no partial transparency) */
    private static Color tint(Color color, double share) {
        double white = 255 * (1 - share);
        return new Color((int) (color.getRed() * share + white), (int) (color.getGreen() * share + white),
                (int) (color.getBlue() * share + white));
    }

    private static void node(Graphics2D g, double x, double y, Color color) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x - 2, y - 2, 4.5, 4.5));
    }
}
