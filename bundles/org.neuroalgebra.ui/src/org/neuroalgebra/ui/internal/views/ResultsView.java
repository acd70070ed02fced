// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.launch.AnalysisResultListener;
import org.neuroalgebra.launch.AnalysisRun;
import org.neuroalgebra.launch.AnalysisRuns;
import org.neuroalgebra.launch.RunOutcome;
import org.neuroalgebra.ui.internal.history.EntryExport;
import org.neuroalgebra.ui.internal.history.HistoryEntry;
import org.neuroalgebra.ui.internal.history.HistoryRecorder;
import org.neuroalgebra.ui.internal.history.Presentation;
import org.neuroalgebra.ui.internal.history.ResultsHistory;
import org.neuroalgebra.ui.internal.history.WorkspaceLocations;

/**
 * Shows one result: the entry selected in the Results History, or the run in progress with its
 * partial results. A status line says what is shown and how it ended (certified, numerical,
 * failed, canceled, partial, stale); the Summary tab lists the declared figures with their units
 * and evidence badges; the Details tab the JSON; one tab per table; the charts beside them. Nothing
 * of a previous result stays on screen when another, or a failure, is shown. Export writes the
 * entry's JSON, tables and charts into its project. The view knows no analysis: it shows what
 * results declare.
 */
public class ResultsView extends ViewPart implements AnalysisResultListener {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.views.results"; //$NON-NLS-1$

    private static final int EXPORT_WIDTH = 1000;
    private static final int EXPORT_HEIGHT = 600;

    /** Characters of the first note the status line shows; the tooltip has the whole. */
    private static final int STATUS_NOTE_LENGTH = 240;

    private Label status;
    private CTabFolder records;
    private static final int MINIMUM_COLUMN_WIDTH = 50;

    private TableViewer summary;
    private TreeViewer details;
    private TableTabs tables;
    private ChartTabs charts;
    private Action export;
    private Presentation shown;
    private HistoryEntry shownEntry;
    private boolean partial;
    /**
     * When the user chose what is shown (in the history), or null: runs started before then do not
     * replace the choice, however late their updates reach the display thread.
     */
    private java.time.Instant chosenAt;

    /** A row of the Summary tab. */
    public record SummaryRow(String label, String value, String unit, String badge) {
    }

    @Override
    public void createPartControl(Composite parent) {
        getSite().getWorkbenchWindow().getWorkbench().getHelpSystem().setHelp(parent, "org.neuroalgebra.ui.resultsView"); //$NON-NLS-1$
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText("Run an analysis (Run As > Neuroalgebra Analyses on a .nalg file) or select an entry of the Results History to see it here."); //$NON-NLS-1$
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        records = new CTabFolder(sash, SWT.BOTTOM | SWT.BORDER);
        // The columns share the pane by weight, so the value stays visible however narrow it is.
        Composite summaryHolder = new Composite(records, SWT.NONE);
        TableColumnLayout summaryLayout = new TableColumnLayout();
        summaryHolder.setLayout(summaryLayout);
        summary = new TableViewer(summaryHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        summary.getTable().setHeaderVisible(true);
        summary.getTable().setLinesVisible(true);
        summary.setContentProvider(ArrayContentProvider.getInstance());
        summaryColumn(summaryLayout, "Figure", 40, SummaryRow::label); //$NON-NLS-1$
        summaryColumn(summaryLayout, "Value", 30, SummaryRow::value); //$NON-NLS-1$
        summaryColumn(summaryLayout, "Unit", 8, SummaryRow::unit); //$NON-NLS-1$
        summaryColumn(summaryLayout, "Evidence", 22, SummaryRow::badge); //$NON-NLS-1$
        CTabItem summaryTab = new CTabItem(records, SWT.NONE);
        summaryTab.setText("Summary"); //$NON-NLS-1$
        summaryTab.setControl(summaryHolder);
        details = new TreeViewer(records, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        details.getTree().setHeaderVisible(true);
        detailsColumn("Field", 220, JsonTreeContentProvider.Field::name); //$NON-NLS-1$
        detailsColumn("Value", 320, JsonTreeContentProvider.Field::text); //$NON-NLS-1$
        details.setContentProvider(new JsonTreeContentProvider());
        CTabItem detailsTab = new CTabItem(records, SWT.NONE);
        detailsTab.setText("Details"); //$NON-NLS-1$
        detailsTab.setControl(details.getControl());
        records.setSelection(summaryTab);
        tables = new TableTabs(records);
        charts = new ChartTabs(sash);
        sash.setWeights(45, 55);
        export = new Action("Export...") { //$NON-NLS-1$
            @Override
            public void run() {
                exportShown();
            }
        };
        export.setToolTipText("Export the result's JSON, its tables as CSV and its charts as PNG into its project"); //$NON-NLS-1$
        export.setEnabled(false);
        getViewSite().getActionBars().getToolBarManager().add(export);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), new Action() {
            @Override
            public void run() {
                copy();
            }
        });
        HistoryRecorder.get(); // records before this view hears of an ended run
        AnalysisRuns.addListener(this);
        List<HistoryEntry> entries = HistoryRecorder.get().history().entries();
        if (!entries.isEmpty()) {
            display(entries.get(0));
        }
    }

