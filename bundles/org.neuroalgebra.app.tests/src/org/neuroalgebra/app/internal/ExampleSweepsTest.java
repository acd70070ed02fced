// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.analysis.testing.GatedAnalysis;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.examples.Examples;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The shipped example sweeps, run embedded as a user would: the σ = x² family reproduces the
 * published dimensions and defects (docs/MATHEMATICS.md §3), and the ED degrees of Veronese cones
 * meet their closed forms (§6.5, §6.7), charted across the family with {@code --plot}.
 */
class ExampleSweepsTest {

    @TempDir
    Path directory;

    private GatedAnalysis gated;
    private AnalysisRegistry registry;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void setUp() {
        gated = new GatedAnalysis(Integer.MAX_VALUE);
        registry = gated.install(new DimensionAnalysis(ModelText.solvers()), new EddAnalysis(ModelText.solvers()));
    }

    @AfterEach
    void tearDown() {
        gated.uninstall();
    }

    private int execute(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new CommandLine(registry, ModelText.solvers(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).execute(args);
    }

    /** @return the JSON rows printed, by member key */
    private Map<String, JsonObject> rowsByKey() {
        Map<String, JsonObject> rows = new HashMap<>();
        out.toString(StandardCharsets.UTF_8).lines().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .forEach(row -> rows.put(row.get("key").getAsString(), row)); //$NON-NLS-1$
        return rows;
    }

    private static JsonObject figure(JsonObject row, String key) {
        for (var figure : row.getAsJsonArray("figures")) { //$NON-NLS-1$
            if (figure.getAsJsonObject().get("key").getAsString().equals(key)) { //$NON-NLS-1$
                return figure.getAsJsonObject();
            }
        }
        throw new AssertionError(key + " not in " + row); //$NON-NLS-1$
    }

    @Test
    void theSquareFamilyReproducesThePublishedDefects() throws IOException {
        Path file = directory.resolve("sweeps.nalg"); //$NON-NLS-1$
        try (InputStream in = Examples.url("sweeps.nalg").openStream()) { //$NON-NLS-1$
            Files.copy(in, file);
        }
        assertEquals(CommandLine.EXIT_OK, execute("sweep", file.toString(), "--sweep", "square_defects", "--json"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                () -> err.toString(StandardCharsets.UTF_8));
        Map<String, JsonObject> rows = rowsByKey();
        // 1..3 hidden layers of widths 1..4: 4 + 16 + 64 members, one dimension row each
        assertEquals(84, rows.size());
        for (JsonObject row : rows.values()) {
            assertEquals("done", row.get("status").getAsString(), row::toString); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(row.get("certified").getAsBoolean(), row::toString); //$NON-NLS-1$
        }
        // Dao and Rodriguez's table (docs/MATHEMATICS.md §3): widths, dim M, expected, defective.
        // The key is the number of hidden layers, then their widths.
        Object[][] published = { { "2 2 2", 5, 5, false }, { "3 3 3 2", 9, 9, false }, //$NON-NLS-1$ //$NON-NLS-2$
                { "3 2 3 4", 7, 9, true }, { "2 2 1", 3, 4, true } }; //$NON-NLS-1$ //$NON-NLS-2$
        for (Object[] expected : published) {
            JsonObject row = rows.get(expected[0]);
            assertNotNull(row, () -> expected[0] + " is a member"); //$NON-NLS-1$
            assertEquals(expected[1], figure(row, "dimension").get("value").getAsInt(), row::toString); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(expected[2], figure(row, "expectedDimension").get("value").getAsInt(), row::toString); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(expected[3], figure(row, "defective").get("value").getAsBoolean(), row::toString); //$NON-NLS-1$ //$NON-NLS-2$
        }
        // (2, w, 1): the binary quadrics have dimension 3; one square c·ℓ² spans 2 of them
        assertEquals(2, figure(rows.get("1 1"), "dimension").get("value").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (int w = 2; w <= 4; w++) {
            assertEquals(3, figure(rows.get("1 " + w), "dimension").get("value").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    @Test
    void veroneseConesMeetTheirClosedFormsAndAreChartedAcrossTheFamily() throws IOException {
        Path file = directory.resolve("cones.nalg"); //$NON-NLS-1$
        Files.writeString(file, """
                sweep cones {
                  architecture {
                    input [2..3]
                    dense 1 bias=false
                    activation [x^2, x^3]
                    dense 1 bias=false
                  }
                  run edd metric random seed 3
                }
                """);
        Path plot = directory.resolve("cones.png"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, execute("sweep", file.toString(), "--sweep", "cones", "--json", "--plot", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                plot.toString()), () -> err.toString(StandardCharsets.UTF_8));
        Map<String, JsonObject> rows = rowsByKey();
        assertEquals(4, rows.size());
        for (int d = 2; d <= 3; d++) {
            // generic ED degrees: 3d − 2 for the rational normal curve, ((2d − 1)³ − (d − 1)³)/d for the
            // Veronese surface (docs/MATHEMATICS.md §6.5, §6.7)
            int binary = 3 * d - 2;
            int ternary = ((2 * d - 1) * (2 * d - 1) * (2 * d - 1) - (d - 1) * (d - 1) * (d - 1)) / d;
            for (Map.Entry<String, Integer> expected : Map.of("2 x^" + d, binary, "3 x^" + d, ternary).entrySet()) { //$NON-NLS-1$ //$NON-NLS-2$
                JsonObject row = rows.get(expected.getKey());
                assertNotNull(row, expected::getKey);
                JsonObject degree = figure(row, "edDegree"); //$NON-NLS-1$
                assertEquals(expected.getValue().intValue(), degree.get("value").getAsInt(), row::toString); //$NON-NLS-1$
                assertEquals("certified", degree.get("evidence").getAsString(), row::toString); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        // the keys hold an activation, not only numbers: the charts put the members along x
        List<Path> charts;
        try (var files = Files.list(directory)) {
            charts = files.filter(p -> p.getFileName().toString().startsWith("cones") //$NON-NLS-1$
                    && p.getFileName().toString().endsWith(".png")).toList(); //$NON-NLS-1$
        }
        assertTrue(!charts.isEmpty(), () -> err.toString(StandardCharsets.UTF_8));
        for (Path chart : charts) {
            assertNotNull(ImageIO.read(chart.toFile()), chart::toString);
        }
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("wrote " + directory), () -> err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }
}
