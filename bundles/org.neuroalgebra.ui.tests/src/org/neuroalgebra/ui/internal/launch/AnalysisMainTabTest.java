// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.launch.InstalledAnalyses;
import org.neuroalgebra.launch.LaunchAttributes;

/**
 * The launch dialog's main tab lists an analysis registered only here and builds its settings
 * form from its declarations; a named block or {@code *} disables the analysis combo; the
 * dialog's checks report a value out of the declared range and a subject of the wrong kind.
 */
class AnalysisMainTabTest {

    private static final String MODEL = """
            variety cone {
              coordinates a b c
              equation a^2 + b^2 - c^2 = 0
            }
            architecture net {
              input 2
              dense 1
            }
            """;

    /** An analysis the core does not know. */
    private static final IAnalysis COUNTING = new IAnalysis() {
        @Override
        public String id() {
            return "testcount"; //$NON-NLS-1$
        }

        @Override
        public String label() {
            return "Test: count"; //$NON-NLS-1$
        }

        @Override
        public Set<SubjectKind> subjectKinds() {
            return EnumSet.of(SubjectKind.VARIETY);
        }

        @Override
        public List<AnalysisSetting> settings() {
            return List.of(AnalysisSetting.integer("times", 1L, 1, 10, "how often"), //$NON-NLS-1$ //$NON-NLS-2$
                    AnalysisSetting.choice("mode", "fast", List.of("fast", "slow"), "how")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        }

        @Override
        public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) throws AnalysisException {
            throw new AnalysisException(AnalysisException.Kind.FAILED, "not run here"); //$NON-NLS-1$
        }
    };

    @TempDir
    Path directory;

    private AnalysisRegistry registry;
    private Shell shell;

    @BeforeEach
    void setUp() throws CoreException {
        registry = InstalledAnalyses.registry();
        registry.add(COUNTING);
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void tearDown() {
        shell.dispose();
        registry.remove(COUNTING);
    }

    private ILaunchConfigurationWorkingCopy configuration(Path file) throws CoreException {
        ILaunchConfigurationWorkingCopy copy = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(LaunchAttributes.TYPE_ID).newInstance(null, "tab"); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.FILE, file.toString());
        copy.setAttribute(LaunchAttributes.ANALYSIS_ID, "testcount"); //$NON-NLS-1$
        copy.setAttribute(LaunchAttributes.SUBJECT, "cone"); //$NON-NLS-1$
        return copy;
    }

    @Test
    void theFormShowsTheDeclaredSettingsAndTheBlockDisablesTheAnalysis() throws Exception {
        Path file = Files.writeString(directory.resolve("m.nalg"), MODEL); //$NON-NLS-1$
        AnalysisMainTab tab = new AnalysisMainTab();
        tab.createControl(shell);
        ILaunchConfigurationWorkingCopy configuration = configuration(file);
        configuration.setAttribute(LaunchAttributes.SETTINGS, Map.of("times", "3")); //$NON-NLS-1$ //$NON-NLS-2$
        tab.initializeFrom(configuration);
        assertEquals("testcount", tab.selectedAnalysis().orElseThrow().id()); //$NON-NLS-1$
        assertEquals(List.of("times", "mode"), List.copyOf(tab.settingNames())); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Map.of("times", "3"), tab.settingValues()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(tab.analysisEnabled());
        assertTrue(tab.isValid(configuration), tab.getErrorMessage());

        configuration.setAttribute(LaunchAttributes.ANALYSIS_BLOCK, LaunchAttributes.ALL_BLOCKS);
        tab.initializeFrom(configuration);
        assertFalse(tab.analysisEnabled(), "'*' runs the file's blocks: the analysis combo would mislead"); //$NON-NLS-1$
    }

    @Test
    void theChecksUseTheDeclarations() throws IOException {
        Path file = Files.writeString(directory.resolve("m.nalg"), MODEL); //$NON-NLS-1$
        assertEquals("option times=11: expected an integer from 1 to 10", LaunchChecks.problem(file.toString(), "", //$NON-NLS-1$ //$NON-NLS-2$
                COUNTING, "cone", "", Map.of("times", "11"), registry).orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals("analysis 'testcount of net': a testcount analysis needs a variety, but 'net' is an architecture", //$NON-NLS-1$
                LaunchChecks.problem(file.toString(), "", COUNTING, "net", "", Map.of(), registry).orElseThrow()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(LaunchChecks.problem(file.toString(), "", COUNTING, "cone", "7", Map.of("mode", "slow"), registry) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .isEmpty());
    }
}
