// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code neuroalgebra worker} in separate processes of the built product: three workers on
 * loopback form one cluster from a member list (no multicast), one is killed with SIGKILL, the
 * others see it leave and keep running, and SIGTERM ends them.
 */
class WorkerProductTest {

    private static final long WAIT_SECONDS = 120;
    private static final Pattern JOINED = Pattern.compile("neuroalgebra worker: joined as \\S+ with 1 workers; members: (.*)"); //$NON-NLS-1$
    private static final Pattern CHANGED = Pattern.compile("neuroalgebra worker: member (?:joined|left) \\S+; (\\d+) members"); //$NON-NLS-1$

    @TempDir
    Path directory;

    @Test
    void workersFormAClusterAndSeeAKilledOneLeave() throws Exception {
        int[] ports = { freePort(), freePort(), freePort() };
        String join = "127.0.0.1:" + ports[0] + ",127.0.0.1:" + ports[1] + ",127.0.0.1:" + ports[2]; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Process> workers = new ArrayList<>();
        List<Path> errors = new ArrayList<>();
        try {
            for (int i = 0; i < ports.length; i++) {
                Path err = directory.resolve("worker" + i + ".err"); //$NON-NLS-1$ //$NON-NLS-2$
                errors.add(err);
                workers.add(Product.builder(directory.resolve("configuration" + i), "worker", "--join", join, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "--port", Integer.toString(ports[i]), "--workers", "1") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .redirectOutput(directory.resolve("worker" + i + ".out").toFile()) //$NON-NLS-1$ //$NON-NLS-2$
                        .redirectError(err.toFile()).start());
            }
            for (Path err : errors) {
                awaitText(err, text -> membersSeen(text) == 3, "three members"); //$NON-NLS-1$
            }

            new ProcessBuilder("kill", "-KILL", Long.toString(workers.get(2).pid())).start().waitFor(); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(workers.get(2).waitFor(30, TimeUnit.SECONDS));
            String left = "neuroalgebra worker: member left 127.0.0.1:" + ports[2] + "; 2 members"; //$NON-NLS-1$ //$NON-NLS-2$
            for (Path err : errors.subList(0, 2)) {
                awaitText(err, text -> text.contains(left), left);
            }
            assertTrue(workers.get(0).isAlive() && workers.get(1).isAlive(), "the other workers keep running"); //$NON-NLS-1$

            for (Process worker : workers.subList(0, 2)) {
                new ProcessBuilder("kill", "-TERM", Long.toString(worker.pid())).start().waitFor(); //$NON-NLS-1$ //$NON-NLS-2$
                assertTrue(worker.waitFor(30, TimeUnit.SECONDS), "a worker did not stop after SIGTERM"); //$NON-NLS-1$
                assertEquals(143, worker.exitValue());
            }
            for (int i = 0; i < ports.length; i++) {
                assertEquals("", Files.readString(directory.resolve("worker" + i + ".out"), StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        } finally {
            workers.forEach(Process::destroyForcibly);
        }
    }

    /** @return the number of members the worker's last line about the membership reports */
    private static int membersSeen(String stderr) {
        int seen = 0;
        for (String line : stderr.lines().toList()) {
            Matcher joined = JOINED.matcher(line);
            Matcher changed = CHANGED.matcher(line);
            if (joined.matches()) {
                seen = joined.group(1).split(", ").length; //$NON-NLS-1$
            } else if (changed.matches()) {
                seen = Integer.parseInt(changed.group(1));
            }
        }
        return seen;
    }

    private static void awaitText(Path file, Predicate<String> condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String text = ""; //$NON-NLS-1$
        while (System.nanoTime() < deadline) {
            text = Files.readString(file, StandardCharsets.UTF_8);
            if (condition.test(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("waited " + WAIT_SECONDS + " s for " + what + " in " + file + ":\n" + text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
