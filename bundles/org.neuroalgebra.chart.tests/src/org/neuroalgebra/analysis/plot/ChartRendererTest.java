// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.ResultSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Headless rendering of every chart kind to PNG and SVG. */
class ChartRendererTest {

    private static final ResultSeries SPECTRUM = new ResultSeries("Eigenvalues of Q", "index", "eigenvalue", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new double[] { 40, 7, 0.5, 1e-14, 0 }, true, 3);
    private static final ResultSeries LOSS_A = new ResultSeries("loss, run 0", "step", "loss", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new double[] { 100, 20, 10, 9.6, 9.55 }, true, -1);
    private static final ResultSeries LOSS_B = new ResultSeries("loss, run 1", "step", "loss", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new double[] { 150, 99, 98.5, 98.4 }, true, -1);
    private static final ResultSeries NORM = new ResultSeries("‖θ‖ <&>", "step", "norm", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            new double[] { 1, 2.7, 2.9, 3.0 }, false, -1);

    @Test
    void pngOfEachKindHasTheRequestedSizeAndDecodes(@TempDir Path directory) throws Exception {
        // Rendering goes to a BufferedImage: no display is involved (CI has none but Xvfb's).
        int index = 0;
        for (List<ResultSeries> chart : List.of(List.of(SPECTRUM), List.of(LOSS_A, LOSS_B), List.of(NORM))) {
            for (ChartKind kind : ChartKind.values()) {
                Path file = directory.resolve("chart" + index++ + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
                ChartRenderer.writePng(chart, kind, 320 + index, 200 + index, file);
                assertTrue(Files.size(file) > 0);
                BufferedImage image = ImageIO.read(file.toFile());
                assertNotNull(image, "decodes as PNG"); //$NON-NLS-1$
                assertEquals(320 + index, image.getWidth());
                assertEquals(200 + index, image.getHeight());
                assertTrue(drawsSomethingInColor(image), "the series are drawn"); //$NON-NLS-1$
            }
        }
    }

    @Test
    void svgParsesAsXmlWithOneShapePerSeries() throws Exception {
        String lines = ChartRenderer.toSvg(List.of(LOSS_A, LOSS_B, NORM), ChartKind.LINE, 400, 300);
        Document document = parse(lines);
        assertEquals("svg", document.getDocumentElement().getTagName()); //$NON-NLS-1$
        assertEquals("400", document.getDocumentElement().getAttribute("width")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, document.getElementsByTagName("polyline").getLength()); //$NON-NLS-1$
        Document stems = parse(ChartRenderer.toSvg(List.of(SPECTRUM), ChartKind.STEMS, 400, 300));
        // 5 eigenvalues (the zero at the log floor); plus 6 grid lines, 2 axes, 1 marker.
        assertEquals(5 + 6 + 2 + 1, stems.getElementsByTagName("line").getLength()); //$NON-NLS-1$
    }

    @Test
    void aKernelIsDrawnAtTheFloorBelowTheSmallestEigenvalueWithDashedStems() throws Exception {
        Document document = parse(ChartRenderer.toSvg(List.of(SPECTRUM), ChartKind.STEMS, 400, 300));
        ChartArea area = ChartArea.of(List.of(SPECTRUM), ChartKind.STEMS, 400, 300);
        double floorY = area.y(Math.log10(SPECTRUM.logFloor()));
        double smallestY = area.y(Math.log10(1e-14));
        assertTrue(floorY > smallestY + 1, "the zero is drawn lower than 1e-14"); //$NON-NLS-1$
        assertTrue(floorY < area.bottom() - 1, "and above the axis, so its stem shows"); //$NON-NLS-1$
        int dashed = 0;
        boolean zeroStemDashed = false;
        for (int i = 0; i < document.getElementsByTagName("line").getLength(); i++) { //$NON-NLS-1$
            Element line = (Element) document.getElementsByTagName("line").item(i); //$NON-NLS-1$
            if (line.hasAttribute("stroke-dasharray")) { //$NON-NLS-1$
                dashed++;
                zeroStemDashed |= Math.abs(Double.parseDouble(line.getAttribute("x1")) - area.x(5)) < 0.01 //$NON-NLS-1$
                        && Math.abs(Double.parseDouble(line.getAttribute("y2")) - floorY) < 0.01; //$NON-NLS-1$
            }
        }
        assertEquals(2, dashed, "the zero's stem and the rank marker"); //$NON-NLS-1$
        assertTrue(zeroStemDashed, "the fifth stem ends at the floor and is dashed"); //$NON-NLS-1$
    }

    @Test
    void lossAndNormCurvesGoToSeparateCharts() {
        List<List<ResultSeries>> groups = ChartRenderer.groupByAxis(List.of(LOSS_A, NORM, LOSS_B, SPECTRUM));
        assertEquals(List.of(List.of(LOSS_A, LOSS_B), List.of(NORM), List.of(SPECTRUM)), groups);
        assertEquals(ChartKind.STEMS, ChartRenderer.defaultKind(SPECTRUM));
        assertEquals(ChartKind.LINE, ChartRenderer.defaultKind(LOSS_A));
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether some pixel has a colour that is neither white, black nor grey, i.e. a series colour. */
    private static boolean drawsSomethingInColor(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                int r = rgb >> 16;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r != g || g != b) {
                    return true;
                }
            }
        }
        return false;
    }
}
