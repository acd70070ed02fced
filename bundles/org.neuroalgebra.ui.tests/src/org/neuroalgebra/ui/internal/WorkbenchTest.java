// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.PartialResults;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.ResultPicture;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.launch.AnalysisJob;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.ui.internal.history.Presentation;
import org.neuroalgebra.ui.internal.views.DeclaredChart;
import org.neuroalgebra.ui.internal.views.HistoryView;
import org.neuroalgebra.ui.internal.views.ResultsView;

import com.google.gson.JsonObject;

/** Drives the real workbench: the perspective, a launch configuration, the results view. */
class WorkbenchTest {

    @Test
    void perspectiveOpensWithTheResultsView() throws WorkbenchException {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        assertEquals(NeuroalgebraPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(ResultsView.ID), "the perspective shows the results view");
        assertNotNull(page.findView(HistoryView.ID), "and the results history");
    }

    @Test
    void launchedDimensionAnalysisAppearsInTheView() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IViewPart part = page.showView(ResultsView.ID);
        ResultsView view = (ResultsView) part;

        List<AnalysisJob> jobs = AnalysisLaunchDelegate.createJobs(configuration("square_mlp")); //$NON-NLS-1$
        assertEquals(1, jobs.size());
        AnalysisJob job = jobs.get(0);
        // what the view showed before (another test's run) must not pass for this run's result
        java.time.Instant before = java.time.Instant.now();
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), () -> job.getResult().toString());

        waitFor(() -> view.shownEntry() != null && !view.shownEntry().started().isBefore(before), "the result is shown"); //$NON-NLS-1$
        Presentation shown = view.shown();
        assertEquals("dimension", shown.analysisId()); //$NON-NLS-1$
        assertEquals("square_mlp", shown.subject()); //$NON-NLS-1$
        // docs/MATHEMATICS.md §3: sigma = x^2, widths (2,2,1) fills the binary quadrics, dimension 3, certified.
        assertEquals(3, shown.json().get("dimension").getAsInt()); //$NON-NLS-1$
        assertTrue(shown.provenance().certified());
        assertTrue(view.statusText().contains("certified"), view.statusText()); //$NON-NLS-1$
        assertTrue(view.charts().charts().get(0).control().getSeriesSet().getSeries().length > 0,
                "the singular values are charted");
    }

    @Test
    void chartsExportAsPngOfTheRequestedSize() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ResultsView view = (ResultsView) page.showView(ResultsView.ID);
        // A log-scale spectrum with a rank marker, many curves on one axis (training runs), a picture.
        ResultSeries spectrum = new ResultSeries("singular values", "index", "value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new double[] { 3, 1, 0.5, 1e-15, 0 }, true, 3);
        List<ResultSeries> curves = new java.util.ArrayList<>();
        for (int run = 0; run < 20; run++) {
            double[] loss = new double[5000];
            for (int step = 0; step < loss.length; step++) {
                loss[step] = 1.0 / (1 + step * (run + 1));
            }
            curves.add(new ResultSeries("loss", "step", "loss", loss, true, -1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        List<ResultSeries> series = new java.util.ArrayList<>(curves);
        series.add(spectrum);
        ResultPicture histogram = ResultPicture.categorical("end strata", "stratum", "runs", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List.of("smooth", "boundary"), List.of(PictureLayer.bars("runs", new double[] { 0, 1 }, new double[] { 12, 8 }))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        view.showPartial(new Charts(series, List.of(histogram)));
        assertEquals(3, view.charts().charts().size(), "loss curves, spectrum, histogram"); //$NON-NLS-1$
        for (int tab = 0; tab < view.charts().charts().size(); tab++) {
            // Export draws what the screen shows: the chart of the selected tab, as the view's action does.
            view.charts().select(tab);
            while (Display.getCurrent().readAndDispatch()) {
                // let the tab lay out and paint
            }
            DeclaredChart chart = view.charts().selected();
            Path png = Files.createTempFile("chart", ".png"); //$NON-NLS-1$ //$NON-NLS-2$
            chart.exportPng(png.toString(), 640, 400);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertNotNull(image, "a PNG was written");
            assertEquals(640, image.getWidth());
            assertEquals(400, image.getHeight());
            assertTrue(distinctColours(image) > 2, "the chart is drawn, not blank");
        }
    }

    @Test
    void partialResultsShowInPlaceWhileTheJobRuns() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ResultsView view = (ResultsView) page.showView(ResultsView.ID);
        CountDownLatch release = new CountDownLatch(1);
        ResultPicture first = histogram(1);
        IAnalysis slow = new IAnalysis() {
            @Override
            public String id() {
                return "train"; //$NON-NLS-1$
            }

            @Override
            public String label() {
                return "publishes, then waits"; //$NON-NLS-1$
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) {
                return run(request, monitor, PartialResults.NONE);
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor, PartialResults partials) {
                partials.publish(new Charts(List.of(), List.of(first)));
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new Charts(List.of(), List.of(histogram(2)));
            }
        };
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setKind("train"); //$NON-NLS-1$
        AnalysisJob job = new AnalysisJob(slow, new AnalysisRequest(spec));
        job.schedule();
        waitFor(view::isPartial, "the partial result is shown"); //$NON-NLS-1$
        assertTrue(view.statusText().startsWith("running…, partial"), view.statusText()); //$NON-NLS-1$
        DeclaredChart chart = view.charts().charts().get(0);
        assertEquals(first.title() + " (running, partial result)", chart.control().getTitle().getText(), //$NON-NLS-1$
                "a partial result is marked as such on its charts"); //$NON-NLS-1$
        release.countDown();
        job.join();
        waitFor(() -> !view.isPartial(), "the final result replaces it"); //$NON-NLS-1$
        assertSame(chart, view.charts().charts().get(0), "the chart is updated in place"); //$NON-NLS-1$
        assertEquals(histogram(2).title(), chart.control().getTitle().getText());
    }

    private static ResultPicture histogram(int runs) {
        return ResultPicture.categorical("End strata of " + runs + " runs", "stratum", "runs", List.of("smooth"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                List.of(PictureLayer.bars("runs", new double[] { 0 }, new double[] { runs }))); //$NON-NLS-1$
    }

    static void waitFor(BooleanSupplier condition, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
                display.wake();
            }
        }
        assertTrue(condition.getAsBoolean(), what + " within 10 s"); //$NON-NLS-1$
    }

    /** A result that only has charts. */
    private record Charts(List<ResultSeries> series, List<ResultPicture> pictures) implements AnalysisResult {
        @Override
        public String analysisId() {
            return "train"; //$NON-NLS-1$
        }

        @Override
        public String subject() {
            return "charts"; //$NON-NLS-1$
        }

        @Override
        public Provenance provenance() {
            return Provenance.of(certified(), method(), seed(), seconds());
        }

        @Override
        public boolean certified() {
            return false;
        }

        @Override
        public String method() {
            return "none"; //$NON-NLS-1$
        }

        @Override
        public long seed() {
            return 0;
        }

        @Override
        public double seconds() {
            return 0;
        }

        @Override
        public List<String> summary() {
            return List.of();
        }

        @Override
        public JsonObject toJson() {
            return new JsonObject();
        }
    }

    private static int distinctColours(java.awt.image.BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static ILaunchConfigurationWorkingCopy configuration(String subject) throws CoreException, IOException {
        Path file = Files.createTempFile("talk", ".nalg"); //$NON-NLS-1$ //$NON-NLS-2$
        try (InputStream in = Examples.class.getResourceAsStream("/examples/talk.nalg")) { //$NON-NLS-1$
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null, "test-" + subject); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.FILE, file.toString());
        copy.setAttribute(LaunchAttributes.ANALYSIS_ID, "dimension"); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.SUBJECT, subject);
        copy.setAttribute(LaunchAttributes.SEED, "5"); //$NON-NLS-1$
        return copy;
    }

}
