// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.launch.AnalysisResultListener;
import org.neuroalgebra.launch.AnalysisRuns;

import com.google.gson.JsonObject;

/**
 * Shows the latest analysis result: a status line (running, partial result of a running analysis,
 * finished with certified or numerical result, failed with the reason), every figure of the result
 * as a tree, its arrays of records (critical points, training runs, ...) as tables in tabs next to
 * the tree, and its charts, one tab each. Partial results replace each other in place while the
 * job runs. Copy copies the selected rows of the table shown, or the selected figures of the tree,
 * as tab-separated text. Updates arrive from job threads and are handed to the display thread,
 * dropped if the view was closed meanwhile.
 */
public class ResultsView extends ViewPart implements AnalysisResultListener {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.views.results"; //$NON-NLS-1$

    private static final int EXPORT_WIDTH = 1000;
    private static final int EXPORT_HEIGHT = 600;

    private Label status;
    private CTabFolder records;
    private TreeViewer fields;
    private TableTabs tables;
    private ChartTabs charts;
    private AnalysisResult shown;
    private boolean partial;

    @Override
    public void createPartControl(Composite parent) {
        getSite().getWorkbenchWindow().getWorkbench().getHelpSystem().setHelp(parent, "org.neuroalgebra.ui.resultsView"); //$NON-NLS-1$
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText("Run an analysis (Run > Run Configurations > Neuroalgebra Analysis) to see its result here."); //$NON-NLS-1$
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        records = new CTabFolder(sash, SWT.BOTTOM | SWT.BORDER);
        fields = new TreeViewer(records, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        fields.getTree().setHeaderVisible(true);
        column("Figure", 220, JsonTreeContentProvider.Field::name); //$NON-NLS-1$
        column("Value", 320, JsonTreeContentProvider.Field::text); //$NON-NLS-1$
        fields.setContentProvider(new JsonTreeContentProvider());
        CTabItem figures = new CTabItem(records, SWT.NONE);
        figures.setText("Figures"); //$NON-NLS-1$
        figures.setControl(fields.getControl());
        records.setSelection(figures);
        tables = new TableTabs(records);
        charts = new ChartTabs(sash);
        sash.setWeights(45, 55);
        getViewSite().getActionBars().getToolBarManager().add(new Action("Export Chart as PNG...") { //$NON-NLS-1$
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] { "*.png" }); //$NON-NLS-1$
                dialog.setOverwrite(true);
                String file = dialog.open();
                if (file != null) {
                    charts.selected().exportPng(file, EXPORT_WIDTH, EXPORT_HEIGHT);
                }
            }
        });
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), new Action() {
            @Override
            public void run() {
                copy();
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

    /** Shows a final result; must be called on the display thread. */
    public void show(AnalysisResult result) {
        show(result, ""); //$NON-NLS-1$
    }

    /** Shows the partial result of a running analysis; must be called on the display thread. */
    public void showPartial(AnalysisResult result) {
        show(result, "running…, partial: "); //$NON-NLS-1$
    }

    private void show(AnalysisResult result, String state) {
        shown = result;
        partial = !state.isEmpty();
        status.setText(state + result.analysisId() + " of " + result.subject() + ": " //$NON-NLS-1$ //$NON-NLS-2$
                + (result.certified() ? "certified" : "numerical, not certified") //$NON-NLS-1$ //$NON-NLS-2$
                + " — " + result.method() + ", seed " + result.seed() //$NON-NLS-1$ //$NON-NLS-2$
                + String.format(", %.3f s", Double.valueOf(result.seconds()))); //$NON-NLS-1$
        JsonObject json = result.toJson();
        fields.setInput(json);
        fields.expandToLevel(2);
        tables.show(result.analysisId(), json);
        charts.show(result);
        status.getParent().layout(true);
    }

    /** @return the result on display, or null */
    public AnalysisResult shownResult() {
        return shown;
    }

    /** @return whether the result on display is a partial result of a running analysis */
    public boolean isPartial() {
        return partial;
    }

    /** @return the status line's text */
    public String statusText() {
        return status.getText();
    }

    /** @return the tables, for tests */
    public TableTabs tables() {
        return tables;
    }

    /** @return the charts, for tests and export */
    public ChartTabs charts() {
        return charts;
    }

    @Override
    public void started(String runName) {
        onDisplay(() -> status.setText("Running " + runName + " …")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void partial(String runName, AnalysisResult result) {
        onDisplay(() -> showPartial(result));
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

    private void copy() {
        if (tables.selected().isPresent()) {
            tables.selected().get().copy();
            return;
        }
        String text = ((IStructuredSelection) fields.getSelection()).stream()
                .map(field -> ((JsonTreeContentProvider.Field) field).name() + "\t" //$NON-NLS-1$
                        + ((JsonTreeContentProvider.Field) field).text() + "\n") //$NON-NLS-1$
                .collect(Collectors.joining());
        if (!text.isEmpty()) {
            ResultTableViewer.toClipboard(records.getDisplay(), text);
        }
    }

    @Override
    public void setFocus() {
        records.getSelection().getControl().setFocus();
    }

    @Override
    public void dispose() {
        AnalysisRuns.removeListener(this);
        super.dispose();
    }
}
