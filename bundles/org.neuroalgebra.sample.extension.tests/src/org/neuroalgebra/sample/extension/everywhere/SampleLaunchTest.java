// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.everywhere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.launch.AnalysisResultListener;
import org.neuroalgebra.launch.AnalysisRuns;
import org.neuroalgebra.launch.LaunchAttributes;
import org.neuroalgebra.sample.extension.SampleRuntime;
import org.neuroalgebra.sample.extension.degree.DegreeAnalysis;

import com.google.gson.JsonObject;

/**
 * A launch configuration of the general analysis type runs the sample's {@code degree} analysis on
 * a {@code residual} architecture of a workspace file, and reports its result to the listeners the
 * results view uses, as it does for the built-in analyses.
 */
class SampleLaunchTest {

    private IProject project;

    @BeforeEach
    void createProject() throws CoreException, IOException {
        SampleRuntime.registry(); // the sample's services are registered
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        project = root.getProject("sample-launch"); //$NON-NLS-1$
        project.create(null);
        project.open(null);
        IFile file = project.getFile("residual.nalg"); //$NON-NLS-1$
        try (InputStream in = SampleLaunchTest.class.getResourceAsStream("/examples/residual.nalg")) { //$NON-NLS-1$
            assertNotNull(in, "examples/residual.nalg ships in the bundle"); //$NON-NLS-1$
            file.create(in, true, null);
        }
    }

    @AfterEach
    void deleteProject() throws CoreException {
        project.delete(true, true, null);
    }

    @Test
    void theGeneralTypeRunsTheDegreeOfAResidualArchitecture() throws Exception {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy configuration = manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID)
                .newInstance(null, "degree of skip"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.FILE, "/sample-launch/residual.nalg"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, DegreeAnalysis.ID);
        configuration.setAttribute(LaunchAttributes.SUBJECT, "skip"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.SEED, "1"); //$NON-NLS-1$

        CompletableFuture<AnalysisResult> reported = new CompletableFuture<>();
        AnalysisResultListener listener = new AnalysisResultListener() {
            @Override
            public void finished(String runName, AnalysisResult result) {
                reported.complete(result);
            }

            @Override
            public void failed(String runName, String message) {
                reported.completeExceptionally(new AssertionError(runName + ": " + message)); //$NON-NLS-1$
            }
        };
        AnalysisRuns.addListener(listener);
        try {
            configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
            AnalysisResult result = reported.get(60, TimeUnit.SECONDS);
            assertEquals(DegreeAnalysis.ID, result.analysisId());
            assertEquals("skip", result.subject()); //$NON-NLS-1$
            assertEquals(1, result.provenance().seed());
            JsonObject json = result.toJson();
            // examples/residual.nalg: x + w2 (w1 . x)^2 is a scroll of degree 4 and dimension 3
            assertEquals(4, json.get("degree").getAsLong(), json::toString); //$NON-NLS-1$
            assertEquals(3, json.get("dimension").getAsInt()); //$NON-NLS-1$
            assertTrue(json.has("certified"), json::toString); //$NON-NLS-1$
            assertEquals(List.of("degree"), result.figures().stream().limit(1).map(ResultFigure::key).toList()); //$NON-NLS-1$
        } finally {
            AnalysisRuns.removeListener(listener);
        }
    }
}
