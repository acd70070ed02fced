// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The headless product under faults a user meets: signals, a heap too small, a shared read-only
 * install, concurrent first runs, no home folder. Each test asserts the exit code, the first line
 * on stderr, and that the install folder is left exactly as it was.
 */
class HeadlessProductTest {

    /** A quick block, then a long one that an interrupt catches while it runs. */
    private static final String QUICK_THEN_LONG = """
            architecture square_mlp {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }
            architecture cubic_mlp {
              input 2
              dense 2 bias=false
              activation x^3
              dense 1 bias=false
            }
            dataset cloud {
              random 50 inputs in [-1, 1]^2 seed 7
              targets from cubic_mlp seed 11 noise 0.1
            }
            analysis quick {
              dimension of square_mlp seed 1
            }
            analysis long {
              train of cubic_mlp data cloud seed 12
              runs=5000
              steps=100000
              threads=1
            }
            """;

    @TempDir
    Path directory;

    @Test
    void helpSucceedsAndLeavesTheInstallUntouched() throws Exception {
        Map<String, String> before = Product.snapshot();
        Product.Run help = Product.run(directory.resolve("config"), "help"); //$NON-NLS-1$
        assertEquals(0, help.exit(), help::toString);
        assertTrue(help.out().contains("exit codes"), help::toString); //$NON-NLS-1$
        Product.Run failing = Product.run(directory.resolve("config"), "dimension", "no-such-file.nalg", "--subject", "x"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(2, failing.exit(), failing::toString);
        assertEquals("no-such-file.nalg: no such file", failing.firstErrorLine()); //$NON-NLS-1$
        assertEquals(before, Product.snapshot(), "the install folder changed"); //$NON-NLS-1$
    }

    @Test
    void theWorkbenchProductsScriptRunsTheHeadlessApplication() throws Exception {
        Path workbench = Path.of(System.getProperty("workbench.home")); //$NON-NLS-1$
        ProcessBuilder builder = Product.builder(directory.resolve("config"), "dimension", //$NON-NLS-1$ //$NON-NLS-2$
                Product.EXAMPLES.resolve("talk.nalg").toString(), "--subject", "square_mlp", "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        builder.command().set(0, workbench.resolve("neuroalgebra").toString()); //$NON-NLS-1$
        Product.Run run = Product.run(builder);
        // It used to start the workbench application and exit 13 without a word.
        assertEquals(0, run.exit(), run::toString);
        assertEquals(3, JsonParser.parseString(run.out()).getAsJsonObject().get("dimension").getAsInt()); //$NON-NLS-1$
    }

    @Test
    void noArgumentsIsBadInput() throws Exception {
        Product.Run run = Product.run(directory.resolve("config")); //$NON-NLS-1$
        assertEquals(2, run.exit(), run::toString);
        assertEquals("neuroalgebra: no command given", run.firstErrorLine()); //$NON-NLS-1$
    }

    @Test
    void withoutAHomeTheConfigurationGoesToTheTemporaryFolder() throws Exception {
        Map<String, String> before = Product.snapshot();
        ProcessBuilder builder = Product.builder(directory.resolve("unused"), "help"); //$NON-NLS-1$ //$NON-NLS-2$
        builder.environment().remove("NEUROALGEBRA_CONFIGURATION"); //$NON-NLS-1$
        builder.environment().remove("HOME"); //$NON-NLS-1$
        builder.environment().remove("XDG_CACHE_HOME"); //$NON-NLS-1$
        builder.environment().put("TMPDIR", directory.toString()); //$NON-NLS-1$
        Product.Run run = Product.run(builder);
        assertEquals(0, run.exit(), run::toString);
        try (var entries = Files.list(directory)) {
            assertTrue(entries.anyMatch(p -> p.getFileName().toString().startsWith("neuroalgebra-")), //$NON-NLS-1$
                    "a per-user configuration area in TMPDIR"); //$NON-NLS-1$
        }
        assertEquals(before, Product.snapshot(), "the install folder changed"); //$NON-NLS-1$
    }

    @Test
    void concurrentFirstRunsShareOneFreshConfigurationArea() throws Exception {
        Path configuration = directory.resolve("shared-config"); //$NON-NLS-1$
        Path model = Product.EXAMPLES.resolve("talk.nalg"); //$NON-NLS-1$
        List<Process> processes = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path out = directory.resolve("out-" + i + ".json"); //$NON-NLS-1$ //$NON-NLS-2$
            outputs.add(out);
            processes.add(Product.builder(configuration, "dimension", model.toString(), "--subject", "square_mlp", "--json") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    .redirectOutput(out.toFile()).redirectError(directory.resolve("err-" + i + ".txt").toFile()).start()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < processes.size(); i++) {
            assertTrue(processes.get(i).waitFor(300, TimeUnit.SECONDS));
            String err = Files.readString(directory.resolve("err-" + i + ".txt")); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(0, processes.get(i).exitValue(), err);
            JsonObject json = JsonParser.parseString(Files.readString(outputs.get(i))).getAsJsonObject();
            // sigma = x^2, (2,2,1): the binary quadrics, dimension 3, certified.
            assertEquals(3, json.get("dimension").getAsInt()); //$NON-NLS-1$
        }
    }

    @Test
    void ctrlCKeepsTheFinishedBlocksAndTheJsonValid() throws Exception {
        interruptKeepsFinishedWork("INT", 130); //$NON-NLS-1$
    }

    @Test
    void sigtermKeepsTheFinishedBlocksAndTheJsonValid() throws Exception {
        interruptKeepsFinishedWork("TERM", 143); //$NON-NLS-1$
    }

    private void interruptKeepsFinishedWork(String signal, int expectedExit) throws Exception {
        Path model = directory.resolve("long.nalg"); //$NON-NLS-1$
        Files.writeString(model, QUICK_THEN_LONG);
        Path out = directory.resolve("out.json"); //$NON-NLS-1$
        Path err = directory.resolve("err.txt"); //$NON-NLS-1$
        ProcessBuilder builder = Product.builder(directory.resolve("config"), "run", model.toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        // The progress line says when the long block has started, so the quick one is finished.
        builder.environment().put("NEUROALGEBRA_PROGRESS", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive() && !read(err).contains("training")) { //$NON-NLS-1$
            Thread.sleep(100);
        }
        assertTrue(process.isAlive(), () -> "the run ended early: " + read(err)); //$NON-NLS-1$
        long signalled = System.nanoTime();
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(); //$NON-NLS-1$ //$NON-NLS-2$
        // Java is started by exec from the script, so the pid is the JVM's.
        // A liveness bound only (the computation alone would run for minutes); the delay is
        // printed for the build log, not asserted.
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the product did not stop after SIG" + signal); //$NON-NLS-1$
        System.out.printf("SIG%s: the product stopped %.2f s after the signal%n", signal, //$NON-NLS-1$
                Double.valueOf((System.nanoTime() - signalled) / 1e9));
        assertEquals(expectedExit, process.exitValue(), () -> read(err));
        JsonObject report = JsonParser.parseString(read(out)).getAsJsonObject();
        assertTrue(report.get("interrupted").getAsBoolean()); //$NON-NLS-1$
        JsonArray results = report.getAsJsonArray("results"); //$NON-NLS-1$
        assertEquals(2, results.size(), report::toString);
        JsonObject quick = results.get(0).getAsJsonObject();
        assertEquals("quick", quick.get("analysis").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, quick.getAsJsonObject("result").get("dimension").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject long_ = results.get(1).getAsJsonObject();
        assertEquals("long", long_.get("analysis").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(long_.get("canceled").getAsBoolean()); //$NON-NLS-1$
        assertTrue(read(err).contains("neuroalgebra: interrupted; 1 of 2 blocks finished, 'long' canceled"), //$NON-NLS-1$
                () -> read(err));
    }

    @Test
    void aJobThatCannotFitEndsWithOutOfMemory() throws Exception {
        Path model = directory.resolve("big.nalg"); //$NON-NLS-1$
        // sigma = x^2, widths (8,14,14,1): the fibre analysis expands f_theta into 330 coefficients,
        // polynomials in 322 parameters, which do not fit in 40 MiB, though the size guard admits them
        // (the dimension alone no longer expands f_theta and fits).
        Files.writeString(model, """
                architecture big {
                  input 8
                  dense 14 bias=false
                  activation x^2
                  dense 14 bias=false
                  activation x^2
                  dense 1 bias=false
                }
                """);
        ProcessBuilder builder = Product.builder(directory.resolve("config"), "fiber", model.toString(), "--subject", "big"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        builder.environment().put("NEUROALGEBRA_VMARGS", "-Xmx40m"); //$NON-NLS-1$ //$NON-NLS-2$
        Product.Run run = Product.run(builder);
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.firstErrorLine().startsWith("neuroalgebra: out of memory: "), run::toString); //$NON-NLS-1$
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void plotIntoADirectoryIsRefusedBeforeWorkAndTheDirectoryStays() throws Exception {
        Path target = Files.createDirectory(directory.resolve("dir.png")); //$NON-NLS-1$
        Product.Run run = Product.run(directory.resolve("config"), "run", Product.EXAMPLES.resolve("talk.nalg").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "--plot", target.toString()); //$NON-NLS-1$
        assertEquals(2, run.exit(), run::toString);
        assertEquals("neuroalgebra: --plot " + target + ": is a directory; refusing to replace it", run.firstErrorLine()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.isDirectory(target));
        assertEquals("", run.out(), "no analysis ran"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
