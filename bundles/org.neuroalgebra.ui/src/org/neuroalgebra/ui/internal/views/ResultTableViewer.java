// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.events.SelectionAdapter;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * A {@link ResultTable} in a JFace table: a column per header, sorted by clicking a header
 * (again to reverse), numbers by value and text as text; Ctrl+C or the context menu copies the
 * selected rows (all rows when none is selected) as tab-separated text. A table of the same
 * layout replaces the rows in place, so the sort and the selection stay.
 */
public class ResultTableViewer {

    private static final int MAX_COLUMN_WIDTH = 360;

    private final TableViewer viewer;
    private ResultTable table;
    private int sortColumn = -1;
    private boolean descending;
    private Consumer<String> clipboard;

    public ResultTableViewer(Composite parent, ResultTable table) {
        this.table = table;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        clipboard = text -> toClipboard(parent.getDisplay(), text);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int c = 0; c < table.headers().size(); c++) {
            column(c, table.headers().get(c));
        }
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setComparator(new ColumnComparator());
        // Ctrl+C is the workbench's Copy command: the results view's global handler calls copy().
        MenuManager menu = new MenuManager();
        menu.add(new Action("Copy") { //$NON-NLS-1$
            @Override
            public void run() {
                copy();
            }
        });
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        viewer.setInput(table.rows());
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), MAX_COLUMN_WIDTH));
        }
    }

    /** @return the table widget */
    public Table control() {
        return viewer.getTable();
    }

    /** @return the table on display */
    public ResultTable table() {
        return table;
    }

    /** Replaces the rows by those of a table of the same layout, keeping sort and selection. */
    public void show(ResultTable replacement) {
        if (!replacement.layout().equals(table.layout())) {
            throw new IllegalArgumentException("table " + replacement.layout() + " shown in " + table.layout()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        table = replacement;
        viewer.setInput(replacement.rows());
    }

    /** Sorts by {@code column} as a click on its header does: ascending, or reversed if sorted by it already. */
    public void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Table widget = viewer.getTable();
        widget.setSortColumn(widget.getColumn(column));
        widget.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** @return the rows in the order shown */
    public List<List<TableCell>> shownRows() {
        return rows(viewer.getTable().getItems());
    }

    /** @return what {@link #copy()} copies: the selected rows, or all, in the order shown */
    public String selectionAsTsv() {
        int[] selected = viewer.getTable().getSelectionIndices();
        if (selected.length == 0) {
            return table.toTsv(shownRows());
        }
        Arrays.sort(selected);
        List<List<TableCell>> rows = new ArrayList<>();
        for (int index : selected) {
            rows.add(row(viewer.getTable().getItem(index)));
        }
        return table.toTsv(rows);
    }

    /** Puts {@link #selectionAsTsv()} on the clipboard. */
    public void copy() {
        clipboard.accept(selectionAsTsv());
    }

    /** @param sink where {@link #copy()} puts its text from now on: the seam tests read it through */
    public void setClipboard(Consumer<String> sink) {
        clipboard = sink;
    }

    /** Puts text on the clipboard. */
    static void toClipboard(Display display, String text) {
        Clipboard clipboard = new Clipboard(display);
        try {
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void column(int index, String header) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().addSelectionListener(new SelectionAdapter() {
            @Override
            public void widgetSelected(SelectionEvent event) {
                sortBy(index);
            }
        });
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell(element, index).text();
            }

            @Override
            public String getToolTipText(Object element) {
                return cell(element, index).tooltip();
            }
        });
    }

    private static TableCell cell(Object row, int column) {
        return ((List<?>) row).get(column) instanceof TableCell cell ? cell : TableCell.EMPTY;
    }

    private static List<List<TableCell>> rows(TableItem[] items) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (TableItem item : items) {
            rows.add(row(item));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<TableCell> row(TableItem item) {
        return (List<TableCell>) item.getData();
    }

    /** Orders rows by the cells of the sort column; rows that tie keep the order of the result. */
    private final class ColumnComparator extends ViewerComparator {
        @Override
        public int compare(Viewer unused, Object first, Object second) {
            if (sortColumn < 0) {
                return 0;
            }
            int order = TableCell.ORDER.compare(cell(first, sortColumn), cell(second, sortColumn));
            return descending ? -order : order;
        }
    }
}
