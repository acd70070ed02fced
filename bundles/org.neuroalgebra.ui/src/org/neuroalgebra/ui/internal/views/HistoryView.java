// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;
import org.neuroalgebra.sweep.SweepResult;
import org.neuroalgebra.ui.internal.history.HistoryEntry;
import org.neuroalgebra.ui.internal.history.HistoryRecorder;
import org.neuroalgebra.ui.internal.history.ResultsHistory;

/**
 * The Results History: one row per analysis block per run (time, file, subject, analysis, seed,
 * status, duration), newest first, kept across restarts. A row whose model file changed since its
 * run is marked stale. Selecting a row shows it in the results view; Re-run, Compare (two rows),
 * Export and Delete act on the selection.
 */
public class HistoryView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.neuroalgebra.ui.views.history"; //$NON-NLS-1$

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
            .withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private final Runnable refresh = () -> Display.getDefault().asyncExec(this::refresh);
    private final IResourceChangeListener modelsChanged = event -> refresh.run();
    private Action rerun;
    private Action compare;
    private Action export;
    private Action delete;

    /**
     * Makes the history come to the front whenever a run starts, whether the view is open or not.
     */
    public static void bringToFrontOnRuns() {
        HistoryRecorder.get().onStart(run -> Display.getDefault().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            if (window != null && window.getActivePage() != null) {
                try {
                    IWorkbenchPage page = window.getActivePage();
                    IViewPart view = page.findView(ID);
                    // VIEW_VISIBLE alone leaves the view behind when its stack holds the active part
                    page.bringToTop(view != null ? view : page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE));
                } catch (PartInitException e) {
                    // the history still records; the view just does not come up
                }
            }
        }));
    }

    @Override
    public void createPartControl(Composite parent) {
        bringToFrontOnRuns();
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Time", 150, entry -> TIME.format(entry.started())); //$NON-NLS-1$
        column("File", 110, HistoryEntry::fileName); //$NON-NLS-1$
        column("Subject", 130, HistoryEntry::subject); //$NON-NLS-1$
        column("Analysis", 210, HistoryEntry::analysisLabel); //$NON-NLS-1$
        column("Seed", 60, entry -> Long.toString(entry.seed())); //$NON-NLS-1$
        column("Status", 200, HistoryEntry::statusText); //$NON-NLS-1$
        column("Duration", 80, HistoryEntry::durationText); //$NON-NLS-1$
        column("Model", 110, entry -> ResultsHistory.isStale(entry) ? "stale: changed" : "current"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        viewer.addSelectionChangedListener(event -> {
            updateActions();
            List<HistoryEntry> selected = selection();
            if (selected.size() == 1) {
                ResultsView results = results();
                if (results != null) {
                    results.show(selected.get(0));
                }
            }
        });
        viewer.addDoubleClickListener(event -> {
            ResultsView results = results();
            if (results != null) {
                getSite().getPage().activate(results);
            }
        });
        createActions();
        HistoryRecorder.get().history().addListener(refresh);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(modelsChanged, IResourceChangeEvent.POST_CHANGE);
        getSite().setSelectionProvider(viewer);
        refresh();
    }

    private void column(String title, int width, Function<HistoryEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((HistoryEntry) element);
            }

            @Override
            public Color getForeground(Object element) {
                HistoryEntry entry = (HistoryEntry) element;
                Display display = viewer.getControl().getDisplay();
                if (entry.status() == HistoryEntry.Status.FAILED || entry.status() == HistoryEntry.Status.CANCELED) {
                    return display.getSystemColor(SWT.COLOR_DARK_RED);
                }
                return ResultsHistory.isStale(entry) ? display.getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
    }

    private void createActions() {
        rerun = new Action("Re-run") { //$NON-NLS-1$
            @Override
            public void run() {
                selection().forEach(HistoryView.this::rerun);
            }
        };
        rerun.setToolTipText("Run the selected entries again: same file, block and seed"); //$NON-NLS-1$
        compare = new Action("Compare") { //$NON-NLS-1$
            @Override
            public void run() {
                compareSelected();
            }
        };
        compare.setToolTipText("Compare the two selected entries side by side"); //$NON-NLS-1$
        export = new Action("Export") { //$NON-NLS-1$
            @Override
            public void run() {
                ResultsView results = results();
                if (results != null && selection().size() == 1) {
                    results.show(selection().get(0));
                    results.exportShown();
                }
            }
        };
        export.setToolTipText("Export the selected entry as JSON, CSV and PNG into its project"); //$NON-NLS-1$
        delete = new Action("Delete") { //$NON-NLS-1$
            @Override
            public void run() {
                List<HistoryEntry> selected = selection();
                if (!selected.isEmpty() && MessageDialog.openQuestion(getSite().getShell(), "Delete Results", //$NON-NLS-1$
                        "Delete " + selected.size() + (selected.size() == 1 ? " entry" : " entries") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                                + " and its result file from the history?")) { //$NON-NLS-1$
                    delete(selected);
                }
            }
        };
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        MenuManager menu = new MenuManager();
        for (Action action : List.of(rerun, compare, export, delete)) {
            toolbar.add(action);
            menu.add(action);
        }
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        updateActions();
    }

    private void updateActions() {
        List<HistoryEntry> selected = selection();
        rerun.setEnabled(!selected.isEmpty() && selected.stream().allMatch(entry -> entry.file() != null));
        compare.setEnabled(selected.size() == 2);
        export.setEnabled(selected.size() == 1 && selected.get(0).presentation() != null
                && selected.get(0).presentation().hasContent());
        delete.setEnabled(!selected.isEmpty());
    }

    /** Refreshes rows and stale marks; must be called on the display thread. */
    public void refresh() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(HistoryRecorder.get().history().entries());
        updateActions();
    }

    /** @return the selected entries */
    @SuppressWarnings("unchecked")
    public List<HistoryEntry> selection() {
        return ((IStructuredSelection) viewer.getSelection()).toList();
    }

    /** Selects entries (and shows a single one in the results view). */
    public void select(List<HistoryEntry> entries) {
        viewer.setSelection(new StructuredSelection(entries), true);
    }

    /** @return the rows shown, for tests */
    public List<String> rowTexts() {
        return java.util.Arrays.stream(viewer.getTable().getItems())
                .map(item -> String.join(" | ", java.util.stream.IntStream.range(0, viewer.getTable().getColumnCount()) //$NON-NLS-1$
                        .mapToObj(item::getText).toList()))
                .toList();
    }

    /** Deletes entries and their files without asking (the action asks). */
    public void delete(List<HistoryEntry> entries) {
        for (HistoryEntry entry : entries) {
            try {
                HistoryRecorder.get().history().delete(entry);
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Delete Results", //$NON-NLS-1$
                        "The result file " + entry.storedAt() + " could not be deleted: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /**
     * Runs an entry again: same file, block (or analysis and subject) and seed; a sweep runs with
     * the seeds of its runs, as its block in the file gives them.
     */
    public void rerun(HistoryEntry entry) {
        try {
            ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null, "rerun"); //$NON-NLS-1$
            copy.setAttribute(LaunchAttributes.FILE, entry.file());
            if (entry.block() != null) {
                copy.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, entry.block());
            } else {
                copy.setAttribute(LaunchAttributes.ANALYSIS_ID, entry.analysisId());
                copy.setAttribute(LaunchAttributes.SUBJECT, entry.subject());
            }
            if (!SweepResult.ID.equals(entry.analysisId())) {
                // a sweep's runs keep the seeds its block gives each of them
                copy.setAttribute(LaunchAttributes.SEED, Long.toString(entry.seed()));
            }
            AnalysisLaunchDelegate.schedule(copy);
        } catch (CoreException e) {
            MessageDialog.openError(getSite().getShell(), "Re-run", //$NON-NLS-1$
                    entry.analysisLabel() + " of " + entry.subject() + " cannot run again: " + e.getStatus().getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Opens the comparison of the two selected entries. */
    public CompareView compareSelected() {
        List<HistoryEntry> selected = selection();
        if (selected.size() != 2) {
            return null;
        }
        try {
            CompareView view = (CompareView) getSite().getPage().showView(CompareView.ID);
            // The older run is A, so that "B" reads as "what changed".
            boolean firstIsNewer = selected.get(0).started().isAfter(selected.get(1).started());
            view.compare(firstIsNewer ? selected.get(1) : selected.get(0), firstIsNewer ? selected.get(0) : selected.get(1));
            return view;
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Compare", e.getMessage()); //$NON-NLS-1$
            return null;
        }
    }

    private ResultsView results() {
        try {
            return (ResultsView) getSite().getPage().showView(ResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return null;
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        HistoryRecorder.get().history().removeListener(refresh);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(modelsChanged);
        super.dispose();
    }
}
