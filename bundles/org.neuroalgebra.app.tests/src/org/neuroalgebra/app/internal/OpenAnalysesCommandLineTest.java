// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.AnalysisSetting;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.SubjectKind;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.SolverRegistry;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The command line serves whatever analyses are registered: {@code testcount}, known only to this
 * test, has its own command, its settings as options and in {@code help}, and runs from a block.
 */
class OpenAnalysesCommandLineTest {

    private static final String MODEL = """
            variety cone {
              coordinates a b c
              equation a^2 + b^2 - c^2 = 0
            }
            analysis counted {
              testcount of cone times=2
            }
            """;

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandLine commandLine;
    private Path file;

    @BeforeEach
    void setUp() throws IOException {
        file = Files.writeString(directory.resolve("m.nalg"), MODEL); //$NON-NLS-1$
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new DimensionAnalysis(new SolverRegistry()));
        registry.add(new Counting());
        commandLine = new CommandLine(registry, new SolverRegistry(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void itsCommandTakesItsSettingsAsOptions() {
        assertEquals(0, commandLine.execute("testcount", file.toString(), "--subject", "cone", "--times", "4", "--json"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                this::err);
        // three coordinates, four times
        assertEquals(12, JsonParser.parseString(out()).getAsJsonObject().get("count").getAsInt()); //$NON-NLS-1$
    }

    @Test
    void itsBlockRuns() {
        assertEquals(0, commandLine.execute("run", file.toString()), this::err); //$NON-NLS-1$
        assertTrue(out().contains("count 6"), this::out); //$NON-NLS-1$
    }

    @Test
    void helpListsItWithItsSettings() {
        assertEquals(0, commandLine.execute("help")); //$NON-NLS-1$
        assertTrue(out().contains("testcount FILE --subject NAME [options]"), this::out); //$NON-NLS-1$
        assertTrue(out().contains("--times"), this::out); //$NON-NLS-1$
    }

    @Test
    void anUnknownIdIsAnErrorAtItsPositionWithTheInstalledOnes() throws IOException {
        Files.writeString(file, MODEL.replace("testcount of", "tsetcount of")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, commandLine.execute("run", file.toString())); //$NON-NLS-1$
        assertEquals("m.nalg:6:3: unknown analysis 'tsetcount' (installed: dimension, testcount)", //$NON-NLS-1$
                err().lines().findFirst().orElse("").replace(file.toString(), "m.nalg")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aSubjectOfAKindItDoesNotTakeIsRefusedBeforeWork() throws IOException {
        Files.writeString(file, MODEL + "architecture net {\n  input 2\n  dense 1\n}\n"); //$NON-NLS-1$
        assertEquals(2, commandLine.execute("testcount", file.toString(), "--subject", "net")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(err().contains("a testcount analysis needs a variety, but 'net' is an architecture"), this::err); //$NON-NLS-1$
    }

    /** Counts the coordinates of a variety, {@code times} times. */
    private static final class Counting implements IAnalysis {
        private static final AnalysisSetting TIMES = AnalysisSetting.integer("times", 1L, 1, 10, "how often"); //$NON-NLS-1$ //$NON-NLS-2$

        @Override
        public String id() {
            return "testcount"; //$NON-NLS-1$
        }

        @Override
        public String label() {
            return "Test: count the coordinates"; //$NON-NLS-1$
        }

        @Override
        public Set<SubjectKind> subjectKinds() {
            return EnumSet.of(SubjectKind.VARIETY);
        }

        @Override
        public List<AnalysisSetting> settings() {
            return List.of(TIMES);
        }

        @Override
        public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) {
            int count = ((Variety) request.subject()).getCoordinates().size()
                    * Integer.parseInt(request.option("times", "1")); //$NON-NLS-1$ //$NON-NLS-2$
            return new AnalysisResult() {
                @Override
                public String analysisId() {
                    return "testcount"; //$NON-NLS-1$
                }

                @Override
                public String subject() {
                    return request.subjectName();
                }

                @Override
                public Provenance provenance() {
                    return Provenance.of(true, "counting", request.seed(), 0); //$NON-NLS-1$
                }

                @Override
                public List<String> summary() {
                    return List.of("count " + count); //$NON-NLS-1$
                }

                @Override
                public JsonObject toJson() {
                    JsonObject json = new JsonObject();
                    json.addProperty("count", count); //$NON-NLS-1$
                    return json;
                }
            };
        }
    }
}