    private void summaryColumn(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<SummaryRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(summary, SWT.LEFT);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, MINIMUM_COLUMN_WIDTH, true));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((SummaryRow) element);
            }

            @Override
            public Color getForeground(Object element) {
                String badge = ((SummaryRow) element).badge();
                Display display = summary.getControl().getDisplay();
                return switch (badge) {
                case "✔ certified" -> display.getSystemColor(SWT.COLOR_DARK_GREEN); //$NON-NLS-1$
                case "≈ numerical" -> display.getSystemColor(SWT.COLOR_DARK_YELLOW); //$NON-NLS-1$
                case "partial", "failed", "canceled" -> display.getSystemColor(SWT.COLOR_DARK_RED); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                default -> null;
                };
            }
        });
    }

    private void detailsColumn(String title, int width, java.util.function.Function<JsonTreeContentProvider.Field, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(details, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof JsonTreeContentProvider.Field field ? text.apply(field) : ""; //$NON-NLS-1$
            }
        });
    }

    /**
     * Shows an entry the user chose; must be called on the display thread. Runs that end later do
     * not replace it until another run starts.
     */
    public void show(HistoryEntry entry) {
        chosenAt = java.time.Instant.now();
        display(entry);
    }

    private void display(HistoryEntry entry) {
        shownEntry = entry;
        partial = false;
        String state = entry.statusText();
        if (ResultsHistory.isStale(entry)) {
            state += "; stale: the model file has changed since this run"; //$NON-NLS-1$
        }
        String header = entry.analysisLabel() + " of " + entry.subject() + " (" + entry.fileName() //$NON-NLS-1$ //$NON-NLS-2$
                + (entry.block() == null ? "" : ", block " + entry.block()) + ", seed " + entry.seed() + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + entry.durationText() + "): " + state; //$NON-NLS-1$
        if (entry.presentation() == null) {
            clear(header, "No chart: the run " + entry.status().word() + " without a result"); //$NON-NLS-1$ //$NON-NLS-2$
            summary.setInput(List.of(new SummaryRow("Status", entry.statusText(), "", entry.status().word()))); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        display(entry.presentation(), header, entry.isPartial() ? entry.status().word() + ", partial result" : null); //$NON-NLS-1$
    }

    /** Shows the partial result of a running analysis; must be called on the display thread. */
    public void showPartial(AnalysisResult result) {
        Presentation presentation = Presentation.of(result);
        shownEntry = null;
        display(presentation, "running…, partial: " + presentation.analysisId() + " of " + presentation.subject(), //$NON-NLS-1$ //$NON-NLS-2$
                "running, partial result"); //$NON-NLS-1$
        partial = true;
    }

    /** Shows that a run started: nothing of the previous result stays. */
    public void showRunning(String runName) {
        shownEntry = null;
        partial = false;
        clear("Running " + runName + " …", "Running…"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void clear(String header, String chartMessage) {
        shown = null;
        status.setText(header);
        status.setToolTipText(null);
        summary.setInput(List.of());
        details.setInput(new com.google.gson.JsonObject());
        tables.show(List.of());
        charts.show(List.of(), chartMessage);
        export.setEnabled(false);
        status.getParent().layout(true);
    }

    /**
     * @param incomplete
     *            null for a finished result, else what it is ("canceled, partial result"): marked
     *            in the summary and on every chart
     */
    private void display(Presentation presentation, String header, String incomplete) {
        shown = presentation;
        // the whole method and every note can fill the view and push the figures out of sight: the
        // status line keeps the first note, the tooltip and the Details tab have all of it
        List<String> notes = presentation.provenance().notes();
        status.setText(header + (notes.isEmpty() ? "" : " — " + shortened(notes.get(0)))); //$NON-NLS-1$ //$NON-NLS-2$
        status.setToolTipText(header + "\n\n" + presentation.provenance().method() //$NON-NLS-1$
                + (notes.isEmpty() ? "" : "\n\n" + String.join("\n", notes))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<SummaryRow> rows = new ArrayList<>();
        if (incomplete != null) {
            rows.add(new SummaryRow("Status", incomplete, "", "partial")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (ResultFigure figure : presentation.figures()) {
            rows.add(new SummaryRow(figure.label(), FigureFormat.format(figure.value()), figure.unit(),
                    incomplete != null ? "partial" : badge(figure.evidence()))); //$NON-NLS-1$
        }
        summary.setInput(rows);
        details.setInput(presentation.json());
        details.expandToLevel(2);
        tables.showDeclared(presentation.tables());
        List<ResultChart> drawn = incomplete == null ? presentation.charts()
                : presentation.charts().stream().map(chart -> new ResultChart(chart.key(),
                        chart.title() + " (" + incomplete + ")", chart.x(), chart.y(), chart.layers(), chart.markers())) //$NON-NLS-1$ //$NON-NLS-2$
                        .toList();
        charts.show(drawn, "No chart for this result"); //$NON-NLS-1$
        export.setEnabled(shownEntry != null && presentation.hasContent());
        status.getParent().layout(true);
    }

    private static String shortened(String note) {
        return note.length() <= STATUS_NOTE_LENGTH ? note : note.substring(0, STATUS_NOTE_LENGTH - 1) + "…"; //$NON-NLS-1$
    }

    private static String badge(ResultFigure.Evidence evidence) {
        return switch (evidence) {
        case CERTIFIED -> "✔ certified"; //$NON-NLS-1$
        case NUMERICAL -> "≈ numerical"; //$NON-NLS-1$
        case NONE -> ""; //$NON-NLS-1$
        };
    }

    /** @return the presentation on display, or null */
    public Presentation shown() {
        return shown;
    }

    /** @return the history entry on display, or null (nothing, or a run in progress) */
    public HistoryEntry shownEntry() {
        return shownEntry;
    }

    /** @return the rows of the Summary tab */
    @SuppressWarnings("unchecked")
    public List<SummaryRow> summaryRows() {
        Object input = summary.getInput();
        return input == null ? List.of() : (List<SummaryRow>) input;
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

    /** @return the Export action, for tests */
    public Action exportAction() {
        return export;
    }

    @Override
    public void runStarted(AnalysisRun run) {
        onDisplay(() -> {
            if (isLater(run)) {
                chosenAt = null;
                showRunning(run.name());
            }
        });
    }

    @Override
    public void partial(String runName, AnalysisResult result) {
        onDisplay(() -> {
            if (chosenAt == null) {
                showPartial(result);
            }
        });
    }

    @Override
    public void runEnded(AnalysisRun run, RunOutcome outcome) {
        // The recorder heard of the run first and kept it: show the kept entry.
        HistoryEntry entry = HistoryRecorder.get().history().entries().stream()
                .filter(kept -> kept.started().equals(run.started()) && kept.subject().equals(run.subject())
                        && kept.analysisId().equals(run.analysisId()))
                .findFirst().orElseGet(() -> HistoryEntry.of(run, outcome));
        onDisplay(() -> {
            if (isLater(run)) {
                display(entry);
            }
        });
    }

    /** @return whether the run started after the user last chose an entry (or there was no choice) */
    private boolean isLater(AnalysisRun run) {
        return chosenAt == null || run.started().isAfter(chosenAt);
    }

    private void onDisplay(Runnable update) {
        Display.getDefault().asyncExec(() -> {
            if (status != null && !status.isDisposed()) {
                update.run();
            }
        });
    }

    /**
     * Writes the shown entry's files into the project of its model file, or, for a model outside
     * the workspace, into a project the user picks; never into the process' working directory.
     *
     * @return the files written (empty when nothing was exported)
     */
    public List<Path> exportShown() {
        if (shownEntry == null || shown == null) {
            return List.of();
        }
        IProject project = WorkspaceLocations.projectOf(shownEntry.file());
        if (project == null) {
            project = pickProject();
            if (project == null) {
                return List.of();
            }
        }
        Path directory = project.getLocation().toPath();
        try {
            Presentation exported = shown;
            List<Path> written = EntryExport.write(exported, directory,
                    (chart, file) -> exportChart(exported, chart, file), ".png"); //$NON-NLS-1$
            WorkspaceLocations.refresh(directory);
            return written;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export", "The result could not be exported: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            return List.of();
        }
    }

    /**
     * Draws one chart of the exported result as the screen shows it: its tab is selected and laid
     * out first. Events handled meanwhile may replace what the view shows, so the chart is looked
     * up again, and drawn again from the exported presentation if it is gone.
     */
    private void exportChart(Presentation exported, ResultChart chart, Path file) {
        charts.select(chartIndex(exported, chart.key()));
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let the tab lay out and paint
        }
        int index = chartIndex(exported, chart.key());
        charts.select(index);
        charts.charts().get(index).exportPng(file.toString(), EXPORT_WIDTH, EXPORT_HEIGHT);
    }

    private int chartIndex(Presentation exported, String key) {
        for (int attempt = 0; attempt < 2; attempt++) {
            List<DeclaredChart> drawn = charts.charts();
            for (int i = 0; i < drawn.size(); i++) {
                if (!drawn.get(i).control().isDisposed() && drawn.get(i).shown() != null
                        && drawn.get(i).shown().key().equals(key)) {
                    return i;
                }
            }
            charts.show(exported.charts(), ""); //$NON-NLS-1$
        }
        throw new IllegalStateException("chart " + key + " cannot be drawn"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private IProject pickProject() {
        IProject[] open = java.util.Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(IProject::isOpen).toArray(IProject[]::new);
        if (open.length == 0) {
            MessageDialog.openInformation(getSite().getShell(), "Export", //$NON-NLS-1$
                    "The model is outside the workspace and there is no project to export into: create a project first."); //$NON-NLS-1$
            return null;
        }
        org.eclipse.ui.dialogs.ListDialog dialog = new org.eclipse.ui.dialogs.ListDialog(getSite().getShell());
        dialog.setTitle("Export into project"); //$NON-NLS-1$
        dialog.setMessage("The model is outside the workspace. Export the result into:"); //$NON-NLS-1$
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IProject) element).getName();
            }
        });
        dialog.setInput(open);
        dialog.setInitialSelections(open[0]);
        if (dialog.open() != org.eclipse.jface.window.Window.OK || dialog.getResult().length == 0) {
            return null;
        }
        return (IProject) dialog.getResult()[0];
    }

    private void copy() {
        if (tables.selected().isPresent()) {
            tables.selected().get().copy();
            return;
        }
        String text;
        if (records.getSelectionIndex() == 0) {
            text = ((IStructuredSelection) summary.getSelection()).stream()
                    .map(row -> ((SummaryRow) row).label() + "\t" + ((SummaryRow) row).value() + "\n") //$NON-NLS-1$ //$NON-NLS-2$
                    .collect(Collectors.joining());
        } else {
            text = ((IStructuredSelection) details.getSelection()).stream()
                    .map(field -> ((JsonTreeContentProvider.Field) field).name() + "\t" //$NON-NLS-1$
                            + ((JsonTreeContentProvider.Field) field).text() + "\n") //$NON-NLS-1$
                    .collect(Collectors.joining());
        }
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
