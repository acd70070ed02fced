// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The built headless product, started as a user starts it: its {@code neuroalgebra} script in a
 * separate process, with a configuration area of the test's own so that runs neither share state
 * nor write to the user's home.
 */
final class Product {

    /** What one run printed and how it ended. */
    record Run(int exit, String out, String err) {

        String firstErrorLine() {
            return err.lines().findFirst().orElse(""); //$NON-NLS-1$
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    static final Path HOME = Path.of(System.getProperty("product.home")); //$NON-NLS-1$
    static final Path EXAMPLES = Path.of(System.getProperty("examples.dir")); //$NON-NLS-1$
    private static final long TIMEOUT_SECONDS = 300;
    private static final long WAIT_SECONDS = 120;

    private Product() {
    }

    static ProcessBuilder builder(Path configuration, String... args) {
        List<String> command = new ArrayList<>();
        command.add(HOME.resolve("neuroalgebra").toString()); //$NON-NLS-1$
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("NEUROALGEBRA_CONFIGURATION", configuration.toString()); //$NON-NLS-1$
        builder.environment().remove("NEUROALGEBRA_VMARGS"); //$NON-NLS-1$
        builder.environment().remove("NEUROALGEBRA_DEBUG"); //$NON-NLS-1$
        return builder;
    }

    static Run run(Path configuration, String... args) throws IOException, InterruptedException {
        return run(builder(configuration, args));
    }

    static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        Path out = Files.createTempFile("product-out", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
        Path err = Files.createTempFile("product-err", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the product did not finish in " + TIMEOUT_SECONDS + " s"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Sends a signal ({@code KILL}, {@code TERM}) to a process, as a user's {@code kill} does. */
    static void signal(Process process, String signal) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Polls a file a running process writes until its text meets a condition.
     *
     * @param what
     *            what is awaited, for the message when it does not come
     * @return the text that met the condition
     */
    static String await(Path file, Predicate<String> condition, String what) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String text = ""; //$NON-NLS-1$
        while (System.nanoTime() < deadline) {
            text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
            if (condition.test(text)) {
                return text;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("waited " + WAIT_SECONDS + " s for " + what + " in " + file + ":\n" + text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    /** @return every file and folder under the install with its size and modification time */
    static Map<String, String> snapshot() throws IOException {
        Map<String, String> state = new TreeMap<>();
        try (Stream<Path> files = Files.walk(HOME)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                state.put(HOME.relativize(file).toString(),
                        Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis()); //$NON-NLS-1$
            }
        }
        return state;
    }
}
