// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
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

/** Launch configurations become jobs that run real analyses, report them, and can be canceled. */
class AnalysisLaunchTest {

    @TempDir
    Path directory;

    @Test
    void everyBlockOfTheTalkBecomesAJobAndReportsItsResult() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = configuration(talk());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        List<AnalysisJob> jobs = AnalysisLaunchDelegate.createJobs(configuration);
        assertEquals(5, jobs.size(), "four dimension blocks and the quartic's ED degree"); //$NON-NLS-1$
        // Jobs a user can tell apart in the Progress view: analysis, subject, block and file.
        assertEquals(5, jobs.stream().map(AnalysisJob::getName).distinct().count(), jobs::toString);
        assertEquals("Dimension of the neuromanifold: square_mlp (square_dimension, talk.nalg)", jobs.get(0).getName()); //$NON-NLS-1$

        List<AnalysisResult> reported = new CopyOnWriteArrayList<>();
        AnalysisResultListener listener = new Recorder(reported);
        AnalysisRuns.addListener(listener);
        try {
            AnalysisJob square = jobs.get(0);
            square.schedule();
            square.join();
            assertTrue(square.getResult().isOK(), () -> square.getResult().toString());
            // docs/MATHEMATICS.md §3: square_mlp has dimension 3.
            assertEquals(3, square.result().toJson().get("dimension").getAsInt()); //$NON-NLS-1$
            assertEquals(List.of(square.result()), reported);
            assertTrue(AnalysisRuns.lastResult() == square.result());
        } finally {
            AnalysisRuns.removeListener(listener);
        }
    }

    @Test
    void aConfigurationNamingASubjectRunsThatAnalysisWithItsSeed() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = configuration(talk());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, "dimension"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.SUBJECT, "defective_22341"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.SEED, "42"); //$NON-NLS-1$
        AnalysisJob job = AnalysisLaunchDelegate.createJobs(configuration).get(0);
        job.schedule();
        job.join();
        // docs/MATHEMATICS.md §3: sigma = x^2, widths (2,2,3,4,1) has dimension 7 although 9 is expected.
        assertEquals(7, job.result().toJson().get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(42, job.result().seed());
    }

    @Test
    void aConfigurationOfOneAnalysisRunsOnlyThatAnalysis() throws Exception {
        ILaunchConfigurationWorkingCopy all = configuration(talk(), LaunchAttributes.typeFor("edd")); //$NON-NLS-1$
        all.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        List<AnalysisJob> jobs = AnalysisLaunchDelegate.createJobs(all);
        assertEquals(List.of("edd"), jobs.stream().map(job -> job.request().analysisId()).toList(), //$NON-NLS-1$
                "of the talk's five blocks, the quartic's ED degree"); //$NON-NLS-1$

        ILaunchConfigurationWorkingCopy subject = configuration(talk(), LaunchAttributes.typeFor("dimension")); //$NON-NLS-1$
        subject.setAttribute(LaunchAttributes.ANALYSIS_ID, "edd"); //$NON-NLS-1$
        subject.setAttribute(LaunchAttributes.SUBJECT, "square_mlp"); //$NON-NLS-1$
        assertEquals("dimension", AnalysisLaunchDelegate.createJobs(subject).get(0).request().analysisId(), //$NON-NLS-1$
                "the type decides, not a stale attribute"); //$NON-NLS-1$

        ILaunchConfigurationWorkingCopy otherBlock = configuration(talk(), LaunchAttributes.typeFor("train")); //$NON-NLS-1$
        otherBlock.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, "quartic_edd"); //$NON-NLS-1$
        CoreException e = assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(otherBlock));
        assertTrue(e.getMessage().contains("edd analysis"), e.getMessage()); //$NON-NLS-1$

        ILaunchConfigurationWorkingCopy none = configuration(talk(), LaunchAttributes.typeFor("bias")); //$NON-NLS-1$
        none.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        e = assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(none));
        assertTrue(e.getMessage().contains("no bias analysis block"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void badConfigurationsAreRefusedWithTheReason() throws Exception {
        ILaunchConfigurationWorkingCopy missing = configuration(directory.resolve("absent.nalg")); //$NON-NLS-1$
        missing.setAttribute(LaunchAttributes.SUBJECT, "square_mlp"); //$NON-NLS-1$
        CoreException e = assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(missing));
        assertTrue(e.getMessage().contains("absent.nalg"), e.getMessage()); //$NON-NLS-1$

        ILaunchConfigurationWorkingCopy badSeed = configuration(talk());
        badSeed.setAttribute(LaunchAttributes.SUBJECT, "square_mlp"); //$NON-NLS-1$
        badSeed.setAttribute(LaunchAttributes.SEED, "seven"); //$NON-NLS-1$
        assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(badSeed));

        Path broken = directory.resolve("broken.nalg"); //$NON-NLS-1$
        Files.writeString(broken, "architecture a {\n  input 2\n  dense -2\n}\n"); //$NON-NLS-1$
        ILaunchConfigurationWorkingCopy syntax = configuration(broken);
        syntax.setAttribute(LaunchAttributes.SUBJECT, "a"); //$NON-NLS-1$
        CoreException error = assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(syntax));
        assertTrue(error.getMessage().contains("broken.nalg:3:9"), error.getMessage()); //$NON-NLS-1$

        // Settings are checked for every block before any job exists, as on the command line.
        Path settings = directory.resolve("settings.nalg"); //$NON-NLS-1$
        Files.writeString(settings, "architecture a {\n  input 2\n  dense 1 bias=false\n}\n" //$NON-NLS-1$
                + "analysis fine {\n  dimension of a\n}\n" //$NON-NLS-1$
                + "analysis typo {\n  dimension of a\n  frob=3\n}\n"); //$NON-NLS-1$
        ILaunchConfigurationWorkingCopy all = configuration(settings);
        all.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        CoreException unknown = assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(all));
        assertTrue(unknown.getMessage().contains("settings.nalg:10:3: unknown option 'frob' for the dimension analysis"), //$NON-NLS-1$
                unknown.getMessage());
    }

    @Test
    void cancelingTheJobStopsTheAnalysisAndSaysSo() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        IAnalysis waitsForCancel = new IAnalysis() {
            @Override
            public String id() {
                return "dimension"; //$NON-NLS-1$
            }

            @Override
            public String label() {
                return "waits until canceled"; //$NON-NLS-1$
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
                running.countDown();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (!monitor.isCanceled() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                throw new AnalysisException(AnalysisException.Kind.CANCELED, "canceled"); //$NON-NLS-1$
            }
        };
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setKind("dimension"); //$NON-NLS-1$
        AnalysisJob job = new AnalysisJob(waitsForCancel, new AnalysisRequest(spec));
        job.schedule();
        assertTrue(running.await(10, TimeUnit.SECONDS));
        job.cancel();
        job.join();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
    }

    private Path talk() throws IOException {
        Path file = directory.resolve("talk.nalg"); //$NON-NLS-1$
        try (InputStream in = Examples.url(Examples.TALK).openStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static ILaunchConfigurationWorkingCopy configuration(Path file) throws CoreException {
        return configuration(file, LaunchAttributes.TYPE_ID);
    }

    private static ILaunchConfigurationWorkingCopy configuration(Path file, String typeId) throws CoreException {
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(typeId).newInstance(null, "test"); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.FILE, file.toString());
        return copy;
    }

    private record Recorder(List<AnalysisResult> results) implements AnalysisResultListener {
        @Override
        public void started(String runName) {
            assertNotNull(runName);
        }

        @Override
        public void finished(String runName, AnalysisResult result) {
            results.add(result);
        }

        @Override
        public void failed(String runName, String message) {
            // not expected in these tests; the assertions on the results catch it
        }
    }
}
