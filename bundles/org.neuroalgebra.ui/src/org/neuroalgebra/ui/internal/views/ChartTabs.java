// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.neuroalgebra.analysis.ResultChart;

/**
 * The declared charts of a result, one tab each, titled by the chart. Charts with the same keys as
 * those shown (typically the next partial result of a running analysis) are updated in place, so
 * that the selected tab stays. With no chart, one empty chart says why.
 */
public class ChartTabs {

    private final CTabFolder folder;
    private final List<DeclaredChart> charts = new ArrayList<>();
    private List<String> keys = List.of();

    public ChartTabs(Composite parent) {
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        showNothing("No result yet"); //$NON-NLS-1$
    }

    /** @return the tab folder */
    public Control control() {
        return folder;
    }

    /** Shows the charts, or {@code whyNone} when there are none. */
    public void show(List<ResultChart> declared, String whyNone) {
        if (declared.isEmpty()) {
            showNothing(whyNone);
            return;
        }
        List<String> newKeys = declared.stream().map(ResultChart::key).toList();
        if (!newKeys.equals(keys)) {
            rebuild(declared.size());
            keys = newKeys;
        }
        for (int i = 0; i < declared.size(); i++) {
            charts.get(i).show(declared.get(i));
            folder.getItem(i).setText(shortTitle(declared.get(i).title()));
            folder.getItem(i).setToolTipText(declared.get(i).title());
        }
    }

    /** @return the charts drawn, in tab order (empty when there is none) */
    public List<DeclaredChart> charts() {
        return keys.isEmpty() ? List.of() : List.copyOf(charts);
    }

    /** @return the chart of the selected tab, or null when there is none */
    public DeclaredChart selected() {
        int index = Math.max(0, folder.getSelectionIndex());
        return keys.isEmpty() ? null : charts.get(index);
    }

    /** Selects the tab of chart {@code index}. */
    public void select(int index) {
        folder.setSelection(index);
    }

    private void rebuild(int count) {
        int selected = Math.max(0, folder.getSelectionIndex());
        for (CTabItem item : folder.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        charts.clear();
        for (int i = 0; i < count; i++) {
            DeclaredChart chart = new DeclaredChart(folder);
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setControl(chart.control());
            charts.add(chart);
        }
        folder.setSelection(Math.min(selected, count - 1));
    }

    private void showNothing(String message) {
        rebuild(1);
        keys = List.of();
        charts.get(0).showNothing(message);
        folder.getItem(0).setText("Chart"); //$NON-NLS-1$
    }

    private static String shortTitle(String title) {
        final int max = 32;
        return title.length() <= max ? title : title.substring(0, max - 1) + "…"; //$NON-NLS-1$
    }
}
