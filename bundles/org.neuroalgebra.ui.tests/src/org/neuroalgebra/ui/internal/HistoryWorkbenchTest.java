// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.IAxis;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.launch.AnalysisJob;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.ui.internal.history.Comparison;
import org.neuroalgebra.ui.internal.history.HistoryEntry;
import org.neuroalgebra.ui.internal.history.HistoryRecorder;
import org.neuroalgebra.ui.internal.history.Presentation;
import org.neuroalgebra.ui.internal.history.ResultsHistory;
import org.neuroalgebra.ui.internal.history.WorkspaceLocations;
import org.neuroalgebra.ui.internal.views.CompareView;
import org.neuroalgebra.ui.internal.views.DeclaredChart;
import org.neuroalgebra.ui.internal.views.HistoryView;
import org.neuroalgebra.ui.internal.views.ResultsView;

/**
 * The Results History in the real workbench: every block of talk.nalg is kept, survives a reload,
 * is shown, compared, exported and marked stale when the model changes; a canceled run leaves a
 * canceled entry and nothing of another result on screen.
 */
class HistoryWorkbenchTest {

    private static final Set<String> TALK_BLOCKS = Set.of("square_dimension", "cubic_dimension", //$NON-NLS-1$ //$NON-NLS-2$
            "linear_dimension", "defective_dimension", "quartic_edd"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** A tick label of a log axis: 1, 10 or 10 with a superscript exponent. */
    private static final Pattern POWER_OF_TEN = Pattern.compile("1|10|10⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+"); //$NON-NLS-1$

    @Test
    void allBlocksOfTheTalkAreKeptShownComparedExportedAndMarkedStale() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        HistoryView history = (HistoryView) page.showView(HistoryView.ID);
        ResultsView results = (ResultsView) page.showView(ResultsView.ID);
        page.showView(IPageLayout.ID_PROBLEM_VIEW); // hides the history, which shares its folder
        assertFalse(page.isPartVisible(history));
        IFile talk = copyTalk("history-talk"); //$NON-NLS-1$
        String location = talk.getLocation().toOSString();

        List<AnalysisJob> jobs = AnalysisLaunchDelegate.createJobs(configuration(talk, LaunchAttributes.ALL_BLOCKS));
        assertEquals(5, jobs.size());
        jobs.forEach(AnalysisJob::schedule);
        for (AnalysisJob job : jobs) {
            job.join();
            assertTrue(job.getResult().isOK(), () -> job.getName() + ": " + job.getResult()); //$NON-NLS-1$
        }
        dispatch(); // the views' updates from the job threads, which show the last run's entry
        List<HistoryEntry> entries = entriesOf(HistoryRecorder.get().history(), location);
        assertEquals(TALK_BLOCKS, entries.stream().map(HistoryEntry::block).collect(Collectors.toSet()),
                "one entry per block"); //$NON-NLS-1$
        HistoryEntry square = block(entries, "square_dimension"); //$NON-NLS-1$
        assertEquals(HistoryEntry.Status.CERTIFIED, square.status(), "docs/MATHEMATICS.md §3: dimension 3, certified"); //$NON-NLS-1$
        assertEquals(1, square.seed());
        assertEquals("square_mlp", square.subject()); //$NON-NLS-1$
        assertEquals(talk.getProject().getLocation().toPath().resolve(".results"), square.storedAt().getParent(), //$NON-NLS-1$
                "kept in the project by default"); //$NON-NLS-1$
        WorkbenchTest.waitFor(() -> page.isPartVisible(history), "the history comes to the front"); //$NON-NLS-1$
        WorkbenchTest.waitFor(() -> history.rowTexts().stream().filter(row -> row.contains("talk.nalg")).count() >= 5, //$NON-NLS-1$
                "the view lists the entries"); //$NON-NLS-1$

        // A restart: a new store reads the same entries, with everything the view shows.
        ResultsHistory reloaded = new ResultsHistory(new WorkspaceLocations());
        reloaded.reload();
        List<HistoryEntry> restored = entriesOf(reloaded, location);
        assertEquals(5, restored.size());
        HistoryEntry restoredSquare = block(restored, "square_dimension"); //$NON-NLS-1$
        assertEquals(square.presentation().figures(), restoredSquare.presentation().figures());
        assertEquals(square.presentation().json(), restoredSquare.presentation().json());
        assertEquals(square.presentation().charts().size(), restoredSquare.presentation().charts().size());

        // The singular values of the linear network (2,1,2): 4 parameters, rank 3, so one singular
        // value is zero and drawn at the floor far below the others: a log axis ticked 10⁻ⁿ, never
        // 0.00000000001.
        HistoryEntry linear = block(entries, "linear_dimension"); //$NON-NLS-1$
        history.select(List.of(linear));
        WorkbenchTest.waitFor(() -> results.shownEntry() == linear, "the selected entry is shown"); //$NON-NLS-1$
        assertEquals(3L, linear.presentation().json().get("dimension").getAsLong()); //$NON-NLS-1$
        DeclaredChart spectrum = results.charts().charts().stream()
                .filter(chart -> chart.shown().y().scale() == ResultChart.Scale.LOG).findFirst().orElseThrow();
        results.charts().select(results.charts().charts().indexOf(spectrum));
        dispatch();
        IAxis y = spectrum.control().getAxisSet().getYAxis(0);
        assertTrue(y.isLogScaleEnabled());
        List<String> labels = new ArrayList<>();
        for (double value : y.getTick().getTickLabelValues()) {
            String label = DeclaredChart.tickLabel(y, value);
            if (!label.isEmpty()) {
                labels.add(label);
            }
        }
        assertFalse(labels.isEmpty());
        assertTrue(labels.stream().allMatch(label -> POWER_OF_TEN.matcher(label).matches()), labels::toString);
        assertTrue(labels.stream().anyMatch(label -> label.startsWith("10⁻")), () -> labels + " on " + y.getRange()); //$NON-NLS-1$
        assertEquals("index", spectrum.control().getAxisSet().getXAxis(0).getTitle().getText(), //$NON-NLS-1$
                "the declared axis title, not SWTChart's \"X Axis\""); //$NON-NLS-1$

        // Export into the project, named by analysis and subject; a second export overwrites nothing.
        history.select(List.of(square));
        WorkbenchTest.waitFor(() -> results.shownEntry() == square, "the selected entry is shown"); //$NON-NLS-1$
        assertTrue(results.exportAction().isEnabled());
        List<Path> exported = results.exportShown();
        Path project = talk.getProject().getLocation().toPath();
        assertEquals(List.of(project.resolve("dimension-square_mlp.json"), project.resolve("dimension-square_mlp-primeRanks.csv"), //$NON-NLS-1$ //$NON-NLS-2$
                project.resolve("dimension-square_mlp-singularValues.png"), //$NON-NLS-1$
                project.resolve("dimension-square_mlp-singularValues.svg")), exported); //$NON-NLS-1$
        assertTrue(Files.readString(exported.get(1)).startsWith("prime,rank\r\n"), "the table as CSV"); //$NON-NLS-1$ //$NON-NLS-2$
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(exported.get(2).toFile());
        assertNotNull(png, "a PNG was written"); //$NON-NLS-1$
        assertEquals(1000, png.getWidth());
        String svg = Files.readString(exported.get(3));
        assertTrue(svg.startsWith("<svg") || svg.startsWith("<?xml"), "an SVG document"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(svg.contains("numerical rank 3"), "the labelled rank marker in the SVG too"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Path> again = results.exportShown();
        assertEquals(project.resolve("dimension-square_mlp-2.json"), again.get(0), "never overwritten"); //$NON-NLS-1$

        // Compare the square and the cubic network: dimension 3 against 4.
        HistoryEntry cubic = block(entries, "cubic_dimension"); //$NON-NLS-1$
        history.select(List.of(square, cubic));
        CompareView compare = history.compareSelected();
        assertNotNull(compare);
        Comparison comparison = compare.comparison();
        // the older run is A; the talk's blocks run as concurrent jobs, so either may have started first
        boolean squareIsA = !square.started().isAfter(cubic.started());
        String a = squareIsA ? "3" : "4"; //$NON-NLS-1$ //$NON-NLS-2$
        String b = squareIsA ? "4" : "3"; //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(comparison.rows().stream().anyMatch(row -> row.differs() && row.left().startsWith(a)
                && row.right().startsWith(b)), comparison.rows()::toString);
        assertTrue(comparison.rows().stream().anyMatch(row -> !row.differs()), "equal figures are not marked"); //$NON-NLS-1$
        ResultChart overlaid = compare.charts().charts().get(0).shown();
        assertTrue(overlaid.layers().stream().anyMatch(layer -> layer.name().startsWith("A: ")) //$NON-NLS-1$
                && overlaid.layers().stream().anyMatch(layer -> layer.name().startsWith("B: ")), "both overlaid"); //$NON-NLS-1$ //$NON-NLS-2$
        Screenshots.save(page, "workbench-compare.png"); //$NON-NLS-1$
        history.select(List.of(block(entries, "quartic_edd"))); //$NON-NLS-1$
        page.showView(ResultsView.ID);
        dispatch();
        Screenshots.save(page, "workbench-result.png"); //$NON-NLS-1$

        // Editing the model makes its entries stale.
        assertFalse(ResultsHistory.isStale(square));
        talk.appendContents(new ByteArrayInputStream("\n# edited\n".getBytes(StandardCharsets.UTF_8)), IResource.FORCE, //$NON-NLS-1$
                null);
        assertTrue(ResultsHistory.isStale(square));
        WorkbenchTest.waitFor(() -> history.rowTexts().stream().filter(row -> row.contains("talk.nalg")) //$NON-NLS-1$
                .limit(5).allMatch(row -> row.contains("stale")), "the rows say stale"); //$NON-NLS-1$
    }

