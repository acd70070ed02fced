// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisRegistry;
import org.neuroalgebra.cluster.ClusterMember;
import org.neuroalgebra.cluster.ClusterOptions;
import org.neuroalgebra.cluster.TaskHandler;
import org.neuroalgebra.cluster.TaskHandlers;
import org.neuroalgebra.solver.SolverRegistry;

/**
 * {@code neuroalgebra worker}: its usage errors, and a worker started by the command that joins a
 * member of this test on loopback, computes some of its units and leaves when interrupted.
 */
class WorkerCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The unit "n" answers the sum of the first n odd numbers, which is n². */
    private static final class OddSums implements TaskHandler {

        final AtomicInteger handled = new AtomicInteger();

        @Override
        public String id() {
            return "odd-sums"; //$NON-NLS-1$
        }

        @Override
        public String handle(String workUnit) {
            handled.incrementAndGet();
            long sum = 0;
            for (long odd = 1, n = Long.parseLong(workUnit); n > 0; n--, odd += 2) {
                sum += odd;
            }
            return Long.toString(sum);
        }
    }

    private CommandLine commandLine(TaskHandlers handlers) {
        return new CommandLine(new AnalysisRegistry(), new SolverRegistry(), handlers,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertUsageError("'worker' needs --join", "worker"); //$NON-NLS-1$ //$NON-NLS-2$
        assertUsageError("--join: 'node1' is not a member address HOST:PORT", "worker", "--join", "node1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertUsageError("--workers must be from 1 to 1024, found 0", "worker", "--join", "a:1", "--workers", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertUsageError("--port expects a port from 1 to 65535, found 70000", "worker", "--join", "a:1", "--port", "70000"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertUsageError("'worker' takes no FILE, found 'model.nalg'", "worker", "model.nalg", "--join", "a:1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    private void assertUsageError(String message, String... args) {
        err.reset();
        assertEquals(CommandLine.EXIT_BAD_INPUT, commandLine(new TaskHandlers()).execute(args));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("neuroalgebra: " + message + System.lineSeparator()), //$NON-NLS-1$
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWorkerComputesUnitsOfTheMemberItJoinedUntilInterrupted() throws Exception {
        int coordinatorPort = freePort();
        int workerPort = freePort();
        String members = "127.0.0.1:" + coordinatorPort + ",127.0.0.1:" + workerPort; //$NON-NLS-1$ //$NON-NLS-2$
        OddSums atCoordinator = new OddSums();
        TaskHandlers coordinatorHandlers = new TaskHandlers();
        coordinatorHandlers.add(atCoordinator);
        OddSums atWorker = new OddSums();
        TaskHandlers workerHandlers = new TaskHandlers();
        workerHandlers.add(atWorker);
        try (ClusterMember coordinator = ClusterMember.start(ClusterOptions.joining(members, coordinatorPort, 1),
                coordinatorHandlers)) {
            CommandLine worker = commandLine(workerHandlers);
            int[] exit = { -1 };
            Thread command = new Thread(() -> exit[0] = worker.execute("worker", "--join", members, "--port", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Integer.toString(workerPort), "--workers", "1"), "worker command"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            command.start();
            String workerAddress = "127.0.0.1:" + workerPort; //$NON-NLS-1$
            for (int i = 0; i < 300 && !coordinator.members().contains(workerAddress); i++) {
                Thread.sleep(100);
            }
            assertEquals(List.of("127.0.0.1:" + coordinatorPort, workerAddress), coordinator.members()); //$NON-NLS-1$

            List<String> units = IntStream.rangeClosed(1, 20).mapToObj(Integer::toString).toList();
            Map<Integer, String> results = new TreeMap<>();
            assertEquals(List.of(), coordinator.run("odd-sums", units, results::put, ProgressMonitor.NULL)); //$NON-NLS-1$
            for (int n = 1; n <= 20; n++) {
                assertEquals(Integer.toString(n * n), results.get(n - 1));
            }
            // Each member is sent as many units as it has workers at the start: one went to the worker.
            assertTrue(atWorker.handled.get() >= 1);
            assertEquals(20, atWorker.handled.get() + atCoordinator.handled.get());

            worker.interrupt();
            command.join(30_000);
            assertEquals(CommandLine.EXIT_OK, exit[0]);
            assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("neuroalgebra worker: joined as " + workerAddress //$NON-NLS-1$
                    + " with 1 workers; members: 127.0.0.1:" + coordinatorPort + ", " + workerAddress), //$NON-NLS-1$ //$NON-NLS-2$
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
