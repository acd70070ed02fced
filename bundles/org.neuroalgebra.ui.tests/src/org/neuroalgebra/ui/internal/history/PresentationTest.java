// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.history;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultSeries;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** A result that declares nothing yet is presented from its summary, JSON arrays, series and pictures. */
class PresentationTest {

    @Test
    void undeclaredResultsAreAdaptedOnce() {
        ResultSeries spectrum = new ResultSeries("Singular values of the Jacobian", "index", "singular value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new double[] { 2, 1, 0.5, 0 }, true, 3);
        ResultPicture strata = ResultPicture.categorical("End strata", "stratum", "runs", List.of("smooth", "edge"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of(PictureLayer.bars("runs", new double[] { 0, 1 }, new double[] { 4, 1 }))); //$NON-NLS-1$
        Presentation presentation = Presentation.of(new Undeclared(List.of(spectrum), List.of(strata)));

        assertEquals(List.of(ResultFigure.info("summary0", "dimension of M", "3 (certified)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ResultFigure.info("summary1", "", "a line without label")), presentation.figures()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(1, presentation.tables().size(), "primeRanks is a flat array of objects"); //$NON-NLS-1$
        assertEquals(List.of(List.of(101L, 3L), List.of(103L, 3L)), presentation.tables().get(0).rows(),
                "integers stay integers"); //$NON-NLS-1$

        ResultChart chart = presentation.charts().get(0);
        assertEquals("Singular values of the Jacobian", chart.title()); //$NON-NLS-1$
        assertEquals(ResultChart.Scale.INTEGER, chart.x().scale());
        assertEquals(ResultChart.Scale.LOG, chart.y().scale());
        PictureLayer values = chart.layers().get(0);
        assertEquals(PictureLayer.Kind.POINTS, values.kind(), "discrete values are points, not a line"); //$NON-NLS-1$
        assertArrayEquals(new double[] { 1, 2, 3, 4 }, values.x());
        assertEquals(spectrum.logFloor(), values.y()[3], "a zero is drawn at the floor of the log scale"); //$NON-NLS-1$
        assertEquals(List.of(new ResultChart.Marker("gap after 3", ResultChart.Orientation.VERTICAL, 3.5)), //$NON-NLS-1$
                chart.markers());
        ResultChart bars = presentation.charts().get(1);
        assertEquals(List.of("smooth", "edge"), bars.x().categories()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private record Undeclared(List<ResultSeries> series, List<ResultPicture> pictures) implements AnalysisResult {
        @Override
        public String analysisId() {
            return "dimension"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "square_mlp"; //$NON-NLS-1$
        }

        @Override
        public Provenance provenance() {
            return Provenance.of(true, "by hand", 1, 0); //$NON-NLS-1$
        }

        @Override
        public List<String> summary() {
            return List.of("dimension of M: 3 (certified)", "a line without label"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public JsonObject toJson() {
            return JsonParser.parseString("{\"dimension\": 3, \"primeRanks\": [{\"prime\": 101, \"rank\": 3}, " //$NON-NLS-1$
                    + "{\"prime\": 103, \"rank\": 3}]}").getAsJsonObject(); //$NON-NLS-1$
        }
    }
}
