// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.plot.ChartRenderer;
import org.neuroalgebra.launch.AnalysisResultListener;
import org.neuroalgebra.launch.AnalysisRuns;

/**
 * Shows the latest analysis result: a status line (running, finished with certified or
 * numerical result, failed with the reason), every figure of the result as a tree, and its
 * chart. Updates arrive from job threads and are handed to the display thread, dropped if the
 * view was closed meanwhile.
 */
public class ResultsView extends ViewPart implements AnalysisResultListener {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.views.results"; //$NON-NLS-1$

    private static final int EXPORT_WIDTH = 1000;
    private static final int EXPORT_HEIGHT = 600;

    private Label status;
    private TreeViewer fields;
    private SeriesChart chart;
    private AnalysisResult shown;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText("Run an analysis (Run > Run Configurations > Neuroalgebra Analysis) to see its result here."); //$NON-NLS-1$
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
        fields.getTree().setHeaderVisible(true);
        column("Figure", 220, JsonTreeContentProvider.Field::name); //$NON-NLS-1$
        column("Value", 320, JsonTreeContentProvider.Field::text); //$NON-NLS-1$
        fields.setContentProvider(new JsonTreeContentProvider());
        chart = new SeriesChart(sash);
        sash.setWeights(45, 55);
        getViewSite().getActionBars().getToolBarManager().add(new Action("Export Chart as PNG...") { //$NON-NLS-1$
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
                dialog.setOverwrite(true);
                String file = dialog.open();
                if (file != null) {
                    chart.exportPng(file, EXPORT_WIDTH, EXPORT_HEIGHT);
                }
            }
        });
        AnalysisRuns.addListener(this);
        AnalysisResult last = AnalysisRuns.lastResult();
        if (last != null) {
            show(last);
        }
    }

    private void column(String title, int width, java.util.function.Function<JsonTreeContentProvider.Field, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(fields, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof JsonTreeContentProvider.Field field ? text.apply(field) : ""; //$NON-NLS-1$
            }
        });
    }

    /** Shows a result; must be called on the display thread. */
    public void show(AnalysisResult result) {
        shown = result;
        status.setText(result.analysisId() + " of " + result.subject() + ": " //$NON-NLS-1$ //$NON-NLS-2$
                + (result.certified() ? "certified" : "numerical, not certified") //$NON-NLS-1$ //$NON-NLS-2$
                + " — " + result.method() + ", seed " + result.seed() //$NON-NLS-1$ //$NON-NLS-2$
                + String.format(", %.3f s", Double.valueOf(result.seconds()))); //$NON-NLS-1$
        fields.setInput(result.toJson());
        fields.expandToLevel(2);
        chart.show(result.series().isEmpty() ? List.of() : ChartRenderer.groupByAxis(result.series()).get(0));
        status.getParent().layout(true);
    }

    /** @return the result on display, or null */
    public AnalysisResult shownResult() {
        return shown;
    }

    /** @return the chart, for tests and export */
    public SeriesChart chart() {
        return chart;
    }

    @Override
    public void started(String runName) {
        onDisplay(() -> status.setText("Running " + runName + " …")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void finished(String runName, AnalysisResult result) {
        onDisplay(() -> show(result));
    }

    @Override
    public void failed(String runName, String message) {
        onDisplay(() -> status.setText(runName + " failed: " + message)); //$NON-NLS-1$
    }

    private void onDisplay(Runnable update) {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            if (status != null && !status.isDisposed()) {
                update.run();
            }
        });
    }

    @Override
    public void setFocus() {
        fields.getControl().setFocus();
    }

    @Override
    public void dispose() {
        AnalysisRuns.removeListener(this);
        super.dispose();
    }
}
