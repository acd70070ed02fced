// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultChart.Marker;
import org.neuroalgebra.analysis.ResultChart.Orientation;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.testing.ModelText;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The headless renderer draws a {@link ResultChart} as declared, readably: checked in its SVG. */
class ResultChartRendererTest {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 400;
    /** The baseline of the x tick labels: the plot's bottom (height − 44) plus 16. */
    private static final String X_TICK_Y = "372.00"; //$NON-NLS-1$

    private static final String SQUARE_MLP = """
            architecture square_mlp {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }
            analysis square_dimension {
              dimension of square_mlp seed 1
            }
            """;

    @Test
    void singularValuesOfADimensionResultHavePowerOfTenTicksAndTheRankMarker() throws Exception {
        AnalysisResult result = new DimensionAnalysis(ModelText.solvers())
                .run(ModelText.request(SQUARE_MLP, "square_dimension"), ProgressMonitor.NULL); //$NON-NLS-1$
        Document svg = parse(ChartRenderer.toSvg(result.charts().get(0), WIDTH, HEIGHT));
        List<String> texts = texts(svg);
        assertTrue(texts.contains("numerical rank 3"), texts.toString()); //$NON-NLS-1$
        assertTrue(texts.contains("Singular values of the Jacobian at a random point"), texts.toString()); //$NON-NLS-1$
        List<String> yTicks = yTickLabels(svg);
        assertFalse(yTicks.isEmpty());
        for (String label : yTicks) {
            assertTrue(label.matches("1|10|10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+"), "a power of ten: " + label); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // the x axis of indices 1..3: integers only
        assertEquals(List.of("1", "2", "3"), xTickLabels(svg)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void aSpectrumWithAKernelTicksManyDecadesSparselyAndMarksTheZeros() throws Exception {
        ResultChart chart = ResultChart.spectrum("sv", "Singular values", "singular value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new double[] { 40, 7, 0.5, 3e-11, 0 }, 3);
        Document svg = parse(ChartRenderer.toSvg(chart, WIDTH, HEIGHT));
        List<String> yTicks = yTickLabels(svg);
        // 10⁻¹⁶ … 10² is 19 decades: every third is ticked, no dense minor grid
        assertEquals(List.of("10⁻¹⁵", "10⁻¹²", "10⁻⁹", "10⁻⁶", "10⁻³", "1"), yTicks); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        List<String> texts = texts(svg);
        assertTrue(texts.contains("0 (drawn here)"), texts.toString()); //$NON-NLS-1$
        assertTrue(texts.contains("numerical rank 3"), texts.toString()); //$NON-NLS-1$
    }

    @Test
    void pointsAreUnconnectedAndOneLayerHasNoLegend() throws Exception {
        ResultChart chart = new ResultChart("critical", "Loss at the real critical points", //$NON-NLS-1$ //$NON-NLS-2$
                Axis.integer("critical point"), Axis.linear("loss"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(PictureLayer.points("real critical points", new double[] { 1, 2, 3 }, new double[] { 0.5, 2, 4 })), //$NON-NLS-1$
                List.of(new Marker("global minimum 0.5", Orientation.HORIZONTAL, 0.5))); //$NON-NLS-1$
        Document svg = parse(ChartRenderer.toSvg(chart, WIDTH, HEIGHT));
        Element layer = layer(svg, "real critical points"); //$NON-NLS-1$
        assertEquals(0, layer.getElementsByTagName("polyline").getLength(), "points are not joined"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, layer.getElementsByTagName("circle").getLength()); //$NON-NLS-1$
        List<String> texts = texts(svg);
        assertFalse(texts.contains("real critical points"), "one layer: no legend"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(texts.contains("global minimum 0.5")); //$NON-NLS-1$
        assertEquals(List.of("1", "2", "3"), xTickLabels(svg), "no tick at 1.5 or 2.5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /**
     * A sweep where two quantities coincide (dim M equal to the parameter count while M fills): the
     * second line is drawn dashed over the first, with other symbols at its points, in the plot and in
     * the legend, so that both show.
     */
    @Test
    void linesWithTheSameValuesStayApartByTheirDashes() throws Exception {
        double[] widths = { 1, 2, 3 };
        double[] values = { 3, 5, 7 };
        ResultChart sweep = new ResultChart("sweep", "Dimension against width", Axis.integer("width"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Axis.integer("dimension"), List.of(PictureLayer.line("dim M", widths, values), //$NON-NLS-1$ //$NON-NLS-2$
                        PictureLayer.line("parameters", widths, values.clone())), //$NON-NLS-1$
                List.of());
        Document svg = parse(ChartRenderer.toSvg(sweep, WIDTH, HEIGHT));
        List<String> first = dashes(layer(svg, "dim M")); //$NON-NLS-1$
        List<String> second = dashes(layer(svg, "parameters")); //$NON-NLS-1$
        assertEquals(List.of("", ""), first, "solid, in the plot and the legend"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(2, second.size());
        assertEquals(second.get(0), second.get(1), "the legend shows the plot's pattern"); //$NON-NLS-1$
        assertFalse(second.get(0).isEmpty(), "dashed"); //$NON-NLS-1$
        // hollow symbols at the 3 points and in the legend: circles for the first, squares for the second
        assertEquals(4, layer(svg, "dim M").getElementsByTagName("circle").getLength()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(4, layer(svg, "parameters").getElementsByTagName("polygon").getLength()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the stroke-dasharray of each polyline of the layer, empty for a solid one */
    private static List<String> dashes(Element layer) {
        List<String> dashes = new java.util.ArrayList<>();
        org.w3c.dom.NodeList lines = layer.getElementsByTagName("polyline"); //$NON-NLS-1$
        for (int i = 0; i < lines.getLength(); i++) {
            dashes.add(((Element) lines.item(i)).getAttribute("stroke-dasharray")); //$NON-NLS-1$
        }
        return dashes;
    }

    @Test
    void severalRunsGetALegendAndCategoriesTheirNames(@TempDir Path directory) throws Exception {
        ResultChart runs = new ResultChart("loss", "Training loss of 2 runs", Axis.integer("step"), Axis.log("loss"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List.of(PictureLayer.line("run 1", new double[] { 0, 10, 20 }, new double[] { 100, 1, 0.01 }), //$NON-NLS-1$
                        PictureLayer.line("run 2", new double[] { 0, 10, 20 }, new double[] { 50, 5, 2 })), //$NON-NLS-1$
                List.of());
        Document svg = parse(ChartRenderer.toSvg(runs, WIDTH, HEIGHT));
        List<String> texts = texts(svg);
        assertTrue(texts.contains("run 1") && texts.contains("run 2"), texts.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        // the line and its sample in the legend
        assertEquals(2, layer(svg, "run 2").getElementsByTagName("polyline").getLength()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("10⁻²", "10⁻¹", "1", "10", "10²"), yTickLabels(svg)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

        ResultChart strata = new ResultChart("endStrata", "End strata of 3 training runs", //$NON-NLS-1$ //$NON-NLS-2$
                Axis.categorical("", List.of("smooth", "singular")), Axis.integer(""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                List.of(PictureLayer.bars("runs", new double[] { 0, 1 }, new double[] { 2, 1 })), List.of()); //$NON-NLS-1$
        Document bars = parse(ChartRenderer.toSvg(strata, WIDTH, HEIGHT));
        assertEquals(List.of("smooth", "singular"), xTickLabels(bars)); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(texts(bars).contains(""), "no default or empty axis title"); //$NON-NLS-1$ //$NON-NLS-2$
        for (String label : yTickLabels(bars)) {
            assertTrue(label.matches("\\d+"), "integer ticks only: " + label); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path png = directory.resolve("strata.png"); //$NON-NLS-1$
        ChartRenderer.writePng(strata, WIDTH, HEIGHT, png);
        assertEquals(WIDTH, ImageIO.read(png.toFile()).getWidth());
        assertTrue(Files.size(png) > 0);
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text"); //$NON-NLS-1$
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** @return the labels on the x axis, left to right */
    private static List<String> xTickLabels(Document svg) {
        List<String> labels = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text"); //$NON-NLS-1$
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            if (text.getAttribute("y").equals(X_TICK_Y)) { //$NON-NLS-1$
                labels.add(text.getTextContent());
            }
        }
        return labels;
    }

    /** @return the labels left of the plot (x below its left edge at 64), bottom to top */
    private static List<String> yTickLabels(Document svg) {
        List<String> labels = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text"); //$NON-NLS-1$
        for (int i = 0; i < nodes.getLength(); i++) {
            Element text = (Element) nodes.item(i);
            double x = Double.parseDouble(text.getAttribute("x")); //$NON-NLS-1$
            double y = Double.parseDouble(text.getAttribute("y")); //$NON-NLS-1$
            // tick labels end left of the axis; the axis title sits above the plot (y < 44)
            if (x < 60 && y > 44 && !text.hasAttribute("text-anchor")) { //$NON-NLS-1$
                labels.add(text.getTextContent());
            }
        }
        return labels;
    }

    private static Element layer(Document svg, String name) {
        NodeList groups = svg.getElementsByTagName("g"); //$NON-NLS-1$
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getElementsByTagName("title").item(0).getTextContent().equals(name)) { //$NON-NLS-1$
                return group;
            }
        }
        throw new AssertionError("no layer " + name); //$NON-NLS-1$
    }
}
