// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.neuroalgebra.analysis.FigureFormat;

/**
 * The tables of a result, one tab each, after the tabs the folder had when this was made (the
 * results view's summary and details). As for charts, a result whose tables have
 * the same fields and columns as those shown, typically the next partial result of a running
 * analysis, updates the tables in place: the selected tab, sort and selection stay.
 */
public class TableTabs {

    private final CTabFolder folder;
    private final int fixedTabs;
    private final List<ResultTableViewer> tables = new ArrayList<>();
    private List<String> layout = List.of();

    /** Adds table tabs to {@code folder}, after its present tabs. */
    public TableTabs(CTabFolder folder) {
        this.folder = folder;
        this.fixedTabs = folder.getItemCount();
    }

    /** Shows declared tables: values formatted for people, copied in full. */
    public void showDeclared(List<org.neuroalgebra.analysis.ResultTable> declared) {
        show(declared.stream().map(TableTabs::table).toList());
    }

    /** @return the declared table as the table viewer shows it */
    static ResultTable table(org.neuroalgebra.analysis.ResultTable declared) {
        List<List<TableCell>> rows = new ArrayList<>();
        for (List<Object> row : declared.rows()) {
            rows.add(row.stream().map(TableTabs::cell).toList());
        }
        return new ResultTable(declared.key(), declared.title(), declared.columns(), rows);
    }

    private static TableCell cell(Object value) {
        if (value instanceof Number number) {
            return new TableCell(FigureFormat.format(number), FigureFormat.raw(number),
                    new double[] { number.doubleValue() });
        }
        return new TableCell(FigureFormat.format(value), FigureFormat.raw(value), null);
    }

    /** Shows the given tables. */
    public void show(List<ResultTable> results) {
        List<String> newLayout = results.stream().map(ResultTable::layout).toList();
        if (newLayout.equals(layout)) {
            for (int t = 0; t < results.size(); t++) {
                tables.get(t).show(results.get(t));
            }
        } else {
            rebuild(results);
            layout = newLayout;
        }
        for (int t = 0; t < results.size(); t++) {
            folder.getItem(fixedTabs + t).setText(results.get(t).title() + " (" + results.get(t).rows().size() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return the tables, in tab order */
    public List<ResultTableViewer> tables() {
        return List.copyOf(tables);
    }

    /** @return the table of the selected tab, if a table tab is selected */
    public Optional<ResultTableViewer> selected() {
        int index = folder.getSelectionIndex() - fixedTabs;
        return index >= 0 && index < tables.size() ? Optional.of(tables.get(index)) : Optional.empty();
    }

    /** Selects the tab of table {@code index}. */
    public void select(int index) {
        folder.setSelection(fixedTabs + index);
    }

    private void rebuild(List<ResultTable> results) {
        int selected = folder.getSelectionIndex();
        for (ResultTableViewer table : tables) {
            table.control().dispose();
        }
        for (int i = folder.getItemCount() - 1; i >= fixedTabs; i--) {
            folder.getItem(i).dispose();
        }
        tables.clear();
        for (ResultTable result : results) {
            ResultTableViewer table = new ResultTableViewer(folder, result);
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setControl(table.control());
            tables.add(table);
        }
        if (folder.getItemCount() > 0) {
            folder.setSelection(Math.max(0, Math.min(selected, folder.getItemCount() - 1)));
        }
    }
}