    @Test
    void aCanceledRunLeavesACanceledEntryAndNothingOfAnotherResult() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ResultsView results = (ResultsView) page.showView(ResultsView.ID);
        HistoryEntry finished = new HistoryEntry(Instant.now(), 1, null, null, "quartic", "edd", "ED degree", 3, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                HistoryEntry.Status.CERTIFIED, "", null, presentation(), null); //$NON-NLS-1$
        results.show(finished);
        assertEquals("14", results.summaryRows().get(0).value()); //$NON-NLS-1$
        assertEquals(1, results.charts().charts().size());

        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setKind("train"); //$NON-NLS-1$
        spec.setName("waits_for_cancel"); //$NON-NLS-1$
        AnalysisJob job = new AnalysisJob(new WaitsForCancel(), new AnalysisRequest(spec));
        job.schedule();
        WorkbenchTest.waitFor(() -> results.statusText().startsWith("Running"), "the run is shown"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), results.summaryRows(), "nothing of the previous result while running"); //$NON-NLS-1$
        job.cancel();
        job.join();
        WorkbenchTest.waitFor(() -> results.shownEntry() != null
                && "waits_for_cancel".equals(results.shownEntry().block()), "the canceled entry is shown"); //$NON-NLS-1$ //$NON-NLS-2$
        HistoryEntry canceled = results.shownEntry();
        assertEquals(HistoryEntry.Status.CANCELED, canceled.status());
        assertTrue(HistoryRecorder.get().history().entries().contains(canceled), "kept in the history"); //$NON-NLS-1$
        assertEquals(List.of(new ResultsView.SummaryRow("Status", "canceled: stopped at your request", "", "canceled")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                results.summaryRows(), "no figure of another result"); //$NON-NLS-1$
        assertEquals(List.of(), results.charts().charts(), "no chart of another result"); //$NON-NLS-1$
        assertEquals(List.of(), results.tables().tables());
        assertFalse(results.exportAction().isEnabled(), "nothing to export"); //$NON-NLS-1$
        assertTrue(results.statusText().contains("canceled"), results.statusText()); //$NON-NLS-1$
    }

    private static Presentation presentation() {
        ResultChart chart = new ResultChart("spectrum", "Singular values", ResultChart.Axis.integer("index"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                ResultChart.Axis.log("value"), //$NON-NLS-1$
                List.of(PictureLayer.points("σ", new double[] { 1, 2 }, new double[] { 1, 1e-12 })), List.of()); //$NON-NLS-1$
        return new Presentation("edd", "quartic", Provenance.of(true, "by hand", 3, 1), List.of(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of(ResultFigure.of("edDegree", "ED degree", 14L, ResultFigure.Evidence.CERTIFIED)), List.of(), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(chart), null);
    }

    /** Runs until canceled. */
    private static final class WaitsForCancel implements IAnalysis {
        @Override
        public String id() {
            return "train"; //$NON-NLS-1$
        }

        @Override
        public String label() {
            return "waits for cancel"; //$NON-NLS-1$
        }

        @Override
        public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
            return run(request, monitor, PartialResults.NONE);
        }

        @Override
        public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor, PartialResults partials)
                throws AnalysisException {
            long deadline = System.currentTimeMillis() + 20_000;
            while (!monitor.isCanceled() && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            throw new AnalysisException(AnalysisException.Kind.CANCELED, "stopped at your request"); //$NON-NLS-1$
        }
    }

    private static List<HistoryEntry> entriesOf(ResultsHistory history, String file) {
        return history.entries().stream().filter(entry -> file.equals(entry.file())).toList();
    }

    private static HistoryEntry block(List<HistoryEntry> entries, String block) {
        return entries.stream().filter(entry -> block.equals(entry.block())).findFirst().orElseThrow();
    }

    private static void dispatch() {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.sleep();
                display.wake();
            }
        }
    }

    private static IFile copyTalk(String name) throws CoreException, java.io.IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name + System.nanoTime());
        project.create(null);
        project.open(null);
        IFile file = project.getFile(Examples.TALK);
        try (InputStream in = Examples.url(Examples.TALK).openStream()) {
            file.create(in, true, null);
        }
        return file;
    }

    private static ILaunchConfigurationWorkingCopy configuration(IFile file, String block) throws CoreException {
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null, "history-test"); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.FILE, file.getFullPath().toString());
        copy.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, block);
        return copy;
    }
}
