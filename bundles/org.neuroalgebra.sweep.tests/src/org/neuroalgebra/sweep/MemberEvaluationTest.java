// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.testing.GatedAnalysis;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.sweep.SweepRow.Figure;
import org.neuroalgebra.sweep.SweepRow.Status;

/** One member from its work unit: real dimensions, and the rows of failures, time limits and refusals. */
class MemberEvaluationTest {

    /** Linear networks (n, 1, m): n, m in 2..3, members in the order (2,2), (2,3), (3,2), (3,3). */
    static final String LINEAR = ModelText.LINEAR_SWEEP;

    /** sigma = x^2, (2, w, 1) for w = 1, 2, and the gated test analysis before the dimension. */
    static final String SQUARE = """
            sweep square {
              architecture {
                input 2
                dense [1..2] bias=false
                activation x^2
                dense 1 bias=false
              }
              run dimension seed 1
            }
            sweep broken {
              architecture {
                input 2
                dense [1..2] bias=false
                activation x^2
                dense 1 bias=false
              }
              run gated mode=throw
              run dimension seed 1
            }
            sweep slow {
              architecture {
                input [2..3]
                dense 1 bias=false
              }
              run gated
              run dimension seed 4
            }
            sweep stubborn {
              architecture {
                input 3
                dense 1 bias=false
              }
              run gated mode=ignore
            }
            """;

    private AnalysisRegistry registry;
    private GatedAnalysis gated;

    @BeforeEach
    void setUp() {
        // inputs of 3 and more wait for the test
        gated = new GatedAnalysis(3);
        registry = gated.install(new DimensionAnalysis(ModelText.solvers()));
    }

    @AfterEach
    void tearDown() {
        gated.uninstall();
    }

    private List<SweepRow> rows(String text, String sweep, int member, long monomialLimit, double timeout, Long seed) {
        String unit = new WorkUnit("test.nalg", text, sweep, member, monomialLimit, timeout, seed).toJson(); //$NON-NLS-1$
        return SweepRow.fromJsonArray(new MemberEvaluation(registry, TimeUnit.MILLISECONDS.toNanos(50)).evaluate(unit));
    }

    private List<SweepRow> rows(String text, String sweep, int member) {
        return rows(text, sweep, member, 1_000_000, 0, null);
    }

