// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code neuroalgebra worker} in separate processes of the built product: three workers on
 * loopback form one cluster from a member list (no multicast), one is killed with SIGKILL, the
 * others see it leave and keep running, and SIGTERM ends them; a sweep of 50 members coordinated
 * by a fourth process on such workers, one killed with SIGKILL while rows are still missing, writes
 * the tables of the same sweep run alone, byte for byte, with the members' known dimensions.
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
                Product.await(err, text -> membersSeen(text) == 3, "three members"); //$NON-NLS-1$
            }

            Product.signal(workers.get(2), "KILL"); //$NON-NLS-1$
            assertTrue(workers.get(2).waitFor(30, TimeUnit.SECONDS));
            String left = "neuroalgebra worker: member left 127.0.0.1:" + ports[2] + "; 2 members"; //$NON-NLS-1$ //$NON-NLS-2$
            for (Path err : errors.subList(0, 2)) {
                Product.await(err, text -> text.contains(left), left);
            }
            assertTrue(workers.get(0).isAlive() && workers.get(1).isAlive(), "the other workers keep running"); //$NON-NLS-1$

            for (Process worker : workers.subList(0, 2)) {
                Product.signal(worker, "TERM"); //$NON-NLS-1$
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

    @Test
    void aSweepOnWorkersOneKilledWritesTheTableOfTheSweepAlone() throws Exception {
        Path model = LinearSweep.write(directory);
        Product.Run alone = Product.run(Product.builder(directory.resolve("configuration-alone"), "sweep", model.toString(), //$NON-NLS-1$ //$NON-NLS-2$
                "--sweep", LinearSweep.NAME, "--out", directory.resolve("alone").toString(), "--workers", "2")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(0, alone.exit(), alone::toString);
        LinearSweep.assertRankOneDimensions(directory.resolve("alone").resolve(LinearSweep.NAME + ".jsonl")); //$NON-NLS-1$ //$NON-NLS-2$

        int[] ports = { freePort(), freePort(), freePort(), freePort() };
        String join = IntStream.of(ports).mapToObj(port -> "127.0.0.1:" + port).collect(Collectors.joining(",")); //$NON-NLS-1$ //$NON-NLS-2$
        List<Process> workers = new ArrayList<>();
        try {
            for (int i = 1; i < ports.length; i++) {
                Path err = directory.resolve("worker" + i + ".err"); //$NON-NLS-1$ //$NON-NLS-2$
                workers.add(Product.builder(directory.resolve("configuration" + i), "worker", "--join", join, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        "--port", Integer.toString(ports[i]), "--workers", "1") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        .redirectError(err.toFile()).start());
                Product.await(err, text -> text.contains("neuroalgebra worker: joined as"), "the worker's start"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Product.await(directory.resolve("worker1.err"), text -> membersSeen(text) == 3, "three workers"); //$NON-NLS-1$ //$NON-NLS-2$
            Path out = directory.resolve("sweep.out"); //$NON-NLS-1$
            Process coordinator = Product.builder(directory.resolve("configuration0"), "sweep", model.toString(), "--sweep", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    LinearSweep.NAME, "--out", directory.resolve("cluster").toString(), "--workers", "1", "--join", join, "--port", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    Integer.toString(ports[0])).redirectOutput(out.toFile())
                    .redirectError(directory.resolve("sweep.err").toFile()).start(); //$NON-NLS-1$
            // Killed once the first rows are in: the units it holds then must be computed elsewhere.
            Product.await(out, text -> !text.isEmpty(), "the first rows"); //$NON-NLS-1$
            Product.signal(workers.get(2), "KILL"); //$NON-NLS-1$
            // Counted after the kill, so at most the rows there were when it came.
            long rowsAtTheKill = Files.readString(out, StandardCharsets.UTF_8).lines().count();
            assertTrue(rowsAtTheKill < LinearSweep.MEMBERS, "the sweep had finished before the kill"); //$NON-NLS-1$
            assertTrue(coordinator.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the sweep did not finish"); //$NON-NLS-1$
            String err = Files.readString(directory.resolve("sweep.err"), StandardCharsets.UTF_8); //$NON-NLS-1$
            assertEquals(0, coordinator.exitValue(), err);
            assertTrue(err.startsWith("neuroalgebra sweep: coordinating as 127.0.0.1:" + ports[0]), err); //$NON-NLS-1$
            assertEquals(LinearSweep.MEMBERS, Files.readString(out, StandardCharsets.UTF_8).lines().count(), "one row per member"); //$NON-NLS-1$
            for (String table : List.of(LinearSweep.NAME + ".csv", LinearSweep.NAME + ".jsonl")) { //$NON-NLS-1$ //$NON-NLS-2$
                assertArrayEquals(Files.readAllBytes(directory.resolve("alone").resolve(table)), //$NON-NLS-1$
                        Files.readAllBytes(directory.resolve("cluster").resolve(table)), table); //$NON-NLS-1$
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
