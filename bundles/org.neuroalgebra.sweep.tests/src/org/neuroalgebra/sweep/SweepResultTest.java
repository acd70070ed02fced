// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Scale;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.sweep.SweepRow.Figure;
import org.neuroalgebra.sweep.SweepRow.Status;

import com.google.gson.JsonPrimitive;

/**
 * A sweep's rows as a result: its certification, its table and its charts across the family. The
 * rows are those of the rank-one matrices n × m (the linear networks (n, 1, m)), whose neuromanifold
 * has dimension m + n − 1 (docs/MATHEMATICS.md §1.2).
 */
class SweepResultTest {

    /** Members "n m" for n, m in 2..3, in the sweep's order (the first choice varies slowest). */
    private static List<SweepRow> rankOneRows(boolean lastCertified) {
        List<SweepRow> rows = new ArrayList<>();
        int member = 0;
        for (int n = 2; n <= 3; n++) {
            for (int m = 2; m <= 3; m++) {
                boolean certified = lastCertified || member < 3;
                rows.add(new SweepRow(member, n + " " + m, "input " + n + "; dense 1 bias=false; dense " + m //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " bias=false", 1, "dimension", Status.DONE, //$NON-NLS-1$ //$NON-NLS-2$
                        List.of(new Figure("dimension", new JsonPrimitive(m + n - 1), //$NON-NLS-1$
                                certified ? "certified" : "numerical")), //$NON-NLS-1$ //$NON-NLS-2$
                        certified, "rank mod p", 1, 0.1, "")); //$NON-NLS-1$ //$NON-NLS-2$
                member++;
            }
        }
        return rows;
    }

    @Test
    void aFinishedSweepOfCertifiedRowsIsCertified() {
        List<SweepRow> rows = rankOneRows(true);
        SweepResult result = new SweepResult("rank_one", 4, List.of(rows.get(3), rows.get(1), rows.get(0), rows.get(2)), //$NON-NLS-1$
                1, 2.0);
        assertTrue(result.finished());
        assertTrue(result.certified());
        // sorted back into the sweep's order
        assertEquals(List.of(0, 1, 2, 3), result.rows().stream().map(SweepRow::member).toList());
    }

    @Test
    void oneNumericalRowOrAMissingRowMakesTheSweepNumerical() {
        assertFalse(new SweepResult("rank_one", 4, rankOneRows(false), 1, 2.0).certified()); //$NON-NLS-1$
        SweepResult partial = new SweepResult("rank_one", 5, rankOneRows(true), 1, 2.0); //$NON-NLS-1$
        assertFalse(partial.finished());
        assertFalse(partial.certified());
        assertTrue(partial.summary().get(0).contains("4 of 5 rows")); //$NON-NLS-1$
    }

