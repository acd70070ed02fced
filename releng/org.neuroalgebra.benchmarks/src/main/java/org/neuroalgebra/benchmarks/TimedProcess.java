// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command with a time limit and measures its wall time. Output goes to files (a pipe
 * that nobody reads would stall the child); on the limit the whole process tree is killed, so
 * a timeout never leaves work running that would disturb the next measurement.
 *
 * @param exitCode
 *            the exit code, or -1 on timeout or when the command could not start
 * @param seconds
 *            the wall time from start to exit
 * @param out
 *            what the command wrote on stdout
 * @param err
 *            what it wrote on stderr (or why it could not start)
 * @param timedOut
 *            whether the limit was reached
 */
record TimedProcess(int exitCode, double seconds, String out, String err, boolean timedOut) {

    boolean ok() {
        return exitCode == 0 && !timedOut;
    }

    static TimedProcess run(List<String> command, Path directory, long timeoutSeconds, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "out", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
        Path err = Files.createTempFile(directory, "err", ".txt"); //$NON-NLS-1$ //$NON-NLS-2$
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(new File("/dev/null")).redirectOutput(out.toFile()).redirectError(err.toFile()); //$NON-NLS-1$
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new TimedProcess(-1, 0, "", "cannot start " + command.get(0) + ": " + e.getMessage(), false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        boolean finished;
        try {
            finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return new TimedProcess(finished ? process.exitValue() : -1, seconds, stdout, stderr, !finished);
    }

    /** @return the first non-empty line of stderr, for a one-line report */
    String firstErrorLine() {
        return err.lines().filter(line -> !line.isBlank()).findFirst().orElse("exit " + exitCode); //$NON-NLS-1$
    }
}
