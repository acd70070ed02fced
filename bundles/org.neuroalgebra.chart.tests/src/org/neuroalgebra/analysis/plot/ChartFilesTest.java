// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultSeries;

import com.google.gson.JsonObject;

/** {@code --plot FILE}: every chart of a result, series first, in FILE, FILE-2, FILE-3, … */
class ChartFilesTest {

    private static final ResultSeries LOSS = new ResultSeries("loss", "step", "loss", new double[] { 3, 2, 1 }, true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            -1);
    private static final ResultSeries NORM = new ResultSeries("norm", "step", "norm", new double[] { 1, 2, 3 }, false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            -1);
    private static final ResultPicture SCATTER = ResultPicture.plane("scatter", "x", "y", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            List.of(PictureLayer.points("data", new double[] { 0, 1 }, new double[] { 1, 0 }))); //$NON-NLS-1$
    private static final ResultPicture BARS = ResultPicture.categorical("bars", "c", "n", List.of("a", "b"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            List.of(PictureLayer.bars("count", new double[] { 0, 1 }, new double[] { 2, 5 }))); //$NON-NLS-1$

    @Test
    void seriesGroupsThenPicturesGoToNumberedFiles(@TempDir Path directory) throws Exception {
        AnalysisResult result = new Charts(List.of(LOSS, NORM), List.of(SCATTER, BARS));
        assertEquals(4, ChartFiles.count(result));
        List<Path> png = ChartFiles.write(result, directory.resolve("out.png"), 300, 200); //$NON-NLS-1$
        assertEquals(List.of("out.png", "out-2.png", "out-3.png", "out-4.png"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                png.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : png) {
            assertEquals(300, ImageIO.read(file.toFile()).getWidth());
        }
        List<Path> svg = ChartFiles.write(result, directory.resolve("out.svg"), 300, 200); //$NON-NLS-1$
        assertTrue(Files.readString(svg.get(0)).contains("<polyline"), "the loss curve"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(svg.get(2)).contains("<title>data</title>"), "the scatter's layer"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(svg.get(3)).contains("<title>count</title>"), "the bars' layer"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aResultWithOnlyPicturesPlotsAndOtherFormatsAreRefused(@TempDir Path directory) throws Exception {
        AnalysisResult pictures = new Charts(List.of(), List.of(BARS));
        assertEquals(List.of(directory.resolve("bars.svg")), ChartFiles.write(pictures, directory.resolve("bars.svg"), 300, 200)); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(pictures, directory.resolve("bars.gif"), 300, 200)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(new Charts(List.of(), List.of()), directory.resolve("none.png"), 300, 200)); //$NON-NLS-1$
        assertTrue(ChartFiles.isSupported(Path.of("A.SVG"))); //$NON-NLS-1$
    }

    private record Charts(List<ResultSeries> series, List<ResultPicture> pictures) implements AnalysisResult {
        @Override
        public String analysisId() {
            return "charts"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "test"; //$NON-NLS-1$
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
