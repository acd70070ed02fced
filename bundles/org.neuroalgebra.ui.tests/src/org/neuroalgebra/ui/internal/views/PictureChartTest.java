// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.plot.ChartRenderer;

import com.google.gson.JsonObject;

/** Pictures in SWTChart: scatter, line and bar series with a legend, exported as PNG. Plain SWT. */
class PictureChartTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    static final ResultPicture PLANE = ResultPicture.plane("Voronoi regions", "u₁", "u₂", List.of( //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            PictureLayer.points("near smooth", new double[] { 0.5, -0.3 }, new double[] { 1.5, 2 }), //$NON-NLS-1$
            PictureLayer.points("near boundary", new double[] { -1.5, 1.8 }, new double[] { -0.5, -0.8 }), //$NON-NLS-1$
            PictureLayer.line("two arcs", new double[] { -1, 0, 1, Double.NaN, 1, 0, -1 }, //$NON-NLS-1$
                    new double[] { 0, 1, 0, Double.NaN, 0, -1, 0 })));

    static final ResultPicture MASSES = ResultPicture.categorical("masses", "stratum", "mass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List.of("smooth", "boundary", "singular"), List.of(PictureLayer.bars("mass", new double[] { 0, 2, 1 }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    new double[] { 0.5, 0.2, 0.3 }, new double[] { 0.4, 0.1, 0.2 }, new double[] { 0.6, 0.3, 0.45 })));

    private Shell shell;

    @BeforeEach
    void openShell() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(WIDTH + 40, HEIGHT + 40);
        shell.open();
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void pointsAreScatterSeriesAndLinesAreBrokenAtNaN() {
        PictureChart chart = new PictureChart(shell);
        chart.show(PLANE);
        ISeries<?>[] series = chart.control().getSeriesSet().getSeries();
        assertEquals(4, series.length, "two scatter series, two branches of the line"); //$NON-NLS-1$
        for (int i = 0; i < 2; i++) {
            ILineSeries<?> points = (ILineSeries<?>) series[i];
            assertEquals(LineStyle.NONE, points.getLineStyle());
            assertEquals(ILineSeries.PlotSymbolType.CIRCLE, points.getSymbolType());
            assertEquals(PLANE.layers().get(i).name(), points.getDescription());
            assertEquals(ChartRenderer.colour(i), rgb(points.getSymbolColor().getRGB()));
        }
        ILineSeries<?> upper = (ILineSeries<?>) series[2];
        ILineSeries<?> lower = (ILineSeries<?>) series[3];
        assertArrayEquals(new double[] { 0, 1, 0 }, upper.getYSeries());
        assertArrayEquals(new double[] { 0, -1, 0 }, lower.getYSeries());
        assertTrue(upper.isVisibleInLegend());
        assertFalse(lower.isVisibleInLegend(), "one legend entry per layer"); //$NON-NLS-1$
        assertEquals(ChartRenderer.colour(2), rgb(lower.getLineColor().getRGB()));
        assertTrue(chart.control().getLegend().isVisible());
    }

    @Test
    void barsOnCategoriesCarryTheirIntervalsAsErrorBars() {
        PictureChart chart = new PictureChart(shell);
        chart.show(MASSES);
        assertTrue(chart.control().getAxisSet().getXAxis(0).isCategoryEnabled());
        assertArrayEquals(new String[] { "smooth", "boundary", "singular" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                chart.control().getAxisSet().getXAxis(0).getCategorySeries());
        IBarSeries<?> bars = (IBarSeries<?>) chart.control().getSeriesSet().getSeries()[0];
        assertEquals(SeriesType.BAR, bars.getType());
        // the layer lists smooth, singular, boundary: the bars are placed by category index
        assertArrayEquals(new double[] { 0.5, 0.3, 0.2 }, bars.getYSeries(), 1e-15);
        assertTrue(bars.getYErrorBar().isVisible());
        assertArrayEquals(new double[] { 0.1, 0.15, 0.1 }, bars.getYErrorBar().getPlusErrors(), 1e-12);
        assertArrayEquals(new double[] { 0.1, 0.1, 0.1 }, bars.getYErrorBar().getMinusErrors(), 1e-12);
    }

    @Test
    void exportedPngShowsEachPointInItsLayersColour(@TempDir Path directory) throws Exception {
        PictureChart chart = new PictureChart(shell);
        chart.show(PLANE);
        // lay the chart out at the export size, so that pixel coordinates are those of the image
        chart.control().setSize(WIDTH, HEIGHT);
        chart.control().layout(true, true);
        chart.control().redraw();
        while (Display.getDefault().readAndDispatch()) {
            // let the chart compute its layout
        }
        Rectangle plot = chart.control().getPlotArea().getBounds();
        Path png = directory.resolve("plane.png"); //$NON-NLS-1$
        chart.exportPng(png.toString(), WIDTH, HEIGHT);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        for (int l = 0; l < 2; l++) {
            ISeries<?> series = chart.control().getSeriesSet().getSeries()[l];
            for (int i = 0; i < series.getXSeries().length; i++) {
                Point pixel = series.getPixelCoordinates(i);
                assertTrue(hasColourNear(image, plot.x + pixel.x, plot.y + pixel.y, ChartRenderer.colour(l)),
                        PLANE.layers().get(l).name() + " point " + i + " at " + pixel); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    @Test
    void tabsAreReusedForAResultOfTheSameShapeAndRebuiltOtherwise() {
        ChartTabs tabs = new ChartTabs(shell);
        tabs.show(new FakeResult(List.of(PLANE, MASSES)));
        List<ResultChart> first = tabs.charts();
        assertEquals(2, first.size());
        assertTrue(first.get(0) instanceof PictureChart && first.get(1) instanceof PictureChart);
        tabs.select(1);
        ResultPicture moreMass = ResultPicture.categorical("masses, more samples", "stratum", "mass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                MASSES.categories(), MASSES.layers());
        tabs.show(new FakeResult(List.of(PLANE, moreMass)));
        assertSame(first.get(1), tabs.selected(), "a partial result updates the charts in place"); //$NON-NLS-1$
        assertEquals("masses, more samples", tabs.selected().control().getTitle().getText()); //$NON-NLS-1$
        tabs.show(new FakeResult(List.of(MASSES)));
        assertEquals(1, tabs.charts().size());
        assertNotSame(first.get(0), tabs.charts().get(0));
        tabs.show(new FakeResult(List.of()));
        assertEquals("No chart for this result", tabs.selected().control().getTitle().getText()); //$NON-NLS-1$
    }

    private static int rgb(org.eclipse.swt.graphics.RGB rgb) {
        return (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
    }

    private static boolean hasColourNear(BufferedImage image, int x, int y, int colour) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int pixel = image.getRGB(x + dx, y + dy) & 0xffffff;
                if (Math.abs(((pixel >> 16) & 0xff) - ((colour >> 16) & 0xff)) <= 8
                        && Math.abs(((pixel >> 8) & 0xff) - ((colour >> 8) & 0xff)) <= 8
                        && Math.abs((pixel & 0xff) - (colour & 0xff)) <= 8) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A result with pictures only. */
    private record FakeResult(List<ResultPicture> pictures) implements AnalysisResult {
        @Override
        public String analysisId() {
            return "bias"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "fake"; //$NON-NLS-1$
        }

        @Override
        public Provenance provenance() {
            return Provenance.of(certified(), method(), seed(), seconds());
        }

        @Override
        public boolean certified() {
            return false;
        }

        @Override
        public String method() {
            return "none"; //$NON-NLS-1$
        }

        @Override
        public long seed() {
            return 0;
        }

        @Override
        public double seconds() {
            return 0;
        }

        @Override
        public List<String> summary() {
            return List.of();
        }

        @Override
        public JsonObject toJson() {
            return new JsonObject();
        }
    }
}
