// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.analysis.dimension.DimensionAnalysis;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.cluster.ClusterMember;
import org.neuroalgebra.cluster.ClusterOptions;
import org.neuroalgebra.cluster.SweepMemberHandler;
import org.neuroalgebra.cluster.TaskHandler;
import org.neuroalgebra.cluster.TaskHandlers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code neuroalgebra sweep --join}: the members of a sweep run on a cluster of this JVM and a
 * worker member, and the sweep's table is byte for byte the table of the same sweep run on this
 * JVM's threads; its dimensions are those of rank-one matrices.
 */
class ClusterSweepTest {

    /** (n, 1, m) linear networks without biases: 9 members. */
    private static final String MODEL = """
            sweep linear {
              architecture {
                input [2..4]
                dense 1 bias=false
                dense [2..4] bias=false
              }
              run dimension seed 1
            }
            """;

    @TempDir
    Path directory;

    private final AnalysisRegistry registry = new AnalysisRegistry();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Counts the members the worker evaluated. */
    private static final class Counting implements TaskHandler {

        final AtomicInteger handled = new AtomicInteger();
        private final TaskHandler delegate;

        Counting(TaskHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String handle(String workUnit) {
            handled.incrementAndGet();
            return delegate.handle(workUnit);
        }
    }

    private int sweep(Path file, TaskHandlers handlers, String... options) {
        String[] args = new String[4 + options.length];
        args[0] = "sweep"; //$NON-NLS-1$
        args[1] = file.toString();
        args[2] = "--sweep"; //$NON-NLS-1$
        args[3] = "linear"; //$NON-NLS-1$
        System.arraycopy(options, 0, args, 4, options.length);
        return new CommandLine(registry, ModelText.solvers(), handlers,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false).execute(args);
    }

    @Test
    void aSweepOnAClusterWritesTheTableOfTheSweepOnThreads() throws Exception {
        registry.add(new DimensionAnalysis(ModelText.solvers()));
        Path file = directory.resolve("families.nalg"); //$NON-NLS-1$
        Files.writeString(file, MODEL);
        Path local = directory.resolve("local"); //$NON-NLS-1$
        Path cluster = directory.resolve("cluster"); //$NON-NLS-1$
        assertEquals(CommandLine.EXIT_OK, sweep(file, new TaskHandlers(), "--out", local.toString(), "--workers", "2"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                () -> err.toString(StandardCharsets.UTF_8));

        int coordinatorPort = freePort();
        int workerPort = freePort();
        String members = "127.0.0.1:" + coordinatorPort + ",127.0.0.1:" + workerPort; //$NON-NLS-1$ //$NON-NLS-2$
        Counting atWorker = new Counting(new SweepMemberHandler(registry));
        TaskHandlers workerHandlers = new TaskHandlers();
        workerHandlers.add(atWorker);
        TaskHandlers coordinatorHandlers = new TaskHandlers();
        coordinatorHandlers.add(new SweepMemberHandler(registry));
        try (ClusterMember worker = ClusterMember.start(ClusterOptions.joining(members, workerPort, 1), workerHandlers)) {
            err.reset();
            assertEquals(CommandLine.EXIT_OK, sweep(file, coordinatorHandlers, "--out", cluster.toString(), "--workers", "1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "--join", members, "--port", Integer.toString(coordinatorPort)), //$NON-NLS-1$ //$NON-NLS-2$
                    () -> err.toString(StandardCharsets.UTF_8));
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("neuroalgebra sweep: coordinating as 127.0.0.1:" //$NON-NLS-1$
                    + coordinatorPort + "; members: "), () -> err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
            // Each member is sent as many units as it has workers at the start: one went to the worker.
            assertTrue(atWorker.handled.get() >= 1, "the worker evaluated no member"); //$NON-NLS-1$
        }
        assertArrayEquals(Files.readAllBytes(local.resolve("linear.csv")), Files.readAllBytes(cluster.resolve("linear.csv"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertArrayEquals(Files.readAllBytes(local.resolve("linear.jsonl")), Files.readAllBytes(cluster.resolve("linear.jsonl"))); //$NON-NLS-1$ //$NON-NLS-2$
        List<JsonObject> rows = Files.readAllLines(cluster.resolve("linear.jsonl")).stream() //$NON-NLS-1$
                .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
        assertEquals(9, rows.size());
        for (JsonObject row : rows) {
            String[] nm = row.get("key").getAsString().split(" "); //$NON-NLS-1$ //$NON-NLS-2$
            JsonObject dimension = row.getAsJsonArray("figures").asList().stream().map(JsonElement::getAsJsonObject) //$NON-NLS-1$
                    .filter(figure -> figure.get("key").getAsString().equals("dimension")).findFirst().orElseThrow(); //$NON-NLS-1$ //$NON-NLS-2$
            // docs/MATHEMATICS.md §3: (n, 1, m) computes the rank-one m×n matrices, dimension m + n − 1
            assertEquals(Integer.parseInt(nm[0]) + Integer.parseInt(nm[1]) - 1, dimension.get("value").getAsInt(), row.toString()); //$NON-NLS-1$
            assertEquals("certified", dimension.get("evidence").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void portWithoutJoinIsAUsageError() {
        assertEquals(CommandLine.EXIT_BAD_INPUT, sweep(directory.resolve("none.nalg"), new TaskHandlers(), "--port", "5701")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(
                "neuroalgebra: --port is the port of this JVM's cluster member: it needs --join"), //$NON-NLS-1$
                () -> err.toString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
