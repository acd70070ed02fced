// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.app.internal;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.neuroalgebra.cluster.ClusterMember;
import org.neuroalgebra.cluster.ClusterOptions;
import org.neuroalgebra.cluster.TaskHandlers;

/**
 * {@code neuroalgebra worker --join HOST:PORT[,…] [--port P] [--workers N]}: this JVM becomes a
 * member of a cluster and computes units for whichever member coordinates a run, with the task
 * handlers installed here, until Ctrl-C or SIGTERM. It prints one line on stderr when it has
 * joined and one per change of the membership.
 */
final class WorkerCommand {

    static final Set<String> VALUED = Set.of("join", "port", "workers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final String PREFIX = "neuroalgebra worker: "; //$NON-NLS-1$

    private final TaskHandlers handlers;
    private final PrintStream err;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ClusterMember member;

    WorkerCommand(TaskHandlers handlers, PrintStream err) {
        this.handlers = handlers;
        this.err = err;
    }

    /** @return the exit code once stopped: 0, or 1 when the member could not start */
    int run(Arguments arguments) throws UsageException, InterruptedException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("'worker' takes no FILE, found '" + arguments.positional().get(0) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ClusterOptions options = options(arguments);
        try {
            member = ClusterMember.start(options, handlers);
        } catch (IllegalStateException e) {
            err.println(PREFIX + Failures.oneLine(e.getMessage()));
            return CommandLine.EXIT_FAILED;
        }
        ClusterMember joined = member;
        joined.onMembershipChange(change -> err.println(PREFIX + "member " + change + "; " //$NON-NLS-1$ //$NON-NLS-2$
                + joined.members().size() + " members")); //$NON-NLS-1$
        err.println(PREFIX + "joined as " + joined.address() + " with " + options.workers() + " workers; members: " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + String.join(", ", joined.members())); //$NON-NLS-1$
        stopped.await();
        return CommandLine.EXIT_OK;
    }

    /** Leaves the cluster (units running here go back to their coordinators) and ends {@link #run}. */
    void stop() {
        ClusterMember running = member;
        if (running != null && running.isRunning()) {
            running.close();
        }
        stopped.countDown();
    }

    private static ClusterOptions options(Arguments arguments) throws UsageException {
        return clusterOptions(arguments, SweepCommand.workers(arguments));
    }

    /**
     * @return the member of {@code --join} and {@code --port} with this many workers
     * @throws UsageException
     *             for a missing {@code --join}, a malformed address or port
     */
    static ClusterOptions clusterOptions(Arguments arguments, int workers) throws UsageException {
        long port = arguments.longOption("port", 0); //$NON-NLS-1$
        if ((port < 1 && arguments.option("port") != null) || port > 65535) { //$NON-NLS-1$
            throw new UsageException("--port expects a port from 1 to 65535, found " + port); //$NON-NLS-1$
        }
        try {
            return ClusterOptions.joining(arguments.required("join"), (int) port, workers); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new UsageException("--join: " + e.getMessage()); //$NON-NLS-1$
        }
    }
}
