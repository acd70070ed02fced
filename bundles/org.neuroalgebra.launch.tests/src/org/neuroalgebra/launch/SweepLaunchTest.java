// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;
import org.neuroalgebra.sweep.SweepResult;
import org.neuroalgebra.sweep.SweepRow;
import org.osgi.framework.FrameworkUtil;

/**
 * A launch configuration whose block is a sweep runs it as a job that fills in row by row, and a
 * second launch resumes from the journal the first one kept. The family is the linear networks
 * (n, 1, m), n, m in 2..3: rank-one m × n matrices, of dimension m + n − 1 (docs/MATHEMATICS.md §1.2).
 */
class SweepLaunchTest {

    private static final String MODEL = """
            architecture single {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }

            analysis single_dimension {
              dimension of single seed 1
            }

            sweep rank_one {
              architecture {
                input [2..3]
                dense 1 bias=false
                dense [2..3] bias=false
              }
              run dimension seed 1
            }
            """;

    @TempDir
    Path directory;

    @BeforeEach
    void forgetEarlierSweeps() throws IOException {
        Path journals = Platform.getStateLocation(FrameworkUtil.getBundle(SweepJob.class)).toPath().resolve("sweeps"); //$NON-NLS-1$
        if (Files.isDirectory(journals)) {
            try (Stream<Path> files = Files.list(journals)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void aSweepFillsInRowByRowAndASecondLaunchResumesFromItsJournal() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = configuration(model());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, "rank_one"); //$NON-NLS-1$
        List<AnalysisResult> partials = new CopyOnWriteArrayList<>();
        List<AnalysisResult> finals = new CopyOnWriteArrayList<>();
        AnalysisResultListener listener = new AnalysisResultListener() {
            @Override
            public void partial(String runName, AnalysisResult partial) {
                partials.add(partial);
            }

            @Override
            public void finished(String runName, AnalysisResult result) {
                finals.add(result);
            }
        };
        AnalysisRuns.addListener(listener);
        try {
            SweepJob first = only(AnalysisLaunchDelegate.createSweepJobs(configuration));
            first.schedule();
            first.join();
            assertTrue(first.getResult().isOK(), () -> first.getResult().toString());
            SweepResult result = first.result();
            assertTrue(result.finished());
            assertTrue(result.certified(), result.summary()::toString);
            for (SweepRow row : result.rows()) {
                String[] nm = row.key().split(" "); //$NON-NLS-1$
                int n = Integer.parseInt(nm[0]);
                int m = Integer.parseInt(nm[1]);
                assertEquals(m + n - 1, row.figures().stream().filter(f -> f.key().equals("dimension")).findFirst() //$NON-NLS-1$
                        .orElseThrow().value().getAsInt(), row::toString);
            }
            // one partial result per member, each larger than the last
            assertEquals(4, partials.size());
            for (int i = 0; i < partials.size(); i++) {
                assertEquals(i + 1, ((SweepResult) partials.get(i)).rows().size());
            }
            assertEquals(List.of(result), finals);

            partials.clear();
            SweepJob second = only(AnalysisLaunchDelegate.createSweepJobs(configuration));
            second.schedule();
            second.join();
            // every member came from the journal: nothing ran, the rows are the same
            assertEquals(List.of(), partials);
            assertEquals(result.rows(), second.result().rows());
        } finally {
            AnalysisRuns.removeListener(listener);
        }
    }

    @Test
    void allBlocksOfAFileAreItsAnalysisBlocksAndItsSweeps() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = withBlock(LaunchAttributes.ALL_BLOCKS);
        assertEquals(List.of("single_dimension"), AnalysisLaunchDelegate.createJobs(configuration).stream() //$NON-NLS-1$
                .map(job -> job.request().spec().getName()).toList());
        assertEquals(1, AnalysisLaunchDelegate.createSweepJobs(configuration).size());
        // the blocks of one subject leave the sweeps out: a sweep has no subject
        configuration.setAttribute(LaunchAttributes.SUBJECT, "single"); //$NON-NLS-1$
        assertEquals(List.of(), AnalysisLaunchDelegate.createSweepJobs(configuration));
        // an analysis block is not a sweep
        assertEquals(List.of(), AnalysisLaunchDelegate.createSweepJobs(withBlock("single_dimension"))); //$NON-NLS-1$
    }

    private ILaunchConfigurationWorkingCopy withBlock(String block) throws IOException, CoreException {
        ILaunchConfigurationWorkingCopy configuration = configuration(model());
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, block);
        return configuration;
    }

    private static SweepJob only(List<SweepJob> jobs) {
        assertEquals(1, jobs.size());
        return jobs.get(0);
    }

    private Path model() throws IOException {
        Path file = directory.resolve("sweeps.nalg"); //$NON-NLS-1$
        Files.writeString(file, MODEL);
        return file;
    }

    private static ILaunchConfigurationWorkingCopy configuration(Path file) throws CoreException {
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null, "sweep"); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.FILE, file.toString());
        return copy;
    }
}