    @Test
    void theTableHasARowPerRunWithItsFigures() {
        ResultTable table = new SweepResult("rank_one", 4, rankOneRows(true), 1, 2.0).tables().get(0); //$NON-NLS-1$
        int dimension = table.columns().indexOf("dimension"); //$NON-NLS-1$
        assertTrue(dimension > 0);
        assertEquals(List.of(3, 4, 4, 5), table.rows().stream().map(row -> ((Number) row.get(dimension)).intValue()).toList());
        assertEquals("3 2", table.rows().get(2).get(table.columns().indexOf("Choices"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void twoWholeNumberChoicesChartTheFirstAlongXAndALinePerValueOfTheSecond() {
        List<ResultChart> charts = new SweepResult("rank_one", 4, rankOneRows(false), 1, 2.0).charts(); //$NON-NLS-1$
        assertEquals(1, charts.size());
        ResultChart chart = charts.get(0);
        assertEquals(Scale.INTEGER, chart.x().scale());
        // m = 2: dimension n + 1 at n = 2, 3; m = 3: n + 2; the last member's figure is numerical
        // the choices are named after the statements that vary: the input and the second dense layer
        assertEquals("input", chart.x().title()); //$NON-NLS-1$
        assertEquals(List.of("dense #2 = 2", "dense #2 = 3", "numerical (not certified)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                chart.layers().stream().map(PictureLayer::name).toList());
        assertArrayEquals(new double[] { 2, 3 }, chart.layers().get(0).x());
        assertArrayEquals(new double[] { 3, 4 }, chart.layers().get(0).y());
        assertArrayEquals(new double[] { 4, 5 }, chart.layers().get(1).y());
        assertArrayEquals(new double[] { 3 }, chart.layers().get(2).x());
        assertArrayEquals(new double[] { 5 }, chart.layers().get(2).y());
    }

    @Test
    void anActivationChoiceNamesTheLinesAlongTheInputSize() {
        // cones {(ℓ·x)^d}, generic metric: 3d − 2 for n = 2 and ((2d − 1)³ − (d − 1)³)/d for n = 3
        // (docs/MATHEMATICS.md §6.5, §6.7): 4, 7 and 13, 39 for d = 2, 3
        int[][] degrees = { { 4, 7 }, { 13, 39 } };
        List<SweepRow> rows = new ArrayList<>();
        for (int n = 2; n <= 3; n++) {
            for (int d = 2; d <= 3; d++) {
                rows.add(new SweepRow(rows.size(), n + " x^" + d, "input " + n + "; dense 1 bias=false; activation x^" + d //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + "; dense 1 bias=false", 1, "edd", Status.DONE, //$NON-NLS-1$ //$NON-NLS-2$
                        List.of(new Figure("edDegree", new JsonPrimitive(degrees[n - 2][d - 2]), "certified")), true, //$NON-NLS-1$ //$NON-NLS-2$
                        "homotopy", 1, 1, "")); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        ResultChart chart = new SweepResult("cones", 4, rows, 1, 4).charts().get(0); //$NON-NLS-1$
        assertEquals("input", chart.x().title()); //$NON-NLS-1$
        assertEquals(List.of("activation = x^2", "activation = x^3"), chart.layers().stream().map(PictureLayer::name).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertArrayEquals(new double[] { 2, 3 }, chart.layers().get(1).x());
        assertArrayEquals(new double[] { 7, 39 }, chart.layers().get(1).y());
    }

    @Test
    void valuesVaryingByAFactorOfTwentyAreOnALogScaleAgainstTheMemberIndex() {
        // ED degrees of rank-one n × n matrices with a generic metric grow fast: 6, 39, 284 for n = 2, 3, 4
        long[] degrees = { 6, 39, 284 };
        List<SweepRow> rows = new ArrayList<>();
        for (int i = 0; i < degrees.length; i++) {
            rows.add(new SweepRow(i, (i + 2) + " " + (i + 2) + " x", "input " + (i + 2), 1, "edd", Status.DONE, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    List.of(new Figure("edDegree", new JsonPrimitive(degrees[i]), "certified"), //$NON-NLS-1$ //$NON-NLS-2$
                            new Figure("formulation", new JsonPrimitive("gauge-fixed"), "info")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    true, "homotopy", 7, 1, "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        rows.add(SweepRow.without(3, "5 5 x", "input 5", 1, "edd", Status.TIMED_OUT, 7, 60, "time limit 60 s")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        SweepResult result = new SweepResult("rank_one_edd", 4, rows, 7, 70); //$NON-NLS-1$
        List<ResultChart> charts = result.charts();
        // the text figure is not charted; three choices (n, n and a word) put the members along x
        assertEquals(1, charts.size());
        assertEquals(Scale.LOG, charts.get(0).y().scale());
        assertEquals("member", charts.get(0).x().title()); //$NON-NLS-1$
        assertArrayEquals(new double[] { 0, 1, 2 }, charts.get(0).layers().get(0).x());
        assertFalse(result.certified());
        assertTrue(result.figures().stream().anyMatch(f -> f.key().equals("timedOutRows") //$NON-NLS-1$
                && ((Number) f.value()).intValue() == 1));
    }
}
