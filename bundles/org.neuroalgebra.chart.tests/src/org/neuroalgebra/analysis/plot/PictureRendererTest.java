// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Pictures (points, lines, bars) rendered headless: every layer where its data says, in its colour. */
class PictureRendererTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;

    /** Two point clouds and a circle whose two arcs are separated by a NaN. */
    private static final ResultPicture PLANE = ResultPicture.plane("regions <&>", "u₁", "u₂", List.of( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            PictureLayer.points("left", new double[] { -1.5, -1.2 }, new double[] { 0.5, -0.4 }), //$NON-NLS-1$
            PictureLayer.points("right", new double[] { 1.5, 1.1 }, new double[] { -0.5, 0.9 }), //$NON-NLS-1$
            circle()));

    private static final ResultPicture HISTOGRAM = ResultPicture.categorical("masses", "stratum", "mass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List.of("smooth", "boundary", "singular"), List.of( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    PictureLayer.bars("estimate", new double[] { 0, 1, 2 }, new double[] { 0.5, 0.3, 0.2 }, //$NON-NLS-1$
                            new double[] { 0.4, 0.2, 0.1 }, new double[] { 0.6, 0.4, 0.3 }),
                    PictureLayer.bars("exact", new double[] { 0, 1, 2 }, new double[] { 0.5, 0.25, 0.25 }))); //$NON-NLS-1$

    @Test
    void pointsAreDrawnInTheirLayersColourAtTheirCoordinates(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("plane.png"); //$NON-NLS-1$
        ChartRenderer.writePng(PLANE, WIDTH, HEIGHT, file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "decodes as PNG"); //$NON-NLS-1$
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        PictureArea area = PictureDrawing.area(PLANE, WIDTH, HEIGHT);
        for (int l = 0; l < 2; l++) {
            PictureLayer layer = PLANE.layers().get(l);
            for (int i = 0; i < layer.size(); i++) {
                int x = (int) Math.floor(area.x(layer.x()[i]));
                int y = (int) Math.floor(area.y(layer.y()[i]));
                assertEquals(ChartRenderer.colour(l), rgb(image, x, y), layer.name() + " point " + i); //$NON-NLS-1$
            }
        }
        // the circle passes through (0, 1) and (0, −1): its colour is there, blended by antialiasing
        for (double v : new double[] { 1, -1 }) {
            assertTrue(blendedNear(image, area.x(0), area.y(v), ChartRenderer.colour(2)), "circle at (0, " + v + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // nothing is drawn at the centre of the circle
        assertEquals(0xffffff, rgb(image, (int) area.x(0.1), (int) area.y(0.1)));
    }

    @Test
    void barsStandSideBySideWithTheirIntervals() {
        BufferedImage image = ChartRenderer.toImage(HISTOGRAM, WIDTH, HEIGHT);
        PictureArea area = PictureDrawing.area(HISTOGRAM, WIDTH, HEIGHT);
        assertEquals(-0.5, area.xMin());
        assertEquals(2.5, area.xMax());
        for (int c = 0; c < 3; c++) {
            // two bars share the 0.8 wide slot of category c: estimate on the left, exact on the right
            int estimateX = (int) area.x(c - 0.3);
            int exactX = (int) area.x(c + 0.3);
            int lowY = (int) area.y(0.05);
            assertEquals(ChartRenderer.colour(0), rgb(image, estimateX, lowY), "estimate bar " + c); //$NON-NLS-1$
            assertEquals(ChartRenderer.colour(1), rgb(image, exactX, lowY), "exact bar " + c); //$NON-NLS-1$
            double[] heights = HISTOGRAM.layers().get(1).y();
            assertEquals(0xffffff, rgb(image, exactX, (int) area.y(heights[c]) - 3), "above the exact bar"); //$NON-NLS-1$
        }
        // the whisker of the first estimate reaches its upper end 0.6, above the bar (0.5)
        int whiskerX = (int) Math.floor(area.x(-0.2));
        assertTrue(isDark(image, whiskerX, (int) Math.round(area.y(0.55))), "whisker above the bar"); //$NON-NLS-1$
    }

    @Test
    void svgHasOneGroupPerLayerWithItsShapes() throws Exception {
        Document plane = parse(ChartRenderer.toSvg(PLANE, WIDTH, HEIGHT));
        NodeList groups = plane.getElementsByTagName("g"); //$NON-NLS-1$
        assertEquals(3, groups.getLength());
        List<String> titles = new ArrayList<>();
        for (int g = 0; g < groups.getLength(); g++) {
            titles.add(((Element) groups.item(g)).getElementsByTagName("title").item(0).getTextContent()); //$NON-NLS-1$
        }
        assertEquals(List.of("left", "right", "circle"), titles); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Element left = (Element) groups.item(0);
        // two data points and the legend symbol
        assertEquals(3, left.getElementsByTagName("circle").getLength()); //$NON-NLS-1$
        assertEquals("#" + String.format("%06x", ChartRenderer.colour(0)), //$NON-NLS-1$ //$NON-NLS-2$
                ((Element) left.getElementsByTagName("circle").item(0)).getAttribute("fill")); //$NON-NLS-1$ //$NON-NLS-2$
        // the NaN splits the circle into two polylines
        assertEquals(2, ((Element) groups.item(2)).getElementsByTagName("polyline").getLength()); //$NON-NLS-1$

        Document histogram = parse(ChartRenderer.toSvg(HISTOGRAM, WIDTH, HEIGHT));
        NodeList bars = histogram.getElementsByTagName("g"); //$NON-NLS-1$
        assertEquals(2, bars.getLength());
        // three bars and a legend square in each group; the background rect is outside the groups
        assertEquals(4, ((Element) bars.item(0)).getElementsByTagName("rect").getLength()); //$NON-NLS-1$
        assertEquals(3 * 3, ((Element) bars.item(0)).getElementsByTagName("line").getLength(), "three whiskers"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, ((Element) bars.item(1)).getElementsByTagName("line").getLength(), "no intervals given"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A unit circle as two arcs (upper, lower) separated by NaN. */
    private static PictureLayer circle() {
        int n = 200;
        double[] x = new double[2 * n + 3];
        double[] y = new double[2 * n + 3];
        for (int i = 0; i <= n; i++) {
            double t = Math.PI * i / n;
            x[i] = Math.cos(t);
            y[i] = Math.sin(t);
            x[n + 2 + i] = Math.cos(t + Math.PI);
            y[n + 2 + i] = Math.sin(t + Math.PI);
        }
        x[n + 1] = Double.NaN;
        y[n + 1] = Double.NaN;
        return PictureLayer.line("circle", x, y); //$NON-NLS-1$
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xffffff;
    }

    /**
     * Whether a pixel next to (x, y) is the colour mixed with white, at least 40% colour: an
     * antialiased one-pixel line covers its nearest pixel at least that much.
     */
    private static boolean blendedNear(BufferedImage image, double x, double y, int colour) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int pixel = rgb(image, (int) Math.floor(x) + dx, (int) Math.floor(y) + dy);
                double coverage = Double.NaN;
                boolean consistent = true;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int c = (colour >> shift) & 0xff;
                    int p = (pixel >> shift) & 0xff;
                    if (c < 200) {
                        double a = (255.0 - p) / (255.0 - c);
                        consistent &= Double.isNaN(coverage) || Math.abs(a - coverage) < 0.15;
                        coverage = a;
                    }
                }
                if (consistent && coverage >= 0.4) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDark(BufferedImage image, int x, int y) {
        for (int dx = -1; dx <= 1; dx++) {
            int pixel = rgb(image, x + dx, y);
            if (((pixel >> 16) & 0xff) < 0x90 && ((pixel >> 8) & 0xff) < 0x90 && (pixel & 0xff) < 0x90) {
                return true;
            }
        }
        return false;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