    private static Figure figure(SweepRow row, String key) {
        return row.figures().stream().filter(figure -> figure.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void linearNetworksHaveTheDimensionOfRankOneMatrices() {
        // docs/MATHEMATICS.md §3: an (n, 1, m) linear network computes the m×n matrices of rank at most
        // one, B·A with A 1×n and B m×1; they form a variety of dimension m + n − 1 (n + m parameters
        // minus the one scaling A → tA, B → B/t).
        int[][] nm = { { 2, 2 }, { 2, 3 }, { 3, 2 }, { 3, 3 } };
        for (int member = 0; member < nm.length; member++) {
            List<SweepRow> rows = rows(LINEAR, "linear", member); //$NON-NLS-1$
            assertEquals(1, rows.size());
            SweepRow row = rows.get(0);
            int n = nm[member][0];
            int m = nm[member][1];
            assertEquals(member, row.member());
            assertEquals(n + " " + m, row.key()); //$NON-NLS-1$
            assertEquals(Status.DONE, row.status(), row::message);
            assertEquals(n + m - 1, figure(row, "dimension").value().getAsInt(), row::toText); //$NON-NLS-1$
            assertEquals("certified", figure(row, "dimension").evidence()); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(row.certified());
            assertEquals(1, row.seed());
            assertTrue(row.figures().stream().noneMatch(f -> f.key().equals("seconds")), "the time is the row's own field"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void squareNetworksOfWidthOneAndTwo() {
        // (2,1,1): c·(a1 x + a2 y)², the squares of linear forms: the cone over a conic in the 3-dimensional
        // space of binary quadrics, dimension 2 (the Jacobian's columns ℓ², 2cℓx, 2cℓy span ℓ·⟨x, y⟩).
        SweepRow narrow = rows(SQUARE, "square", 0).get(0); //$NON-NLS-1$
        assertEquals(2, figure(narrow, "dimension").value().getAsInt(), narrow::toText); //$NON-NLS-1$
        // (2,2,1): c1 ℓ1² + c2 ℓ2² is every binary quadric (diagonalization), dimension 3 = dim of the space.
        SweepRow wide = rows(SQUARE, "square", 1).get(0); //$NON-NLS-1$
        assertEquals(3, figure(wide, "dimension").value().getAsInt(), wide::toText); //$NON-NLS-1$
        assertTrue(narrow.certified() && wide.certified());
    }

    @Test
    void aFailedRunDoesNotStopTheMember() {
        List<SweepRow> rows = rows(SQUARE, "broken", 1); //$NON-NLS-1$
        assertEquals(Status.FAILED, rows.get(0).status());
        assertEquals("internal error: IllegalStateException: broken on purpose", rows.get(0).message()); //$NON-NLS-1$
        assertEquals(Status.DONE, rows.get(1).status());
        assertEquals(3, figure(rows.get(1), "dimension").value().getAsInt()); //$NON-NLS-1$
    }

    @Test
    void theTimeLimitIsForTheWholeMember() {
        List<SweepRow> quick = rows(SQUARE, "slow", 0, 1_000_000, 0.2, null); //$NON-NLS-1$
        assertEquals(List.of(Status.DONE, Status.DONE), quick.stream().map(SweepRow::status).toList());
        // linear (2,1): rank-one 1×2 matrices, all of them: dimension 2
        assertEquals(2, figure(quick.get(1), "dimension").value().getAsInt()); //$NON-NLS-1$
        List<SweepRow> slow = rows(SQUARE, "slow", 1, 1_000_000, 0.05, null); //$NON-NLS-1$
        assertEquals(List.of(Status.TIMED_OUT, Status.TIMED_OUT), slow.stream().map(SweepRow::status).toList());
        assertEquals("the member's time limit of 0.05 s was reached during this run", slow.get(0).message()); //$NON-NLS-1$
        assertEquals("not started: the member's time limit of 0.05 s was reached", slow.get(1).message()); //$NON-NLS-1$
        assertEquals(4, slow.get(1).seed());
    }

    @Test
    void aComputationIgnoringTheCancelIsAbandoned() {
        try {
            SweepRow row = rows(SQUARE, "stubborn", 0, 1_000_000, 0.05, null).get(0); //$NON-NLS-1$
            assertEquals(Status.TIMED_OUT, row.status());
            assertTrue(row.message().endsWith("the computation did not stop within 0.05 s of the cancel and was abandoned " //$NON-NLS-1$
                    + "(it may go on using a processor until it ends)"), row::message); //$NON-NLS-1$
        } finally {
            gated.open();
        }
    }

    @Test
    void aMemberTooLargeForTheLimitIsRefusedWithTheEstimate() {
        // (2,2,1) with sigma = x^2 lives in the 3 binary quadrics: a limit of 2 monomials refuses it
        List<SweepRow> rows = rows(SQUARE, "square", 1, 2, 0, null); //$NON-NLS-1$
        assertEquals(Status.REFUSED, rows.get(0).status());
        assertTrue(rows.get(0).message().contains("test.nalg:"), rows.get(0)::message); //$NON-NLS-1$
        assertFalse(rows.get(0).certified());
        assertEquals(List.of(), rows.get(0).figures());
    }

    @Test
    void aSeedOfTheUnitReplacesTheRunsOwn() {
        assertEquals(77, rows(LINEAR, "linear", 0, 1_000_000, 0, Long.valueOf(77)).get(0).seed()); //$NON-NLS-1$
    }

    @Test
    void aUnitWithoutItsSweepIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rows(LINEAR, "square", 0)); //$NON-NLS-1$
        assertThrows(IllegalArgumentException.class, () -> rows("sweep {", "linear", 0)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
