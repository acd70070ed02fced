// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code neuroalgebra solve} on systems that are not what a square zero-dimensional solver expects. */
class SolveCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandLine commandLine;

    @BeforeEach
    void setUp() {
        SolverRegistry solvers = new SolverRegistry();
        solvers.addSolver(new HomotopyContinuationSolver());
        solvers.addCounter(new GroebnerSolutionCounter());
        commandLine = new CommandLine(new AnalysisRegistry(), solvers, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private int solve(String fileName, String text, String... options) throws IOException {
        Path file = directory.resolve(fileName);
        Files.writeString(file, text);
        String[] args = new String[options.length + 2];
        args[0] = "solve"; //$NON-NLS-1$
        args[1] = file.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return commandLine.execute(args);
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

    /** Every failure says what is wrong in exactly one line. */
    private void assertOneErrorLine() {
        assertEquals(1, err().lines().count(), this::err);
    }

    @Test
    void aSquareSystemWhoseSolutionsFormACurveIsNotCountedAsPoints() throws IOException {
        // x*y = 0 twice: the two coordinate axes, not "1 finite solution of multiplicity 4".
        assertEquals(CommandLine.EXIT_OK, solve("axes.txt", "variables x y\nx*y = 0\nx*y = 0\n"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().startsWith("the solution set has dimension 1: dimension 1 degree 2 (2 irreducible components of degrees 1, 1);" //$NON-NLS-1$
                + " 0 isolated points"), out()); //$NON-NLS-1$
        assertFalse(out().contains("finite solutions"), out()); //$NON-NLS-1$
        assertEquals("", err()); //$NON-NLS-1$
    }

    @Test
    void aCurveAmongOtherEquationsIsReportedNotCrashed() throws IOException {
        // Homotopy endpoints on x*y = x^2*y = 0 used to end in "IllegalStateException: matrix is singular".
        assertEquals(CommandLine.EXIT_OK, solve("curve.txt", "variables x y\nx*y\nx^2*y\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        assertEquals(SolveCommand.SOLVED, json.get("status").getAsString()); //$NON-NLS-1$
        assertEquals(1, json.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(0, json.getAsJsonArray("solutions").size(), "no isolated points are claimed"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, json.getAsJsonArray("components").get(0).getAsJsonObject().get("degree").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(err().contains("Exception"), err()); //$NON-NLS-1$
    }

    @Test
    void anUnderdeterminedSystemReportsItsDimensionAndCounts() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("circle.txt", "variables x y z\nx^2 + y^2 - 1\nz - x\n"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().startsWith("the solution set has dimension 1: dimension 1 degree 2 (1 irreducible component of degree 2)"), //$NON-NLS-1$
                out());
        assertTrue(out().contains("\"agrees\":true"), out()); //$NON-NLS-1$
    }

    @Test
    void anInconsistentSystemHasNoSolutionsAndBothMethodsAgree() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("one-two.txt", "variables x\nx = 1\nx = 2\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        assertEquals(SolveCommand.INCONSISTENT, json.get("status").getAsString()); //$NON-NLS-1$
        assertEquals(0, json.get("finiteSolutions").getAsInt()); //$NON-NLS-1$
        JsonObject check = json.getAsJsonArray("crossCheck").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals(-1, check.get("dimension").getAsInt()); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), check::toString); //$NON-NLS-1$
        assertEquals("", err()); //$NON-NLS-1$
    }

    @Test
    void anInconsistentSquareSystemSaysSoInText() throws IOException {
        // x^2 + 1 = 0 and x = 1 have no common point; x + y - 1 and x + y - 2 are parallel lines.
        assertEquals(CommandLine.EXIT_OK, solve("parallel.txt", "variables x y\nx^2 + 1 = x*y - x*y\nx + y = 1\nx = 1\n"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().startsWith("no solutions (the system is inconsistent: the Gröbner basis is {1})"), out()); //$NON-NLS-1$
        out.reset();
        assertEquals(CommandLine.EXIT_OK, solve("lines.txt", "variables x y\nx + y - 1\nx + y - 2\n"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().contains("\"agrees\":true"), out()); //$NON-NLS-1$
    }

    @Test
    void aConstantEquationIsInconsistentWithoutTrackingPaths() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("constant.txt", "variables x\nx - 1\n  3 = 4\n"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().contains("the Gröbner basis is {1}); the equation at 3:3 is a nonzero constant"), out()); //$NON-NLS-1$
    }

    @Test
    void anOverdeterminedConsistentSystemIsSolvedAndChecked() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("three.txt", "variables x y\nx - 1\ny - 2\nx + y = 3\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        assertEquals(1, json.get("finiteSolutions").getAsInt()); //$NON-NLS-1$
        assertTrue(json.getAsJsonArray("crossCheck").get(0).getAsJsonObject().get("agrees").getAsBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aCoefficientBeyondDoublePrecisionIsRefusedWithItsPosition() throws IOException {
        assertEquals(CommandLine.EXIT_BAD_INPUT, solve("huge.txt", "variables x\n# x = 10^-200\n10^400*x^2 - 1\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneErrorLine();
        assertTrue(err().startsWith("huge.txt:3:1: the coefficient 1.00e+400 is too large for double precision"), err()); //$NON-NLS-1$
        err.reset();
        assertEquals(CommandLine.EXIT_BAD_INPUT, solve("tiny.txt", "variables x\nx - 1/10^400\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err().startsWith("tiny.txt:2:1: the coefficient -1.00e-400 is too small"), err()); //$NON-NLS-1$
    }

    @Test
    void failedPathsAreNeverSilent() throws IOException {
        // 10^300 fits a double but defeats the tracker's tolerances: exit 1 used to come with an empty stderr.
        assertEquals(CommandLine.EXIT_FAILED, solve("big.txt", "variables x\n10^300*x^2 - 1\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneErrorLine();
        assertTrue(err().matches("neuroalgebra: big\\.txt: 2 of 2 paths failed \\(.*\\): the solutions found may be incomplete;" //$NON-NLS-1$
                + " the exact count mod 2147483647 is 2\\R"), err()); //$NON-NLS-1$
    }

    @Test
    void scientificNotationIsASyntaxErrorWithItsPosition() throws IOException {
        assertEquals(CommandLine.EXIT_BAD_INPUT, solve("sci.txt", "variables x\n1e300*x^2 - 1\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneErrorLine();
        assertTrue(err().startsWith("sci.txt:2:2: "), err()); //$NON-NLS-1$
    }

    @Test
    void tooManyPathsAreRefusedUpFrontWithTheEstimate() throws IOException {
        // The estimate in the message is the preflight's: nothing was tracked (no wall clock asserted).
        assertEquals(CommandLine.EXIT_BAD_INPUT, solve("bezout.txt", "variables x y z\nx^100 - 1\ny^100 - 1\nz^101 - 1\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneErrorLine();
        assertTrue(err().contains("bezout.txt: the total-degree homotopy would track 1010000 paths (the Bézout number, product of the degrees 100·100·101); the limit is 1000000"), //$NON-NLS-1$
                err());
    }

    /**
     * The eigenpairs of [[2, 1], [1, 3]] with v1 + v2 = 1: (A − λI)v = 0 is bilinear in (λ; v), so the
     * groups 'l ; v1 v2' give the Bézout number [αβ²](α + β)²β = 2 (total degree 4); the eigenvalues are
     * (5 ± √5)/2 by the quadratic formula, and neither eigenvector has v1 + v2 = 0.
     */
    @Test
    void variableGroupsStartFromTheLinearProductSystem() throws IOException {
        String text = "variables l ; v1 v2\n(2 - l)*v1 + v2\nv1 + (3 - l)*v2\nv1 + v2 = 1\n"; //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, solve("eigen.txt", text, "--json")); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject result = json();
        assertEquals(2, result.get("pathsTracked").getAsInt(), out()); //$NON-NLS-1$
        assertTrue(result.get("method").getAsString().startsWith("linear-product homotopy of 2 variable groups"), //$NON-NLS-1$ //$NON-NLS-2$
                out());
        assertEquals(2, result.get("realSolutions").getAsInt(), out()); //$NON-NLS-1$
        double[] eigenvalues = new double[2];
        for (int i = 0; i < 2; i++) {
            eigenvalues[i] = result.getAsJsonArray("solutions").get(i).getAsJsonObject().getAsJsonArray("coordinates") //$NON-NLS-1$ //$NON-NLS-2$
                    .get(0).getAsJsonArray().get(0).getAsDouble();
        }
        java.util.Arrays.sort(eigenvalues);
        assertEquals((5 - Math.sqrt(5)) / 2, eigenvalues[0], 1e-10, out());
        assertEquals((5 + Math.sqrt(5)) / 2, eigenvalues[1], 1e-10, out());
    }

    @Test
    void deepNestingIsAOneLineErrorWithItsPosition() throws IOException {
        int depth = 200_000;
        String nested = "(".repeat(depth) + "x" + ")".repeat(depth); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(CommandLine.EXIT_BAD_INPUT, solve("deep.txt", "variables x\n" + nested + " - 1\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneErrorLine();
        assertTrue(err().matches("deep\\.txt:2:\\d+: .*\\R"), err()); //$NON-NLS-1$
    }

    @Test
    void everySyntaxErrorHasFileLineAndColumn() throws IOException {
        String[][] cases = { //
                { "variables x y\nx^2 + z\n", "2:7" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "x^2 - 1\n", "1:1" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\n", "2:1" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "", "1:1" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\nvariables y\nx\n", "2:1" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x 2y\nx\n", "1:13" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\nx = 1 = 2\n", "2:7" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\nx^2 +\n", "2:6" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\nx^-1\n", "2:3" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\n\tx^100000\n", "2:4" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\nx / 0\n", "2:5" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\nx - 1\nparameters a\n", "3:1" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x ; ; y\nx\ny\n", "1:15" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x ;\nx\n", "1:14" }, //$NON-NLS-1$ //$NON-NLS-2$
                { "variables x\nparameters a ; b\nx - a\n", "2:14" }, //$NON-NLS-1$ //$NON-NLS-2$
        };
        for (String[] c : cases) {
            err.reset();
            assertEquals(CommandLine.EXIT_BAD_INPUT, solve("bad.txt", c[0]), c[0]); //$NON-NLS-1$
            assertOneErrorLine();
            assertTrue(err().startsWith("bad.txt:" + c[1] + ": "), () -> c[0] + " -> " + err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    @Test
    void anUninstalledSolverIsNamedWithTheInstalledOnes() throws IOException {
        assertEquals(CommandLine.EXIT_BAD_INPUT,
                solve("circle.txt", "variables x y\nx^2 + y^2 - 1\nx = y\n", "--solver", "companion-matrix")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(err().contains("no solver 'companion-matrix' is installed; installed: homotopy"), err()); //$NON-NLS-1$
    }

    @Test
    void parametersAreBadInputInOneLine() throws IOException {
        assertEquals(CommandLine.EXIT_BAD_INPUT, solve("param.txt", "variables x\nparameters a\nx - a\n")); //$NON-NLS-1$ //$NON-NLS-2$
        assertOneErrorLine();
        assertTrue(err().startsWith("param.txt: declares the parameters a;"), err()); //$NON-NLS-1$
    }

    @Test
    void everySolutionCarriesACertificateAndTheBezoutNumberProvesThereAreNoOthers() throws IOException {
        // (x^2 + 1)(x - 2): one real root and a conjugate pair, as many as the degree.
        assertEquals(CommandLine.EXIT_OK, solve("cubic.txt", "variables x\n(x^2 + 1)*(x - 2)\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        assertTrue(json.get("certified").getAsBoolean(), json::toString); //$NON-NLS-1$
        assertEquals(3, json.get("certifiedSolutions").getAsInt()); //$NON-NLS-1$
        assertEquals(3, json.get("provenDistinct").getAsInt()); //$NON-NLS-1$
        assertEquals(1, json.get("provenReal").getAsInt()); //$NON-NLS-1$
        assertEquals(2, json.get("provenNonReal").getAsInt()); //$NON-NLS-1$
        assertTrue(json.get("certificationSeconds").getAsDouble() >= 0); //$NON-NLS-1$
        int real = 0;
        for (var element : json.getAsJsonArray("solutions")) { //$NON-NLS-1$
            JsonObject solution = element.getAsJsonObject();
            JsonObject certificate = solution.getAsJsonObject("certificate"); //$NON-NLS-1$
            assertEquals("krawczyk", certificate.get("kind").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
            double radius = certificate.get("radius").getAsDouble(); //$NON-NLS-1$
            assertTrue(radius > 0 && radius < 1e-10, certificate::toString);
            double re = solution.getAsJsonArray("coordinates").get(0).getAsJsonArray().get(0).getAsDouble(); //$NON-NLS-1$
            if (certificate.get("real").getAsBoolean()) { //$NON-NLS-1$
                real++;
                assertEquals(2, re, 1e-12);
            }
        }
        assertEquals(1, real);
        JsonObject check = json.getAsJsonArray("crossCheck").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals(BezoutCompleteness.ID, check.get("counter").getAsString()); //$NON-NLS-1$
        assertEquals(3, check.get("degree").getAsInt()); //$NON-NLS-1$
        assertEquals(1, json.getAsJsonArray("crossCheck").size(), "no exact count is made"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("3 solutions certified (Krawczyk) and pairwise distinct; as many as the Bézout number, so there is no" //$NON-NLS-1$
                + " other solution and no positive-dimensional component", json.get("evidence").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void anIdenticallyZeroEquationIsNotProvenCompleteByItsBezoutNumberOfZero() throws IOException {
        // x - 1 = 0, 0 = 0: the line x = 1, not zero points, although the Bézout number 1·0 is zero.
        solve("zero.txt", "variables x y\nx - 1\n0\n", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        for (var check : json.getAsJsonArray("crossCheck")) { //$NON-NLS-1$
            assertNotEquals(BezoutCompleteness.ID, check.getAsJsonObject().get("counter").getAsString(), json::toString); //$NON-NLS-1$
        }
        assertFalse(json.has("certified") && json.get("certified").getAsBoolean(), json::toString); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void solutionsShortOfTheBezoutNumberAreCertifiedByTheExactCountModuloTwoPrimes() throws IOException {
        // The difference of the two conics is x - 2 = 0, so they meet in (2, 1) and (2, -1); their other
        // two intersections (Bézout: 4) are the points at infinity of the asymptotes x = ±y.
        assertEquals(CommandLine.EXIT_OK, solve("conics.txt", "variables x y\nx^2 - y^2 - 3\nx^2 - y^2 + x - 5\n", "--json"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                err());
        JsonObject json = json();
        assertTrue(json.get("certified").getAsBoolean(), json::toString); //$NON-NLS-1$
        assertEquals(2, json.get("finiteSolutions").getAsInt(), json::toString); //$NON-NLS-1$
        JsonObject check = json.getAsJsonArray("crossCheck").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals("groebner-f4", check.get("counter").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, check.get("degree").getAsInt()); //$NON-NLS-1$
        assertEquals(2, check.get("secondDegree").getAsInt()); //$NON-NLS-1$
        assertEquals(2147483629L, check.get("secondPrime").getAsLong()); //$NON-NLS-1$
        assertTrue(check.get("primesAgree").getAsBoolean()); //$NON-NLS-1$
        assertEquals("2 solutions certified (Krawczyk) and pairwise distinct; groebner-f4 counts 2 modulo 2147483647 and 2147483629", //$NON-NLS-1$
                json.get("evidence").getAsString()); //$NON-NLS-1$
    }

    @Test
    void aCertificateOfCoordinatesOfDifferentSizesGivesTheScalesOfItsBox() throws IOException {
        // u + y + z = 6, u y z = 6, u³ + y³ + z³ = 36 with x = 1024 u: by Newton's identities u, y, z are
        // 1, 2, 3 in some order (docs/CERTIFICATES.md: scaled boxes)
        String system = """
                variables x y z
                x*y*z = 6*1024
                x + 1024*y + 1024*z = 6*1024
                x^3 + 1024^3*y^3 + 1024^3*z^3 = 36*1024^3
                """; //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, solve("scaled.txt", system, "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject json = json();
        assertEquals(6, json.get("certifiedSolutions").getAsInt(), json::toString); //$NON-NLS-1$
        assertEquals(6, json.get("provenReal").getAsInt(), json::toString); //$NON-NLS-1$
        for (var element : json.getAsJsonArray("solutions")) { //$NON-NLS-1$
            JsonObject solution = element.getAsJsonObject();
            if (solution.get("atInfinity").getAsBoolean()) { //$NON-NLS-1$
                continue;
            }
            var scales = solution.getAsJsonObject("certificate").getAsJsonArray("scales"); //$NON-NLS-1$ //$NON-NLS-2$
            var coordinates = solution.getAsJsonArray("coordinates"); //$NON-NLS-1$
            for (int v = 0; v < 3; v++) {
                // the power of two at or below the coordinate's size: 1024 or 2048 for x, 1 or 2 for y and z
                double size = Math.rint(coordinates.get(v).getAsJsonArray().get(0).getAsDouble());
                assertEquals(Math.scalb(1.0, Math.getExponent(size)), scales.get(v).getAsDouble(), solution::toString);
            }
        }
    }

    @Test
    void theTextReportSaysHowManySolutionsAreCertifiedAndProvenReal() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("circle.txt", "variables x y\nx^2 + y^2 - 1\nx = y\n"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(out().contains("\n2 of 2 solutions certified (Krawczyk), 2 proven real; certification "), out()); //$NON-NLS-1$
        assertTrue(out().contains("\ncertified: 2 solutions certified (Krawczyk) and pairwise distinct; as many as the Bézout" //$NON-NLS-1$
                + " number, so there is no other solution and no positive-dimensional component\n"), out()); //$NON-NLS-1$
    }

    @Test
    void katsuraSystemsAreCertifiedPointByPoint() throws IOException {
        // katsura-3: 8 solutions, all regular; the exact count confirms there are no others.
        String katsura3 = """
                variables x0 x1 x2 x3
                x0 + 2*x1 + 2*x2 + 2*x3 = 1
                x0^2 + 2*x1^2 + 2*x2^2 + 2*x3^2 = x0
                2*x0*x1 + 2*x1*x2 + 2*x2*x3 = x1
                2*x0*x2 + x1^2 + 2*x1*x3 = x2
                """; //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, solve("katsura3.txt", katsura3, "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject json = json();
        assertEquals(8, json.get("finiteSolutions").getAsInt()); //$NON-NLS-1$
        assertEquals(8, json.get("certifiedSolutions").getAsInt(), json::toString); //$NON-NLS-1$
        assertEquals(8, json.get("provenDistinct").getAsInt()); //$NON-NLS-1$
        assertEquals(json.get("realSolutions").getAsInt(), json.get("provenReal").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(8, json.get("provenReal").getAsInt() + json.get("provenNonReal").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(json.get("certified").getAsBoolean(), json.get("evidence")::toString); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void aSingularSolutionIsReportedButNotCertified() throws IOException {
        // x^2 = 0: the exact count 2 is the multiplicity of one singular point, not two solutions.
        assertEquals(CommandLine.EXIT_OK, solve("double.txt", "variables x\nx^2\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        assertFalse(json.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertEquals(0, json.get("certifiedSolutions").getAsInt()); //$NON-NLS-1$
        JsonObject solution = json.getAsJsonArray("solutions").get(0).getAsJsonObject(); //$NON-NLS-1$
        // The printed JSON omits null members: no certificate, but the reason.
        assertTrue(!solution.has("certificate") || solution.get("certificate").isJsonNull(), solution::toString); //$NON-NLS-1$ //$NON-NLS-2$
        String reason = solution.get("certificateReason").getAsString(); //$NON-NLS-1$
        assertTrue(reason.startsWith("singular Jacobian") || reason.equals("Krawczyk test failed"), reason); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(json.get("evidence").getAsString().startsWith("0 of 1 solution certified"), json::toString); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void anOverdeterminedSystemIsNotCertifiedAndSaysWhy() throws IOException {
        assertEquals(CommandLine.EXIT_OK, solve("three.txt", "variables x y\nx - 1\ny - 2\nx + y = 3\n", "--json"), err()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonObject json = json();
        assertFalse(json.get("certified").getAsBoolean()); //$NON-NLS-1$
        JsonObject solution = json.getAsJsonArray("solutions").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertTrue(solution.get("certificateReason").getAsString().startsWith("not a square system (3 equations in 2 unknowns)"), //$NON-NLS-1$ //$NON-NLS-2$
                solution::toString);
    }
}
