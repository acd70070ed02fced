// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.solver.SolverRegistry;

/**
 * The core alone, as the p2 install check installs it (no bundle of the sample extension): a file
 * written for the sample's {@code residual} layer and {@code degree} analysis is refused with the
 * position of what is missing and the kinds that are installed, and nothing is run.
 */
class CoreWithoutSampleTest {

    private static final String RESIDUAL = """
            architecture skip {
              input 2
              residual hidden=1 activation="x^2" bias=false
            }
            """;

    private static final String DEGREE = """
            variety cone {
              coordinates a b c
              equation a^2 + b^2 - c^2 = 0
            }
            analysis cone_dimension {
              dimension of cone
            }
            analysis cone_degree {
              degree of cone seed 1
            }
            """;

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandLine commandLine;

    @BeforeEach
    void setUp() {
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new DimensionAnalysis(new SolverRegistry()));
        commandLine = new CommandLine(registry, new SolverRegistry(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private String firstError(Path file) {
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("").replace(file.toString(), //$NON-NLS-1$
                file.getFileName().toString());
    }

    @Test
    void theResidualLayerIsUnknownAtItsPosition() throws IOException {
        Path file = Files.writeString(directory.resolve("residual.nalg"), RESIDUAL); //$NON-NLS-1$
        assertEquals(2, commandLine.execute("run", file.toString())); //$NON-NLS-1$
        String error = firstError(file);
        // the pattern the p2 install check greps for
        assertTrue(error.startsWith("residual.nalg:3:3: unknown layer 'residual' (expected input, dense"), error); //$NON-NLS-1$
        assertFalse(error.substring(error.indexOf("(expected")).contains("residual"), error); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("", out.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    @Test
    void theDegreeAnalysisIsUnknownAndNoBlockRuns() throws IOException {
        Path file = Files.writeString(directory.resolve("degree.nalg"), DEGREE); //$NON-NLS-1$
        assertEquals(2, commandLine.execute("run", file.toString())); //$NON-NLS-1$
        assertEquals("degree.nalg:9:3: unknown analysis 'degree' (installed: dimension)", firstError(file)); //$NON-NLS-1$
        assertEquals("", out.toString(StandardCharsets.UTF_8), "the valid dimension block is not run either"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, commandLine.execute("degree", file.toString(), "--subject", "cone")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
