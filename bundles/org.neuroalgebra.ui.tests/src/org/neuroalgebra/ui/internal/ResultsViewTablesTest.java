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
import org.neuroalgebra.ui.internal.views.ResultTableViewer;
import org.neuroalgebra.ui.internal.views.ResultsView;

import com.google.gson.JsonObject;

/** The results view in the workbench: tables of a result next to its tree, updated in place. */
class ResultsViewTablesTest {

    @Test
    void criticalPointsAppearAsATableThatPartialResultsUpdateInPlace() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ResultsView view = (ResultsView) page.showView(ResultsView.ID);
        view.showPartial(new JsonResult(ParabolaEdd.json(2)));
        ResultTableViewer points = view.tables().tables().get(0);
        assertEquals(2, points.control().getItemCount());
        points.sortBy(1);
        view.show(new JsonResult(ParabolaEdd.json(3)));
        assertSame(points, view.tables().tables().get(0), "the table is updated in place"); //$NON-NLS-1$
        assertEquals(3, points.control().getItemCount());
        assertSame(points.control().getColumn(1), points.control().getSortColumn(), "sorted by loss still"); //$NON-NLS-1$
        assertTrue(points.selectionAsTsv().startsWith(ParabolaEdd.HEADERS + "2\t0\treal\t"), //$NON-NLS-1$
                "the global minimum, of loss 0, comes first"); //$NON-NLS-1$

        // Ctrl+C (Edit > Copy) in the view copies the selected rows of the visible table.
        List<String> copied = new ArrayList<>();
        points.setClipboard(copied::add);
        view.tables().select(0);
        points.control().setSelection(0);
        page.activate(view);
        view.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.EDIT_COPY, null);
        assertEquals(List.of(points.selectionAsTsv()), copied);
        assertTrue(copied.get(0).startsWith(ParabolaEdd.HEADERS + "2\t0\treal\t"), copied::toString); //$NON-NLS-1$

        view.show(new JsonResult(new JsonObject()));
        assertEquals(List.of(), view.tables().tables(), "a result without arrays has no tables"); //$NON-NLS-1$
    }

    /** A result that is its JSON. */
    private record JsonResult(JsonObject toJson) implements AnalysisResult {
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
    }
}
