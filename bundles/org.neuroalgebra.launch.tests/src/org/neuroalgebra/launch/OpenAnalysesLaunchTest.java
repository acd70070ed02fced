// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.launch.internal.AnalysisLaunchDelegate;

/**
 * Analyses are open: one registered only here ({@link CountingAnalysis}, id {@code testcount})
 * runs from a file's block and from a configuration of the general type with its settings; an
 * unknown id is refused with its position and the installed ids; configurations of the old
 * types of one analysis still run, and migrate to the general type.
 */
class OpenAnalysesLaunchTest {

    private static final String MODEL = """
            variety cone {
              coordinates a b c
              equation a^2 + b^2 - c^2 = 0
            }
            architecture square {
              input 2
              dense 2
              activation x^2
              dense 1
            }
            analysis counted {
              testcount of cone times=2
            }
            """;

    @TempDir
    Path directory;

    private final CountingAnalysis counting = new CountingAnalysis();
    private AnalysisRegistry registry;

    @BeforeEach
    void install() throws CoreException {
        registry = InstalledAnalyses.registry();
        registry.add(counting);
    }

    @AfterEach
    void uninstall() {
        registry.remove(counting);
    }

    private Path file(String text) throws IOException {
        return Files.writeString(directory.resolve("m.nalg"), text); //$NON-NLS-1$
    }

    private static ILaunchConfigurationWorkingCopy configuration(Path file, String typeId, String name)
            throws CoreException {
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(typeId).newInstance(null, name);
        copy.setAttribute(LaunchAttributes.FILE, file.toString());
        return copy;
    }

    private static int count(AnalysisJob job) throws InterruptedException {
        job.schedule();
        job.join();
        assertTrue(job.getResult().isOK(), () -> job.getResult().toString());
        return job.result().toJson().get("count").getAsInt(); //$NON-NLS-1$
    }

