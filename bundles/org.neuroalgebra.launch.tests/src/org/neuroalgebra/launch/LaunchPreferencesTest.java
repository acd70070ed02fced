// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.NalgFactory;

/** Window > Preferences > Neuroalgebra: what a launch uses when its configuration and block say nothing. */
class LaunchPreferencesTest {

    @TempDir
    Path directory;

    private IEclipsePreferences instance;

    @BeforeEach
    void clearPreferences() throws Exception {
        instance = InstanceScope.INSTANCE.getNode(LaunchPreferences.NODE);
        instance.clear();
    }

    @AfterEach
    void restorePreferences() throws Exception {
        instance.clear();
        instance.flush();
    }

    @Test
    void defaultsAreTheCommandLinesAndAreInTheDefaultScope() {
        LaunchPreferences preferences = LaunchPreferences.current();
        assertEquals(new LaunchPreferences(1, "adaptive", 1, 0, BigInteger.TEN.pow(6), "project"), preferences); //$NON-NLS-1$ //$NON-NLS-2$
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(LaunchPreferences.NODE);
        assertEquals("1000000", defaults.get(LaunchPreferences.MONOMIAL_LIMIT, null)); //$NON-NLS-1$
        assertEquals("project", defaults.get(LaunchPreferences.RESULTS_LOCATION, null)); //$NON-NLS-1$
    }

    @Test
    void valuesOutOfRangeFallBackRatherThanBreakALaunch() {
        instance.put(LaunchPreferences.PRECISION, "quadruple"); //$NON-NLS-1$
        instance.putInt(LaunchPreferences.THREADS, 0);
        instance.put(LaunchPreferences.RESULTS_LOCATION, "elsewhere"); //$NON-NLS-1$
        LaunchPreferences preferences = LaunchPreferences.current();
        assertEquals("adaptive", preferences.precision()); //$NON-NLS-1$
        assertEquals(1, preferences.threads());
        assertEquals("project", preferences.resultsLocation()); //$NON-NLS-1$
    }

    @Test
    void preferredSeedAndMonomialLimitAreUsedUnlessTheConfigurationGivesASeed() throws Exception {
        instance.putLong(LaunchPreferences.SEED, 77);
        instance.putLong(LaunchPreferences.MONOMIAL_LIMIT, 5000);
        ILaunchConfigurationWorkingCopy configuration = configuration(copy(Examples.TALK));
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, "dimension"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.SUBJECT, "square_mlp"); //$NON-NLS-1$

        AnalysisRequest request = AnalysisLaunchDelegate.createJobs(configuration).get(0).request();
        assertEquals(77, request.seed());
        assertEquals(BigInteger.valueOf(5000), request.monomialLimit());

        configuration.setAttribute(LaunchAttributes.SEED, "42"); //$NON-NLS-1$
        assertEquals(42, AnalysisLaunchDelegate.createJobs(configuration).get(0).request().seed());
    }

    @Test
    void theSeedOfTheModelsBlockWinsOverThePreference() throws Exception {
        instance.putLong(LaunchPreferences.SEED, 77);
        ILaunchConfigurationWorkingCopy configuration = configuration(copy("datasets.nalg")); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, "cubic_train"); //$NON-NLS-1$ // 'seed 12'
        assertEquals(12, AnalysisLaunchDelegate.createJobs(configuration).get(0).request().seed());
    }

    @Test
    void preferredThreadsGoToAnalysesThatReadThemUnlessTheBlockSetsThem() throws Exception {
        instance.putInt(LaunchPreferences.THREADS, 3);
        Path file = copy("datasets.nalg"); //$NON-NLS-1$
        ILaunchConfigurationWorkingCopy configuration = configuration(file);
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, "cubic_train"); //$NON-NLS-1$
        assertEquals("3", AnalysisLaunchDelegate.createJobs(configuration).get(0).request().option("threads", null)); //$NON-NLS-1$ //$NON-NLS-2$

        Files.writeString(file, Files.readString(file).replace("  steps=2000\n", "  steps=2000\n  threads=2\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("2", AnalysisLaunchDelegate.createJobs(configuration).get(0).request().option("threads", null)); //$NON-NLS-1$ //$NON-NLS-2$

        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, "cubic_loss"); //$NON-NLS-1$
        assertFalse(AnalysisLaunchDelegate.createJobs(configuration).get(0).request().spec().getOptions()
                .containsKey("threads"), "loss declares no 'threads' setting, so none is added"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aJobLongerThanTheTimeLimitIsCanceled() throws Exception {
        LaunchPreferences oneSecond = new LaunchPreferences(1, "adaptive", 1, 1, BigInteger.TEN, "project"); //$NON-NLS-1$ //$NON-NLS-2$
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setKind("dimension"); //$NON-NLS-1$
        AnalysisJob job = oneSecond.limitTime(new AnalysisJob(new RunsUntilCanceled(), new AnalysisRequest(spec)));
        job.schedule();
        // the analysis ends only when canceled (or after 30 s with a result): CANCEL is the limit's doing
        assertTrue(job.join(60_000, null), "the job ended"); //$NON-NLS-1$
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
    }

    private static final class RunsUntilCanceled implements IAnalysis {
        @Override
        public String id() {
            return "dimension"; //$NON-NLS-1$
        }

        @Override
        public String label() {
            return "runs until canceled"; //$NON-NLS-1$
        }

        @Override
        public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!monitor.isCanceled() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            throw new AnalysisException(AnalysisException.Kind.CANCELED, "canceled"); //$NON-NLS-1$
        }
    }

    private Path copy(String example) throws IOException {
        Path file = directory.resolve(example);
        try (InputStream in = Examples.url(example).openStream()) {
            Files.copy(in, file);
        }
        return file;
    }

    private static ILaunchConfigurationWorkingCopy configuration(Path file) throws Exception {
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null, "preferences"); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.FILE, file.toString());
        return copy;
    }
}
