// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.launch.AnalysisJob;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;
import org.neuroalgebra.ui.internal.views.ResultsView;

/** Drives the real workbench: the perspective, a launch configuration, the results view. */
class WorkbenchTest {

    @Test
    void perspectiveOpensWithTheResultsView() throws WorkbenchException {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        assertEquals(NeuroalgebraPerspective.ID, page.getPerspective().getId());
        assertNotNull(page.findView(ResultsView.ID), "the perspective shows the results view");
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
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), () -> job.getResult().toString());

        AnalysisResult shown = waitForResult(view);
        assertEquals("dimension", shown.analysisId()); //$NON-NLS-1$
        assertEquals("square_mlp", shown.subject()); //$NON-NLS-1$
        // MATH.md §3: sigma = x^2, widths (2,2,1) fills the binary quadrics, dimension 3, certified.
        assertEquals(3, shown.toJson().get("dimension").getAsInt()); //$NON-NLS-1$
        assertTrue(shown.certified());
        assertTrue(view.chart().control().getSeriesSet().getSeries().length > 0, "the singular values are charted");
    }

    @Test
    void chartsExportAsPngOfTheRequestedSize() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(NeuroalgebraPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        ResultsView view = (ResultsView) page.showView(ResultsView.ID);
        // A log-scale spectrum with a rank marker, and many curves on one axis (training runs).
        List<ResultSeries> spectrum = List.of(new ResultSeries("singular values", "index", "value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new double[] { 3, 1, 0.5, 1e-15 }, true, 3));
        List<ResultSeries> curves = new java.util.ArrayList<>();
        for (int run = 0; run < 20; run++) {
            double[] loss = new double[5000];
            for (int step = 0; step < loss.length; step++) {
                loss[step] = 1.0 / (1 + step * (run + 1));
            }
            curves.add(new ResultSeries("loss", "step", "loss", loss, true, -1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (List<ResultSeries> series : List.of(spectrum, curves)) {
            view.chart().show(series);
            Path png = Files.createTempFile("chart", ".png"); //$NON-NLS-1$ //$NON-NLS-2$
            view.chart().exportPng(png.toString(), 640, 400);
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
            assertNotNull(image, "a PNG was written");
            assertEquals(640, image.getWidth());
            assertEquals(400, image.getHeight());
            assertTrue(distinctColours(image) > 2, "the chart is drawn, not blank");
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

    private static AnalysisResult waitForResult(ResultsView view) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 10_000;
        while (view.shownResult() == null && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.sleep();
                display.wake();
            }
        }
        assertNotNull(view.shownResult(), "the view received the result within 10 s");
        return view.shownResult();
    }
}