    @Test
    void aBlockOfAnAnalysisTheCoreDoesNotKnowRuns() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = configuration(file(MODEL), LaunchAttributes.TYPE_ID, "block"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, "counted"); //$NON-NLS-1$
        // three coordinates, counted twice
        assertEquals(6, count(AnalysisLaunchDelegate.createJobs(configuration).get(0)));
    }

    @Test
    void theGeneralTypeRunsItWithTheSettingsOfTheForm() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = configuration(file(MODEL), LaunchAttributes.TYPE_ID, "form"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.ANALYSIS_ID, CountingAnalysis.ID);
        configuration.setAttribute(LaunchAttributes.SUBJECT, "cone"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.SETTINGS, Map.of("times", "5")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(15, count(AnalysisLaunchDelegate.createJobs(configuration).get(0)));

        configuration.setAttribute(LaunchAttributes.SETTINGS, Map.of("times", "11")); //$NON-NLS-1$ //$NON-NLS-2$
        CoreException tooMany = assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(configuration));
        assertTrue(tooMany.getMessage().contains("option times=11: expected an integer from 1 to 10"), tooMany::getMessage); //$NON-NLS-1$

        configuration.setAttribute(LaunchAttributes.SETTINGS, (Map<String, String>) null);
        configuration.setAttribute(LaunchAttributes.SUBJECT, "square"); //$NON-NLS-1$
        CoreException architecture = assertThrows(CoreException.class,
                () -> AnalysisLaunchDelegate.createJobs(configuration));
        assertTrue(architecture.getMessage().contains("a testcount analysis needs a variety, but 'square' is an architecture"), //$NON-NLS-1$
                architecture::getMessage);
    }

    @Test
    void anUnknownIdIsRefusedAtItsPositionWithTheInstalledOnes() throws Exception {
        Path file = file(MODEL.replace("testcount of cone", "tsetcount of cone")); //$NON-NLS-1$ //$NON-NLS-2$
        ILaunchConfigurationWorkingCopy configuration = configuration(file, LaunchAttributes.TYPE_ID, "unknown"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        CoreException e = assertThrows(CoreException.class, () -> AnalysisLaunchDelegate.createJobs(configuration));
        String installed = String.join(", ", registry.analysisIds()); //$NON-NLS-1$
        assertTrue(installed.contains("dimension") && installed.contains(CountingAnalysis.ID), installed); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("m.nalg:12:3: unknown analysis 'tsetcount' (installed: " + installed + ")"), //$NON-NLS-1$ //$NON-NLS-2$
                e::getMessage);
    }

    @Test
    void runAsOnASubjectRunsTheBlocksAboutIt() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = configuration(file(MODEL + """
                analysis square_dimension {
                  dimension of square
                }
                """), LaunchAttributes.TYPE_ID, "subject"); //$NON-NLS-1$
        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        configuration.setAttribute(LaunchAttributes.SUBJECT, "cone"); //$NON-NLS-1$
        List<AnalysisJob> jobs = AnalysisLaunchDelegate.createJobs(configuration);
        assertEquals(List.of(CountingAnalysis.ID), jobs.stream().map(job -> job.request().analysisId()).toList());
    }

    @Test
    void onlyTheGeneralTypeIsOfferedAndOnlyToRun() {
        var manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType general = manager.getLaunchConfigurationType(LaunchAttributes.TYPE_ID);
        assertTrue(general.isPublic());
        assertTrue(general.supportsMode("run")); //$NON-NLS-1$
        assertFalse(general.supportsMode("debug")); //$NON-NLS-1$
        ILaunchConfigurationType old = manager.getLaunchConfigurationType(LaunchAttributes.typeFor("dimension")); //$NON-NLS-1$
        assertNotNull(old, "kept for configurations made with it"); //$NON-NLS-1$
        assertFalse(old.isPublic());
    }

    @Test
    void anOldConfigurationOfOneAnalysisStillRunsAndMigrates() throws Exception {
        Path talk = directory.resolve("talk.nalg"); //$NON-NLS-1$
        try (InputStream in = Examples.url(Examples.TALK).openStream()) {
            Files.copy(in, talk);
        }
        ILaunchConfigurationWorkingCopy old = configuration(talk, LaunchAttributes.typeFor("dimension"), "old dimension"); //$NON-NLS-1$ //$NON-NLS-2$
        old.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        ILaunchConfiguration saved = old.doSave();
        // the type of one analysis runs only the file's blocks of it
        List<AnalysisJob> before = AnalysisLaunchDelegate.createJobs(saved);
        assertEquals(List.of("dimension", "dimension", "dimension", "dimension"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                before.stream().map(job -> job.request().analysisId()).toList(), "the talk's four dimension blocks"); //$NON-NLS-1$
        before.get(0).schedule();
        before.get(0).join();
        // docs/MATHEMATICS.md §3: square_mlp has dimension 3
        assertEquals(3, before.get(0).result().toJson().get("dimension").getAsInt()); //$NON-NLS-1$

        ILaunchConfiguration migrated = LaunchAttributes.migrate(saved);
        try {
            assertEquals(LaunchAttributes.TYPE_ID, migrated.getType().getIdentifier());
            assertEquals("old dimension", migrated.getName()); //$NON-NLS-1$
            ILaunchConfigurationType oldType = DebugPlugin.getDefault().getLaunchManager()
                    .getLaunchConfigurationType(LaunchAttributes.typeFor("dimension")); //$NON-NLS-1$
            assertEquals(0, DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(oldType).length,
                    "the old configuration is replaced, not copied"); //$NON-NLS-1$
            List<AnalysisJob> jobs = AnalysisLaunchDelegate.createJobs(migrated);
            assertEquals(before.stream().map(AnalysisJob::getName).toList(), jobs.stream().map(AnalysisJob::getName).toList(),
                    "the same blocks as before"); //$NON-NLS-1$
        } finally {
            migrated.delete();
        }
    }
}
