// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The critical points of {@link ParabolaEdd} in table tabs next to a fixed tab, as in the results
 * view: rows and columns, sorting, copying, in-place updates. Plain SWT.
 */
class ResultTableViewerTest {

    private static final int LOSS = 1;

    private Shell shell;
    private CTabFolder folder;
    private TableTabs tabs;

    @BeforeEach
    void openShell() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(800, 400);
        folder = new CTabFolder(shell, SWT.BOTTOM);
        CTabItem figures = new CTabItem(folder, SWT.NONE);
        figures.setText("Figures"); //$NON-NLS-1$
        figures.setControl(new Label(folder, SWT.NONE));
        folder.setSelection(0);
        tabs = new TableTabs(folder);
        shell.open();
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void threeCriticalPointsGiveThreeRowsUnderTheEddColumns() {
        tabs.show(ParabolaEdd.tables(3)); //$NON-NLS-1$
        Table table = tabs.tables().get(0).control();
        assertEquals(3, table.getItemCount());
        assertEquals(ParabolaEdd.HEADERS.strip(), String.join("\t", //$NON-NLS-1$
                Arrays.stream(table.getColumns()).map(TableColumn::getText).toList()));
        assertEquals("2.75 - 0.5i", table.getItem(0).getText(LOSS)); //$NON-NLS-1$
        assertEquals(List.of("Figures", "Critical points (3)", "components (1)"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Arrays.stream(folder.getItems()).map(CTabItem::getText).toList());
        assertEquals(0, folder.getSelectionIndex(), "the tree of figures stays in front"); //$NON-NLS-1$
        assertTrue(tabs.selected().isEmpty());
        tabs.select(0);
        assertSame(tabs.tables().get(0), tabs.selected().orElseThrow());
    }

    @Test
    void clickingTheLossHeaderSortsByLossAndClickingAgainReverses() {
        tabs.show(ParabolaEdd.tables(3)); //$NON-NLS-1$
        ResultTableViewer viewer = tabs.tables().get(0);
        TableColumn loss = viewer.control().getColumn(LOSS);
        loss.notifyListeners(SWT.Selection, new Event());
        // loss 0, then 11/4 − i/2 before 11/4 + i/2
        assertEquals(List.of("2", "1", "3"), numbers(viewer)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertSame(loss, viewer.control().getSortColumn());
        assertEquals(SWT.UP, viewer.control().getSortDirection());
        loss.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of("3", "1", "2"), numbers(viewer)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(SWT.DOWN, viewer.control().getSortDirection());
        viewer.sortBy(0);
        assertEquals(List.of("1", "2", "3"), numbers(viewer)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void copyGivesTheSelectedRowsInTheShownOrderAsTabSeparatedText() {
        tabs.show(ParabolaEdd.tables(3)); //$NON-NLS-1$
        ResultTableViewer viewer = tabs.tables().get(0);
        viewer.sortBy(LOSS);
        String minimum = "2\t0\treal\tcritical\tyes\t(1, 1)\n"; //$NON-NLS-1$
        String lower = "1\t2.75 - 0.5i\tcomplex\tcritical\t\t(-0.5 + 0.5i, 0 - 0.5i)\n"; //$NON-NLS-1$
        String upper = "3\t2.75 + 0.5i\tcomplex\tcritical\t\t(-0.5 - 0.5i, 0 + 0.5i)\n"; //$NON-NLS-1$
        assertEquals(ParabolaEdd.HEADERS + minimum + lower + upper, viewer.selectionAsTsv(), "no selection: all rows"); //$NON-NLS-1$
        viewer.control().setSelection(new int[] { 2, 0 });
        assertEquals(ParabolaEdd.HEADERS + minimum + upper, viewer.selectionAsTsv());
        // The context menu's Copy copies the same text (read through the seam: the system clipboard is the platform's).
        List<String> copied = new ArrayList<>();
        viewer.setClipboard(copied::add);
        Menu menu = viewer.control().getMenu();
        menu.notifyListeners(SWT.Show, new Event()); // JFace fills the menu when it is about to show
        MenuItem copy = menu.getItem(0);
        assertEquals("Copy", copy.getText()); //$NON-NLS-1$
        copy.notifyListeners(SWT.Selection, new Event());
        assertEquals(List.of(ParabolaEdd.HEADERS + minimum + upper), copied);
    }

    @Test
    void aPartialUpdateKeepsTheTableItsSortAndItsTab() {
        tabs.show(ParabolaEdd.tables(2)); //$NON-NLS-1$
        ResultTableViewer viewer = tabs.tables().get(0);
        tabs.select(0);
        viewer.sortBy(LOSS);
        viewer.sortBy(LOSS);
        assertEquals(List.of("1", "2"), numbers(viewer), "largest loss first"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        viewer.control().setSelection(1);
        tabs.show(ParabolaEdd.tables(3)); //$NON-NLS-1$
        assertSame(viewer, tabs.tables().get(0), "updated in place"); //$NON-NLS-1$
        assertEquals(List.of("3", "1", "2"), numbers(viewer), "the new point is sorted in by its loss"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertSame(viewer.control().getColumn(LOSS), viewer.control().getSortColumn());
        assertEquals(SWT.DOWN, viewer.control().getSortDirection());
        assertArrayEquals(new int[] { 2 }, viewer.control().getSelectionIndices(), "the global minimum stays selected"); //$NON-NLS-1$
        assertEquals("Critical points (3)", folder.getItem(1).getText()); //$NON-NLS-1$
        assertSame(viewer, tabs.selected().orElseThrow());
        JsonObject other = ParabolaEdd.json(3);
        other.remove("components"); //$NON-NLS-1$
        tabs.show(ParabolaEdd.tables(other)); //$NON-NLS-1$
        assertEquals(1, tabs.tables().size());
        assertNotSame(viewer, tabs.tables().get(0), "other tables: rebuilt"); //$NON-NLS-1$
        assertEquals(2, folder.getItemCount());
        tabs.show(ParabolaEdd.tables(new JsonObject())); //$NON-NLS-1$
        assertEquals(1, folder.getItemCount(), "only the fixed tab is left"); //$NON-NLS-1$
    }

    private static List<String> numbers(ResultTableViewer viewer) {
        return viewer.shownRows().stream().map(row -> row.get(0).text()).toList();
    }
}
