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
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code neuroalgebra solve} on systems with components of positive dimension. */
class SolveDecompositionTest {

    /**
     * x·y·(x − y) = 0 and x·y·(y² − 1) = 0: where x·y ≠ 0, x = y and y = ±1. The solution set is
     * the curve x·y = 0 (degree 2: the two axes, lines of degree 1) and the isolated points (1, 1)
     * and (−1, −1). Bézout number 3·4 = 12.
     */
    private static final String AXES_AND_POINTS = "variables x y\nx*y*(x - y)\nx*y*(y^2 - 1)\n"; //$NON-NLS-1$

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private SolverRegistry solvers;

    @BeforeEach
    void setUp() {
        solvers = new SolverRegistry();
        solvers.addSolver(new HomotopyContinuationSolver());
        solvers.addCounter(new GroebnerSolutionCounter());
    }

    private int solve(String fileName, String text, String... options) throws IOException {
        Path file = directory.resolve(fileName);
        Files.writeString(file, text);
        String[] args = new String[options.length + 2];
        args[0] = "solve"; //$NON-NLS-1$
        args[1] = file.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return new CommandLine(new AnalysisRegistry(), solvers, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).execute(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonObject json() {
        return JsonParser.parseString(out()).getAsJsonObject();
    }

    @Test
    void twoAxesAndTwoIsolatedPoints() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("axes.txt", AXES_AND_POINTS, "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("", err()); //$NON-NLS-1$
        JsonObject json = json();
        assertEquals(SolveCommand.SOLVED, json.get("status").getAsString()); //$NON-NLS-1$
        assertEquals(1, json.get("dimension").getAsInt()); //$NON-NLS-1$
        assertFalse(json.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertTrue(json.get("complete").getAsBoolean()); //$NON-NLS-1$
        JsonArray components = json.getAsJsonArray("components"); //$NON-NLS-1$
        assertEquals(1, components.size(), components::toString);
        JsonObject curve = components.get(0).getAsJsonObject();
        assertEquals(1, curve.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(2, curve.get("degree").getAsInt()); //$NON-NLS-1$
        JsonArray lines = curve.getAsJsonArray("irreducible"); //$NON-NLS-1$
        assertEquals(2, lines.size());
        for (int i = 0; i < 2; i++) {
            JsonObject line = lines.get(i).getAsJsonObject();
            assertEquals(1, line.get("degree").getAsInt()); //$NON-NLS-1$
            assertEquals("PASSED", line.get("traceTest").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(1, line.getAsJsonArray("witnessPoints").size()); //$NON-NLS-1$
        }
        JsonArray isolated = json.getAsJsonArray("solutions"); //$NON-NLS-1$
        assertEquals(2, isolated.size(), isolated::toString);
        double product = 1;
        for (int i = 0; i < 2; i++) {
            JsonArray xy = isolated.get(i).getAsJsonObject().getAsJsonArray("coordinates"); //$NON-NLS-1$
            double x = xy.get(0).getAsJsonArray().get(0).getAsDouble();
            assertEquals(x, xy.get(1).getAsJsonArray().get(0).getAsDouble(), 1e-10);
            assertEquals(1, Math.abs(x), 1e-10);
            product *= x;
        }
        assertEquals(-1, product, 1e-10, "(1, 1) and (−1, −1)"); //$NON-NLS-1$
        JsonObject check = json.getAsJsonArray("crossCheck").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals(1, check.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(2, check.get("degree").getAsInt()); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), check::toString); //$NON-NLS-1$
    }

    @Test
    void theTextReportNamesEveryComponent() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("axes.txt", AXES_AND_POINTS), err()); //$NON-NLS-1$
        assertTrue(out().startsWith("the solution set has dimension 1: dimension 1 degree 2 (2 irreducible components of degrees 1, 1);" //$NON-NLS-1$
                + " 2 isolated points (numerical"), out());
        assertEquals(2, out().lines().filter(l -> l.startsWith("  component of dimension 1, degree 1, trace test PASSED")).count(), //$NON-NLS-1$
                out());
        assertEquals(2, out().lines().filter(l -> l.startsWith("  isolated ")).count(), out()); //$NON-NLS-1$
    }

    @Test
    void anUnderdeterminedSystemIsAcceptedAndDecomposed() throws IOException {
        // x^2 + y^2 = 1, z = x: a conic in space, irreducible of degree 2.
        assertEquals(CommandLine.EXIT_OK, solve("conic.txt", "variables x y z\nx^2 + y^2 - 1\nz - x\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject curve = json().getAsJsonArray("components").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals(2, curve.get("degree").getAsInt()); //$NON-NLS-1$
        assertEquals(1, curve.getAsJsonArray("irreducible").size()); //$NON-NLS-1$
        assertEquals(0, json().getAsJsonArray("solutions").size()); //$NON-NLS-1$
    }

    @Test
    void anOverdeterminedSystemOfHigherCodimensionIsDecomposed() throws IOException {
        // The twisted cubic by three quadrics: codimension 2 with 3 equations, one curve of degree 3.
        assertEquals(CommandLine.EXIT_OK,
                solve("cubic.txt", "variables x y z\nx*z - y^2\ny - x^2\nz - x*y\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject curve = json().getAsJsonArray("components").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals(3, curve.get("degree").getAsInt()); //$NON-NLS-1$
        assertEquals(1, curve.getAsJsonArray("irreducible").size()); //$NON-NLS-1$
        assertTrue(json().getAsJsonArray("crossCheck").get(0).getAsJsonObject().get("agrees").getAsBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void withoutACounterTheDimensionIsFoundByTheCascade() throws IOException {
        solvers.removeCounter(solvers.counters().get(0));
        assertEquals(CommandLine.EXIT_OK, solve("plane-line.txt", "variables x y z\nx*z\ny*z\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        assertEquals(2, json.get("dimension").getAsInt()); //$NON-NLS-1$
        JsonArray components = json.getAsJsonArray("components"); //$NON-NLS-1$
        assertEquals(2, components.size(), "the plane z = 0 and the line x = y = 0"); //$NON-NLS-1$
        assertEquals(1, components.get(0).getAsJsonObject().get("degree").getAsInt()); //$NON-NLS-1$
        assertEquals(1, components.get(1).getAsJsonObject().get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(0, json.getAsJsonArray("crossCheck").size()); //$NON-NLS-1$
    }

    /** Zero-dimensional square systems keep the solve of before: the same counts, cross-checked. */
    @Test
    void katsuraAndEckartYoungCountsAreUnchanged() throws IOException {
        // katsura-3: 4 equations, 2^3 = 8 solutions.
        String katsura = "variables x0 x1 x2 x3\n" //$NON-NLS-1$
                + "x0 + 2*x1 + 2*x2 + 2*x3 - 1\n" //$NON-NLS-1$
                + "x0^2 + 2*x1^2 + 2*x2^2 + 2*x3^2 - x0\n" //$NON-NLS-1$
                + "2*x0*x1 + 2*x1*x2 + 2*x2*x3 - x1\n" //$NON-NLS-1$
                + "x1^2 + 2*x0*x2 + 2*x1*x3 - x2\n"; //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, solve("katsura3.txt", katsura, "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject json = json();
        assertEquals(8, json.get("finiteSolutions").getAsInt()); //$NON-NLS-1$
        assertFalse(json.has("components")); //$NON-NLS-1$
        assertTrue(json.getAsJsonArray("crossCheck").get(0).getAsJsonObject().get("agrees").getAsBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
        out.reset();
        // Critical points of the distance from U = [[3, 1], [1, 2]] to rank-1 matrices x·y^T (y1 = 1 fixes the
        // scaling): the Eckart–Young theorem gives one critical point per singular value, 2.
        String eckartYoung = "variables x1 x2 y2\n" //$NON-NLS-1$
                + "(x1 - 3) + (x1*y2 - 1)*y2\n" //$NON-NLS-1$
                + "(x2 - 1) + (x2*y2 - 2)*y2\n" //$NON-NLS-1$
                + "(x1*y2 - 1)*x1 + (x2*y2 - 2)*x2\n"; //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, solve("eckart-young.txt", eckartYoung, "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        json = json();
        assertEquals(2, json.get("finiteSolutions").getAsInt(), json::toString); //$NON-NLS-1$
        assertEquals(2, json.get("realSolutions").getAsInt()); //$NON-NLS-1$
        assertTrue(json.getAsJsonArray("crossCheck").get(0).getAsJsonObject().get("agrees").getAsBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
