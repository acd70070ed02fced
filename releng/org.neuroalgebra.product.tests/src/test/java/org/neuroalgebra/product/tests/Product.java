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
