// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.ui.internal.views.ParabolaEdd;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultTable;
import org.neuroalgebra.ui.internal.views.ResultTableViewer;
import org.neuroalgebra.ui.internal.views.ResultsView;

import com.google.gson.JsonObject;

/** The results view in the workbench: declared figures and tables, updated in place while a job runs. */
class ResultsViewTablesTest {

    /** The parabola's critical points (see ParabolaEdd): losses 11/4 ∓ i/2 (real part shown) and 0. */
    private static final List<List<Object>> POINTS = List.of(List.of(1L, 2.75, false), List.of(2L, 0.0, true),
            List.of(3L, 2.75, false));

    @Test
    void declaredFiguresAndTablesAppearAndPartialResultsUpdateInPlace() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ResultsView view = (ResultsView) page.showView(ResultsView.ID);
        view.showPartial(new Declared(2));
        assertEquals(List.of(new ResultsView.SummaryRow("Status", "running, partial result", "", "partial"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                new ResultsView.SummaryRow("ED degree", "2", "", "partial"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                new ResultsView.SummaryRow("Bézout bound", "1.92 × 10¹¹", "points", "partial")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                view.summaryRows(), "figures for people, every one marked partial"); //$NON-NLS-1$
        ResultTableViewer points = view.tables().tables().get(0);
        assertEquals(2, points.control().getItemCount());
        points.sortBy(1);
        view.showPartial(new Declared(3));
        assertSame(points, view.tables().tables().get(0), "the table is updated in place"); //$NON-NLS-1$
        assertEquals(3, points.control().getItemCount());
        assertSame(points.control().getColumn(1), points.control().getSortColumn(), "sorted by loss still"); //$NON-NLS-1$
        assertTrue(points.selectionAsTsv().startsWith("#\tloss\treal\n2\t0.0\ttrue\n"), points.selectionAsTsv()); //$NON-NLS-1$

        // Ctrl+C (Edit > Copy) in the view copies the selected rows of the visible table.
        List<String> copied = new ArrayList<>();
        points.setClipboard(copied::add);
        view.tables().select(0);
        points.control().setSelection(0);
        page.activate(view);
        view.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY, null);
        assertEquals(List.of("#\tloss\treal\n2\t0.0\ttrue\n"), copied); //$NON-NLS-1$

        view.showPartial(new Declared(0));
        assertEquals(List.of(), view.tables().tables(), "a result without tables has no tables"); //$NON-NLS-1$
    }

    /** An edd-like result that declares its figures and its table of critical points. */
    private record Declared(int found) implements AnalysisResult {
        @Override
        public List<ResultFigure> figures() {
            return List.of(ResultFigure.of("edDegree", "ED degree", (long) found, ResultFigure.Evidence.CERTIFIED), //$NON-NLS-1$ //$NON-NLS-2$
                    new ResultFigure("bound", "Bézout bound", 1.9167251082524326E11, "points", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            ResultFigure.Evidence.NONE));
        }

        @Override
        public List<ResultTable> tables() {
            return found == 0 ? List.of()
                    : List.of(new ResultTable("criticalPoints", "Critical points", List.of("#", "loss", "real"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                            POINTS.subList(0, found)));
        }

        @Override
        public String analysisId() {
            return "edd"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "parabola"; //$NON-NLS-1$
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
            return "by hand"; //$NON-NLS-1$
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
