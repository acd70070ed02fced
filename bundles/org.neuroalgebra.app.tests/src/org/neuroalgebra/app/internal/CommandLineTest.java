// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.IAnalysis;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.edd.EddAnalysis;
import org.neuroalgebra.examples.Examples;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The {@code neuroalgebra} command end to end, on the bundled talk examples. */
class CommandLineTest {

    @TempDir
    Path directory;

    private Path talk;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandLine commandLine;

    @BeforeEach
    void setUp() throws IOException {
        talk = directory.resolve("talk.nalg"); //$NON-NLS-1$
        try (InputStream in = Examples.url(Examples.TALK).openStream()) {
            Files.copy(in, talk, StandardCopyOption.REPLACE_EXISTING);
        }
        SolverRegistry solvers = new SolverRegistry();
        solvers.addSolver(new HomotopyContinuationSolver());
        solvers.addCounter(new GroebnerSolutionCounter());
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new DimensionAnalysis(solvers));
        registry.add(new EddAnalysis(solvers));
        commandLine = new CommandLine(registry, solvers, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    @Test
    void dimensionAsJsonHasTheDocumentedFields() {
        int exit = commandLine.execute("dimension", talk.toString(), "--architecture", "square_mlp", "--seed", "7", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(CommandLine.EXIT_OK, exit, err::toString);
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        for (String field : new String[] { "dimension", "ambientDimension", "parameterDimension", "expectedDimension", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "lowerBound", "upperBound", "certified", "filling", "defective", "genericFiberDimension", "seed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "method", "seconds" }) { //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(json.has(field), "JSON has " + field); //$NON-NLS-1$
        }
        // docs/MATHEMATICS.md §3: sigma = x^2, (2,2,1) fills the 3-dimensional space of binary quadrics.
        assertEquals(3, json.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(3, json.get("ambientDimension").getAsInt()); //$NON-NLS-1$
        assertTrue(json.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertTrue(json.get("filling").getAsBoolean()); //$NON-NLS-1$
        assertEquals(7, json.get("seed").getAsLong()); //$NON-NLS-1$
        // 6 parameters, dimension 3: two scalings and a rotation (docs/MATHEMATICS.md §4).
        assertEquals(3, json.get("genericFiberDimension").getAsInt()); //$NON-NLS-1$
    }

    @Test
    void runExecutesEveryAnalysisBlockOfTheTalk() {
        int exit = commandLine.execute("run", talk.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_OK, exit, err::toString);
        JsonArray results = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonArray("results"); //$NON-NLS-1$
        assertEquals(5, results.size());
        // square (3), cubic (4), linear (2,1,2) (3), sigma = x^2 (2,2,3,4,1) (7, defective): docs/MATHEMATICS.md §3.
        int[] expected = { 3, 4, 3, 7 };
        for (int i = 0; i < expected.length; i++) {
            JsonObject result = results.get(i).getAsJsonObject().getAsJsonObject("result"); //$NON-NLS-1$
            assertEquals(expected[i], result.get("dimension").getAsInt(), results.get(i).toString()); //$NON-NLS-1$
            assertTrue(result.get("certified").getAsBoolean(), results.get(i).toString()); //$NON-NLS-1$
        }
        assertTrue(results.get(3).getAsJsonObject().getAsJsonObject("result").get("defective").getAsBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
        // The lightning quartic with a generic metric: 14 critical points, homotopy and Gröbner agreeing (docs/MATHEMATICS.md §6).
        JsonObject edd = results.get(4).getAsJsonObject().getAsJsonObject("result"); //$NON-NLS-1$
        assertEquals(14, edd.get("edDegree").getAsInt(), edd.toString()); //$NON-NLS-1$
        assertTrue(edd.get("certified").getAsBoolean(), edd.toString()); //$NON-NLS-1$
    }

    @Test
    void syntaxErrorsAreReportedWithFileLineAndColumn() throws IOException {
        Path bad = directory.resolve("bad.nalg"); //$NON-NLS-1$
        Files.writeString(bad, "architecture a {\n  input 2\n  dense -2\n}\n"); //$NON-NLS-1$
        int exit = commandLine.execute("dimension", bad.toString(), "--architecture", "a"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(CommandLine.EXIT_BAD_INPUT, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.nalg:3:9:"), err::toString); //$NON-NLS-1$
        assertEquals("", out.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
    }

    @Test
    void unknownArchitectureIsBadInputNamingTheCandidates() {
        int exit = commandLine.execute("dimension", talk.toString(), "--architecture", "nosuch"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(CommandLine.EXIT_BAD_INPUT, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("nosuch") && message.contains("square_mlp"), message); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void oversizedArchitectureIsRefusedUpFrontWithTheEstimate() throws IOException {
        Path huge = directory.resolve("huge.nalg"); //$NON-NLS-1$
        // sigma = x^10 twice on 100 inputs: degree 100 forms in 100 variables, about 4.5e58 monomials.
        Files.writeString(huge, "architecture huge {\n  input 100\n  dense 5 bias=false\n  activation x^10\n" //$NON-NLS-1$
                + "  dense 5 bias=false\n  activation x^10\n  dense 1 bias=false\n}\n"); //$NON-NLS-1$
        int exit = commandLine.execute("dimension", huge.toString(), "--architecture", "huge"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(CommandLine.EXIT_BAD_INPUT, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("huge") && message.contains("monomials"), message); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void lowerMonomialLimitRefusesEvenSmallModels() {
        int exit = commandLine.execute("dimension", talk.toString(), "--architecture", "defective_22341", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "--monomial-limit", "5"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_BAD_INPUT, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("limit"), err::toString); //$NON-NLS-1$
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrors() {
        assertEquals(CommandLine.EXIT_BAD_INPUT, commandLine.execute("dimension", talk.toString(), "--architekture", "x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(CommandLine.EXIT_BAD_INPUT, commandLine.execute("dimensions", talk.toString())); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_BAD_INPUT, commandLine.execute("dimension", talk.toString(), "--architecture", "square_mlp", "--seed", "x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
    }

    @Test
    void solveCrossChecksTheHomotopyCountWithGroebner() throws IOException {
        Path system = directory.resolve("circle.txt"); //$NON-NLS-1$
        // The unit circle meets the diagonal in (±1/√2, ±1/√2): two real points.
        Files.writeString(system, "variables x y\nx^2 + y^2 - 1\nx = y\n"); //$NON-NLS-1$
        int exit = commandLine.execute("solve", system.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_OK, exit, err::toString);
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(2, json.get("finiteSolutions").getAsInt()); //$NON-NLS-1$
        assertEquals(2, json.get("realSolutions").getAsInt()); //$NON-NLS-1$
        for (var solution : json.getAsJsonArray("solutions")) { //$NON-NLS-1$
            double x = solution.getAsJsonObject().getAsJsonArray("coordinates").get(0).getAsJsonArray().get(0).getAsDouble(); //$NON-NLS-1$
            assertEquals(Math.sqrt(0.5), Math.abs(x), 1e-10);
        }
        JsonObject check = json.getAsJsonArray("crossCheck").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals(2, check.get("degree").getAsInt()); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean()); //$NON-NLS-1$
    }

    @Test
    void solveReportsSyntaxErrorsWithLineAndColumn() throws IOException {
        Path system = directory.resolve("bad.txt"); //$NON-NLS-1$
        Files.writeString(system, "variables x y\nx^2 + z\n"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_BAD_INPUT, commandLine.execute("solve", system.toString())); //$NON-NLS-1$
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("bad.txt:2:"), err::toString); //$NON-NLS-1$
    }

    @Test
    void plotWritesTheSingularValueChartAsPngAndSvg() throws IOException {
        Path png = directory.resolve("square.png"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, commandLine.execute("dimension", talk.toString(), "--architecture", //$NON-NLS-1$ //$NON-NLS-2$
                "square_mlp", "--plot", png.toString()), err::toString); //$NON-NLS-1$ //$NON-NLS-2$
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        Path svg = directory.resolve("square.svg"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, commandLine.execute("dimension", talk.toString(), "--architecture", //$NON-NLS-1$ //$NON-NLS-2$
                "square_mlp", "--plot", svg.toString())); //$NON-NLS-1$
        String drawn = Files.readString(svg);
        assertTrue(drawn.contains("<svg"), "an SVG document"); //$NON-NLS-1$ //$NON-NLS-2$
        // the declared chart: its title, the rank marker and power-of-ten ticks on the log axis
        assertTrue(drawn.contains(">Singular values of the Jacobian at a random point<"), drawn); //$NON-NLS-1$
        assertTrue(drawn.contains(">numerical rank 3<"), drawn); //$NON-NLS-1$
        assertTrue(drawn.matches("(?s).*>10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]*<.*"), drawn); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_BAD_INPUT, commandLine.execute("dimension", talk.toString(), "--architecture", //$NON-NLS-1$ //$NON-NLS-2$
                "square_mlp", "--plot", directory.resolve("square.gif").toString())); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void jsonNeverContainsNanOrInfinity() {
        JsonObject json = new JsonObject();
        json.addProperty("gap", Double.POSITIVE_INFINITY); //$NON-NLS-1$
        JsonArray values = new JsonArray();
        values.add(1.5);
        values.add(Double.NaN);
        json.add("values", values); //$NON-NLS-1$
        JsonObject cleaned = CommandLine.finite(json).getAsJsonObject();
        assertTrue(cleaned.get("gap").isJsonNull()); //$NON-NLS-1$
        assertEquals(1.5, cleaned.getAsJsonArray("values").get(0).getAsDouble()); //$NON-NLS-1$
        assertTrue(cleaned.getAsJsonArray("values").get(1).isJsonNull()); //$NON-NLS-1$
    }

    @Test
    void aDefectInOneBlockDoesNotLoseTheOthers() throws IOException {
        AnalysisRegistry registry = new AnalysisRegistry();
        registry.add(new DimensionAnalysis());
        registry.add(new IAnalysis() {
            @Override
            public String id() {
                return "fiber"; //$NON-NLS-1$
            }

            @Override
            public String label() {
                return "a defective analysis"; //$NON-NLS-1$
            }

            @Override
            public AnalysisResult run(AnalysisRequest request, ProgressMonitor monitor) {
                throw new IllegalStateException("defect"); //$NON-NLS-1$
            }
        });
        Path file = directory.resolve("two.nalg"); //$NON-NLS-1$
        Files.writeString(file, "architecture m {\n  input 2\n  dense 2 bias=false\n  activation x^2\n  dense 1 bias=false\n}\n\n" //$NON-NLS-1$
                + "analysis broken {\n  fiber of m\n}\n\nanalysis fine {\n  dimension of m\n}\n"); //$NON-NLS-1$
        CommandLine line = new CommandLine(registry, new SolverRegistry(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(CommandLine.EXIT_FAILED, line.execute("run", file.toString(), "--json"), err::toString); //$NON-NLS-1$ //$NON-NLS-2$
        JsonArray results = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonArray("results"); //$NON-NLS-1$
        assertTrue(results.get(0).getAsJsonObject().get("error").getAsString().contains("defect")); //$NON-NLS-1$ //$NON-NLS-2$
        // square_mlp's dimension is still reported after the defect (docs/MATHEMATICS.md §3: 3).
        assertEquals(3, results.get(1).getAsJsonObject().getAsJsonObject("result").get("dimension").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void missingFileIsBadInput() {
        int exit = commandLine.execute("run", directory.resolve("absent.nalg").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_BAD_INPUT, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("absent.nalg"), err::toString); //$NON-NLS-1$
    }
}
