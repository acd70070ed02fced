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
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;

import com.google.gson.JsonObject;

/** {@code --plot FILE}: every declared chart of a result, in FILE, FILE-2, FILE-3, … */
class ChartFilesTest {

    private static final ResultChart LOSS = new ResultChart("loss", "loss", Axis.integer("step"), Axis.log("loss"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            List.of(PictureLayer.line("run 1", new double[] { 0, 1, 2 }, new double[] { 3, 2, 1 })), List.of()); //$NON-NLS-1$
    private static final ResultChart SCATTER = new ResultChart("scatter", "scatter", Axis.linear("x"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            Axis.linear("y"), List.of(PictureLayer.points("data", new double[] { 0, 1 }, new double[] { 1, 0 })), //$NON-NLS-1$ //$NON-NLS-2$
            List.of());
    private static final ResultChart BARS = new ResultChart("bars", "bars", Axis.categorical("c", List.of("a", "b")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            Axis.integer("n"), List.of(PictureLayer.bars("count", new double[] { 0, 1 }, new double[] { 2, 5 })), //$NON-NLS-1$ //$NON-NLS-2$
            List.of());

    @Test
    void everyChartGoesToANumberedFileInDeclaredOrder(@TempDir Path directory) throws Exception {
        AnalysisResult result = new Charts(List.of(LOSS, SCATTER, BARS));
        assertEquals(3, ChartFiles.count(result));
        List<Path> png = ChartFiles.write(result, directory.resolve("out.png"), 300, 200); //$NON-NLS-1$
        assertEquals(List.of("out.png", "out-2.png", "out-3.png"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                png.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : png) {
            assertEquals(300, ImageIO.read(file.toFile()).getWidth());
        }
        List<Path> svg = ChartFiles.write(result, directory.resolve("out.svg"), 300, 200); //$NON-NLS-1$
        assertTrue(Files.readString(svg.get(0)).contains("<polyline"), "the loss curve"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(svg.get(1)).contains("<title>data</title>"), "the scatter's layer"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(svg.get(2)).contains("<title>count</title>"), "the bars' layer"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aResultWithoutChartsAndOtherFormatsAreRefused(@TempDir Path directory) throws Exception {
        AnalysisResult bars = new Charts(List.of(BARS));
        assertEquals(List.of(directory.resolve("bars.svg")), ChartFiles.write(bars, directory.resolve("bars.svg"), 300, 200)); //$NON-NLS-1$ //$NON-NLS-2$
        assertThrows(IllegalArgumentException.class, () -> ChartFiles.write(bars, directory.resolve("bars.gif"), 300, 200)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(new Charts(List.of()), directory.resolve("none.png"), 300, 200)); //$NON-NLS-1$
        assertTrue(ChartFiles.isSupported(Path.of("A.SVG"))); //$NON-NLS-1$
    }

    private record Charts(List<ResultChart> charts) implements AnalysisResult {
        @Override
        public String analysisId() {
            return "charts"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "test"; //$NON-NLS-1$
        }

        @Override
        public Provenance provenance() {
            return Provenance.of(false, "none", 0, 0); //$NON-NLS-1$
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
