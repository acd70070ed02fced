// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.cluster.internal.MemberAddress;
import org.neuroalgebra.cluster.internal.MemberConfigs;
import org.neuroalgebra.cluster.internal.TaskDispatch;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * This JVM's member of a Neuroalgebra cluster: an embedded Hazelcast member that computes units
 * with its {@link TaskHandlers} for whichever member coordinates a run, and can itself coordinate
 * a run of units over all members ({@link #run}). Nothing is installed or started outside this JVM.
 */
public final class ClusterMember implements AutoCloseable {

    private final HazelcastInstance instance;

    private ClusterMember(HazelcastInstance instance) {
        this.instance = instance;
    }

    /**
     * Starts a member and, unless the options say alone, joins the listed members that are up
     * (none being up is not an error: the member forms a cluster that the others join later).
     *
     * @param handlers
     *            the handlers this member computes with, looked up by id when a unit arrives
     * @throws IllegalStateException
     *             when the member cannot start (its port is taken, for instance)
     */
    public static ClusterMember start(ClusterOptions options, TaskHandlers handlers) {
        try {
            return new ClusterMember(Hazelcast.newHazelcastInstance(MemberConfigs.of(options, handlers)));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start a cluster member: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * Runs the units through the handler {@code handlerId} on all members, this one included, and
     * returns when each unit has its result or failure, or when the monitor is canceled.
     *
     * @param results
     *            receives (index in {@code units}, result) exactly once per unit that succeeds, as
     *            each finishes (on the calling thread)
     * @return the units whose handler threw or that no member could compute
     * @throws InterruptedException
     *             when the calling thread is interrupted; units still running are canceled
     */
    public List<UnitFailure> run(String handlerId, List<String> units, BiConsumer<Integer, String> results,
            ProgressMonitor monitor) throws InterruptedException {
        return new TaskDispatch(instance, handlerId, units, results).run(monitor);
    }

    /** @return this member's address, {@code HOST:PORT} */
    public String address() {
        return MemberAddress.of(instance.getCluster().getLocalMember());
    }

    /** @return the addresses of the members of the cluster, this one included, oldest first */
    public List<String> members() {
        return instance.getCluster().getMembers().stream().map(MemberAddress::of).toList();
    }

    /** @return the workers of all members, as each announced its count */
    public int workers() {
        return instance.getCluster().getMembers().stream().mapToInt(MemberConfigs::workers).sum();
    }

    /**
     * @param changes
     *            told, from a Hazelcast thread, "joined HOST:PORT" or "left HOST:PORT" at each
     *            change of the membership after this call
     */
    public void onMembershipChange(Consumer<String> changes) {
        instance.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                changes.accept("joined " + MemberAddress.of(event.getMember())); //$NON-NLS-1$
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                changes.accept("left " + MemberAddress.of(event.getMember())); //$NON-NLS-1$
            }
        });
    }

    /** @return whether this member is still running (not closed nor terminated) */
    public boolean isRunning() {
        return instance.getLifecycleService().isRunning();
    }

    /**
     * Leaves as a crash would: at once, without telling the others or finishing its units. For
     * tests of member loss; use {@link #close()} otherwise.
     */
    public void terminate() {
        instance.getLifecycleService().terminate();
    }

    /** Leaves the cluster in an orderly way; units running here are resubmitted by their coordinator. */
    @Override
    public void close() {
        instance.shutdown();
    }
}
