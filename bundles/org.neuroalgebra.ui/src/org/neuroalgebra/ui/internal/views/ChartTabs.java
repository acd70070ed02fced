// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.plot.ChartRenderer;

/**
 * Every chart of a result, one tab each: the series grouped by value axis, then the pictures. A
 * result whose charts have the same kinds and axes as those shown (typically the next partial
 * result of a running analysis) updates the charts in place, so that the selected tab stays.
 */
public class ChartTabs {

    private final CTabFolder folder;
    private final List<ResultChart> charts = new ArrayList<>();
    private List<String> layout = List.of();

    public ChartTabs(Composite parent) {
        folder = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        showNothing("No result yet"); //$NON-NLS-1$
    }

    /** @return the tab folder */
    public Control control() {
        return folder;
    }

    /** Shows the charts of a result. */
    public void show(AnalysisResult result) {
        List<List<ResultSeries>> groups = ChartRenderer.groupByAxis(result.series());
        List<String> newLayout = layout(groups, result.pictures());
        if (newLayout.isEmpty()) {
            showNothing("No chart for this result"); //$NON-NLS-1$
            return;
        }
        if (!newLayout.equals(layout)) {
            rebuild(groups.size(), result.pictures().size());
            layout = newLayout;
        }
        for (int g = 0; g < groups.size(); g++) {
            ((SeriesChart) charts.get(g)).show(groups.get(g));
            folder.getItem(g).setText(groups.get(g).get(0).yLabel());
        }
        for (int p = 0; p < result.pictures().size(); p++) {
            ResultPicture picture = result.pictures().get(p);
            ((PictureChart) charts.get(groups.size() + p)).show(picture);
            folder.getItem(groups.size() + p).setText(picture.title());
        }
    }

    /** @return the charts, in tab order */
    public List<ResultChart> charts() {
        return List.copyOf(charts);
    }

    /** @return the chart of the selected tab */
    public ResultChart selected() {
        int index = Math.max(0, folder.getSelectionIndex());
        return charts.get(index);
    }

    /** Selects the tab of chart {@code index}. */
    public void select(int index) {
        folder.setSelection(index);
    }

    private void rebuild(int seriesCharts, int pictureCharts) {
        int selected = Math.max(0, folder.getSelectionIndex());
        for (CTabItem item : folder.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        charts.clear();
        for (int i = 0; i < seriesCharts + pictureCharts; i++) {
            ResultChart chart = i < seriesCharts ? new SeriesChart(folder) : new PictureChart(folder);
            CTabItem item = new CTabItem(folder, SWT.NONE);
            item.setControl(chart.control());
            charts.add(chart);
        }
        folder.setSelection(Math.min(selected, charts.size() - 1));
    }

    private void showNothing(String message) {
        rebuild(1, 0);
        layout = List.of();
        SeriesChart empty = (SeriesChart) charts.get(0);
        empty.show(List.of());
        empty.control().getTitle().setText(message);
        folder.getItem(0).setText("Chart"); //$NON-NLS-1$
    }

    /** @return what decides whether charts can be reused: kind and axis titles of each chart */
    private static List<String> layout(List<List<ResultSeries>> groups, List<ResultPicture> pictures) {
        List<String> layout = new ArrayList<>();
        for (List<ResultSeries> group : groups) {
            layout.add("series " + group.get(0).xLabel() + " / " + group.get(0).yLabel() + " " + group.get(0).logScale()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (ResultPicture picture : pictures) {
            layout.add("picture " + picture.xLabel() + " / " + picture.yLabel() + " " + picture.categories()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return layout;
    }
}
