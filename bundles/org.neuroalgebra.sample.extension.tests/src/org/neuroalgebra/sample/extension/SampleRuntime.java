// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisRequests;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.ModelFiles;
import org.neuroalgebra.analysis.ModelFiles.LoadedModel;
import org.neuroalgebra.model.NeuroalgebraModel;
import org.neuroalgebra.model.layers.LayerKindRegistry;
import org.neuroalgebra.sample.extension.residual.ResidualKind;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The test runtime as a user has it: the sample's services registered by Declarative Services
 * (the residual layer kind, the degree analysis) beside the built-in analyses, models read from
 * {@code .nalg} files with {@link ModelFiles} and run through the {@link AnalysisRegistry}.
 */
public final class SampleRuntime {

    private static final long WAIT_MILLIS = TimeUnit.SECONDS.toMillis(20);

    private SampleRuntime() {
    }

    /** @return the analysis registry, once the residual kind and the degree analysis are registered */
    public static AnalysisRegistry registry() {
        BundleContext context = FrameworkUtil.getBundle(ResidualKind.class).getBundleContext();
        assertNotNull(context, "the sample bundle is active"); //$NON-NLS-1$
        ServiceTracker<AnalysisRegistry, AnalysisRegistry> tracker = new ServiceTracker<>(context, AnalysisRegistry.class,
                null);
        tracker.open();
        try {
            AnalysisRegistry registry = tracker.waitForService(WAIT_MILLIS);
            assertNotNull(registry, "Declarative Services registered the analysis registry"); //$NON-NLS-1$
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            while ((registry.find("degree").isEmpty() || registry.find("dimension").isEmpty() //$NON-NLS-1$ //$NON-NLS-2$
                    || LayerKindRegistry.shared().find(ResidualKind.KEYWORD) == null)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertNotNull(LayerKindRegistry.shared().find(ResidualKind.KEYWORD),
                    () -> "residual is not installed: " + LayerKindRegistry.shared().keywords()); //$NON-NLS-1$
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    /** @return a file holding the text */
    public static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file loaded and validated against the registry */
    public static LoadedModel load(Path file) {
        return ModelFiles.load(file, AnalysisRequest.DEFAULT_MONOMIAL_LIMIT, registry());
    }

    /** @return the model of a file that must have no problem */
    public static NeuroalgebraModel valid(Path file) {
        LoadedModel loaded = load(file);
        assertEquals(List.of(), loaded.problems());
        return loaded.model();
    }

    /** Runs an analysis block of the model through the registry, as the command line does. */
    public static AnalysisResult run(NeuroalgebraModel model, String block) throws AnalysisException {
        AnalysisRequest request = new AnalysisRequest(AnalysisRequests.block(model, block, null));
        IAnalysis analysis = registry().find(request.analysisId())
                .orElseThrow(() -> new AssertionError("not installed: " + request.analysisId())); //$NON-NLS-1$
        return analysis.run(request, ProgressMonitor.NULL);
    }
}
