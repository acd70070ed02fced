// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.everywhere;

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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.app.internal.CommandLine;
import org.neuroalgebra.sample.extension.SampleRuntime;
import org.neuroalgebra.sample.extension.residual.ResidualKind;
import org.neuroalgebra.solver.SolverRegistry;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The headless application's command line with the sample installed as a user installs it: its
 * {@code degree} analysis and {@code residual} layer kind registered by Declarative Services, not
 * by hand, and served by the same code as the built-in ones.
 */
class SampleCommandLineTest {

    private static final String CONE = """
            variety cone {
              coordinates a b c
              equation a^2 + b^2 - c^2 = 0
            }
            """;

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandLine commandLine;

    @BeforeEach
    void setUp() throws InterruptedException {
        commandLine = new CommandLine(SampleRuntime.registry(), solvers(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    private static SolverRegistry solvers() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ResidualKind.class).getBundleContext();
        ServiceTracker<SolverRegistry, SolverRegistry> tracker = new ServiceTracker<>(context, SolverRegistry.class, null);
        tracker.open();
        try {
            SolverRegistry solvers = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
            assertNotNull(solvers, "Declarative Services registered the solver registry"); //$NON-NLS-1$
            return solvers;
        } finally {
            tracker.close();
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path example() throws IOException {
        try (InputStream in = SampleCommandLineTest.class.getResourceAsStream("/examples/residual.nalg")) { //$NON-NLS-1$
            assertNotNull(in, "examples/residual.nalg ships in the bundle"); //$NON-NLS-1$
            Path file = directory.resolve("residual.nalg"); //$NON-NLS-1$
            Files.copy(in, file);
            return file;
        }
    }

    private JsonObject json() {
        return JsonParser.parseString(out()).getAsJsonObject();
    }

    @Test
    void degreeOfAVarietyIsCertified() throws IOException {
        Path file = Files.writeString(directory.resolve("cone.nalg"), CONE); //$NON-NLS-1$
        assertEquals(0, commandLine.execute("degree", file.toString(), "--subject", "cone", "--json"), this::err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        JsonObject result = json();
        // a quadric surface: a general line meets it in two points
        assertEquals(2, result.get("degree").getAsLong(), result::toString); //$NON-NLS-1$
        assertEquals(2, result.get("dimension").getAsInt()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean(), result::toString); //$NON-NLS-1$
    }

    @Test
    void degreeOfAnArchitectureWithAResidualLayer() throws IOException {
        assertEquals(0, commandLine.execute("degree", example().toString(), "--subject", "skip", "--seed", "1", "--json"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                this::err);
        JsonObject result = json();
        // the example's comments: x + w2 (w1 . x)^2 is a scroll of degree 4 and dimension 3 in C^12
        assertEquals(4, result.get("degree").getAsLong(), result::toString); //$NON-NLS-1$
        assertEquals(3, result.get("dimension").getAsInt()); //$NON-NLS-1$
        // four simple points, each certified, and the counts modulo two primes agree
        assertTrue(result.get("certified").getAsBoolean(), result::toString); //$NON-NLS-1$
    }

    @Test
    void theExampleFileRunsEveryBlock() throws IOException {
        assertEquals(0, commandLine.execute("run", example().toString()), this::err); //$NON-NLS-1$
        String printed = out();
        assertTrue(printed.contains("skip: degree 4 (certified), dimension 3 in C^12"), printed); //$NON-NLS-1$
        // the two dimension blocks ran too
        assertTrue(printed.contains("skip_wide"), printed); //$NON-NLS-1$
    }

    @Test
    void helpListsTheAnalysisWithItsSettings() {
        assertEquals(0, commandLine.execute("help")); //$NON-NLS-1$
        String printed = out();
        assertTrue(printed.contains("degree FILE --subject NAME [options]"), printed); //$NON-NLS-1$
        assertTrue(printed.contains("--prime"), printed); //$NON-NLS-1$
        assertTrue(printed.contains("--maxPaths"), printed); //$NON-NLS-1$
    }

    @Test
    void anUnknownSettingIsRefused() throws IOException {
        Path file = Files.writeString(directory.resolve("cone.nalg"), CONE); //$NON-NLS-1$
        assertEquals(2, commandLine.execute("degree", file.toString(), "--subject", "cone", "--primes", "7")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals("neuroalgebra: unknown option '--primes' for 'degree'", err().lines().findFirst().orElse(""), //$NON-NLS-1$ //$NON-NLS-2$
                this::err);
        assertEquals("", out()); //$NON-NLS-1$
    }

    @Test
    void aSettingOutOfItsRangeIsRefused() throws IOException {
        Path file = Files.writeString(directory.resolve("cone.nalg"), CONE); //$NON-NLS-1$
        assertEquals(2, commandLine.execute("degree", file.toString(), "--subject", "cone", "--maxPaths", "0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(1, err().lines().count(), this::err);
        assertTrue(err().contains("maxPaths=0"), this::err); //$NON-NLS-1$
        assertEquals("", out()); //$NON-NLS-1$
    }
}
