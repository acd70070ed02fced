// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;
import org.neuroalgebra.sweep.SweepResult;
import org.neuroalgebra.ui.internal.history.HistoryEntry;
import org.neuroalgebra.ui.internal.history.HistoryRecorder;
import org.neuroalgebra.ui.internal.views.HistoryView;
import org.neuroalgebra.ui.internal.views.ResultsView;

/**
 * A sweep launched in the workbench: its history entry fills in row by row and is replaced by its
 * end, its result is shown with its chart across the family, and the history's Re-run launches the
 * sweep again (it resumes from the
 * journal, so the second entry has the same rows). The family is the linear networks (n, 1, m),
 * n, m in 2..3, of dimension m + n − 1 (docs/MATHEMATICS.md §1.2).
 */
class SweepWorkbenchTest {

    private static final String MODEL = """
            sweep rank_one_family {
              architecture {
                input [2..3]
                dense 1 bias=false
                dense [2..3] bias=false
              }
              run dimension seed 3
            }
            """;

    @Test
    void aSweepIsShownKeptInTheHistoryAndRunsAgainFromIt() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        HistoryView history = (HistoryView) page.showView(HistoryView.ID);
        ResultsView results = (ResultsView) page.showView(ResultsView.ID);
        IFile file = sweepFile();
        String location = file.getLocation().toOSString();

        ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null, "sweep-test"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, "rank_one_family"); //$NON-NLS-1$
        // every state of the sweep's entry, as the history announces them
        List<HistoryEntry> states = new CopyOnWriteArrayList<>();
        Runnable recorder = () -> states.addAll(entries(location));
        HistoryRecorder.get().history().addListener(recorder);
        try {
            AnalysisLaunchDelegate.schedule(configuration);
            WorkbenchTest.waitFor(() -> entries(location).stream().anyMatch(e -> e.status() != HistoryEntry.Status.RUNNING),
                    "the sweep's history entry"); //$NON-NLS-1$
        } finally {
            HistoryRecorder.get().history().removeListener(recorder);
        }
        // the entry was there from the first finished member on, with the rows so far, and its end replaced it
        HistoryEntry first = states.get(0);
        assertEquals(HistoryEntry.Status.RUNNING, first.status());
        assertTrue(first.isPartial());
        long rowsSoFar = first.presentation().json().get("rows").getAsLong(); //$NON-NLS-1$
        assertTrue(rowsSoFar >= 1 && rowsSoFar < 4, () -> rowsSoFar + " rows so far"); //$NON-NLS-1$
        assertEquals(1, entries(location).size(), "one entry for the run, not one per state"); //$NON-NLS-1$
        assertEquals(first.storedAt(), entries(location).get(0).storedAt(), "in the same file"); //$NON-NLS-1$
        HistoryEntry entry = entries(location).get(0);
        assertEquals(SweepResult.ID, entry.analysisId());
        assertEquals(HistoryEntry.Status.CERTIFIED, entry.status(), "every dimension is certified"); //$NON-NLS-1$
        assertEquals(4L, entry.presentation().json().get("rows").getAsLong()); //$NON-NLS-1$

        history.select(List.of(entry));
        WorkbenchTest.waitFor(() -> results.shownEntry() == entry, "the selected sweep is shown"); //$NON-NLS-1$
        ResultChart chart = results.charts().charts().get(0).shown();
        assertEquals("input", chart.x().title()); //$NON-NLS-1$
        // dimension m + n − 1: for m = 2 the line through (2, 3), (3, 4); for m = 3 through (2, 4), (3, 5)
        assertEquals(List.of("dense #2 = 2", "dense #2 = 3"), chart.layers().stream().map(l -> l.name()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(3.0, 4.0), List.of(chart.layers().get(0).y()[0], chart.layers().get(0).y()[1]));
        assertEquals(List.of(4.0, 5.0), List.of(chart.layers().get(1).y()[0], chart.layers().get(1).y()[1]));
        Screenshots.save(page, "workbench-sweep.png"); //$NON-NLS-1$

        history.rerun(entry);
        WorkbenchTest.waitFor(() -> entries(location).size() == 2, "the re-run's entry"); //$NON-NLS-1$
        // resumed from the journal: no member ran, so the entry is written once, at the end
        HistoryEntry again = entries(location).stream().filter(e -> e != entry).findFirst().orElseThrow();
        assertEquals(entry.presentation().json().get("table"), again.presentation().json().get("table")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(again.block().equals("rank_one_family")); //$NON-NLS-1$
    }

    private static List<HistoryEntry> entries(String file) {
        return HistoryRecorder.get().history().entries().stream().filter(entry -> file.equals(entry.file())).toList();
    }

    private static IFile sweepFile() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("sweep" + System.nanoTime()); //$NON-NLS-1$
        project.create(null);
        project.open(null);
        IFile file = project.getFile("family.nalg"); //$NON-NLS-1$
        file.create(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), true, null);
        return file;
    }
}
