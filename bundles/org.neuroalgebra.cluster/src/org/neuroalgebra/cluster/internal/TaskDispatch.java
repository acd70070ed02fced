// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.cluster.UnitFailure;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.spi.exception.RetryableException;
import com.hazelcast.spi.exception.TargetDisconnectedException;

/**
 * One run of a list of work units over the cluster, coordinated by the member that calls it.
 * <p>
 * A single thread (the caller's) owns the state: which units wait, which run where. Completions
 * and membership changes arrive from Hazelcast's threads as events on a queue. Each member is
 * sent at most as many units as it has workers (its {@value MemberConfigs#WORKERS_ATTRIBUTE}
 * attribute), so a member that joins late finds units still waiting and takes its share; the
 * coordinator is a member and computes too. A unit whose member leaves (closed, terminated, or
 * removed after missing heartbeats) waits again and goes to another member. Each unit is
 * delivered once: the first result to arrive counts, a late copy (from a member that was thought
 * gone) is dropped.
 */
public final class TaskDispatch implements MembershipListener {

    private static final long POLL_MILLIS = 200;

    private final HazelcastInstance instance;
    private final IExecutorService executor;
    private final String handlerId;
    private final List<String> units;
    private final BiConsumer<Integer, String> results;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Deque<Integer> waiting = new ArrayDeque<>();
    private final Map<Integer, Attempt> running = new HashMap<>();
    private final BitSet finished = new BitSet();
    private final List<UnitFailure> failures = new ArrayList<>();
    private long attempts;

    /** Where a unit runs now; {@code serial} tells this attempt from one superseded. */
    private record Attempt(long serial, UUID member, String address, Future<String> future) {
    }

    private sealed interface Event permits Completed, MemberLeft, MemberJoined {
    }

    private record Completed(int index, long serial, String address, String result, Throwable failure) implements Event {
    }

    private record MemberLeft(UUID member) implements Event {
    }

    private record MemberJoined() implements Event {
    }

    /**
     * @param results
     *            receives (index, result) once per unit that succeeds, on the caller's thread
     */
    public TaskDispatch(HazelcastInstance instance, String handlerId, List<String> units,
            BiConsumer<Integer, String> results) {
        this.instance = instance;
        this.executor = instance.getExecutorService(MemberConfigs.EXECUTOR_NAME);
        this.handlerId = handlerId;
        // Not copied: a sweep's list builds each unit (which carries the model's text) when it is read,
        // here when the unit is sent, so that a large sweep never holds all its units at once.
        this.units = units;
        this.results = results;
    }

    /**
     * Runs every unit and returns when each has a result or a failure, or when the monitor is
     * canceled (units still running are canceled on their members).
     *
     * @return the units that failed, in the order their failures arrived
     * @throws InterruptedException
     *             when the calling thread is interrupted (units still running are canceled)
     */
    public List<UnitFailure> run(ProgressMonitor monitor) throws InterruptedException {
        for (int i = 0; i < units.size(); i++) {
            waiting.add(Integer.valueOf(i));
        }
        monitor.begin("units on the cluster", units.size()); //$NON-NLS-1$
        UUID registration = instance.getCluster().addMembershipListener(this);
        try {
            while (finished.cardinality() < units.size() && !monitor.isCanceled()) {
                if (!instance.getLifecycleService().isRunning()) {
                    throw new IllegalStateException("this member was shut down while coordinating " + units.size() + " units"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                dispatch();
                Event event = events.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (event != null) {
                    handle(event, monitor);
                }
            }
            return List.copyOf(failures);
        } finally {
            running.values().forEach(attempt -> attempt.future().cancel(true));
            if (instance.getLifecycleService().isRunning()) {
                instance.getCluster().removeMembershipListener(registration);
            }
        }
    }

    /** Sends waiting units to every member with a free worker. */
    private void dispatch() {
        for (Member member : instance.getCluster().getMembers()) {
            int free = MemberConfigs.workers(member) - load(member.getUuid());
            while (free > 0 && !waiting.isEmpty()) {
                int index = waiting.poll().intValue();
                // a unit requeued when its member seemed gone may have been answered by that member since
                if (!finished.get(index)) {
                    submit(index, member);
                    free--;
                }
            }
        }
    }

    private void submit(int index, Member member) {
        long serial = ++attempts;
        String address = MemberAddress.of(member);
        Future<String> future = executor.submitToMember(new HandlerTask(handlerId, units.get(index)), member);
        running.put(Integer.valueOf(index), new Attempt(serial, member.getUuid(), address, future));
        completionOf(future).whenComplete(
                (result, failure) -> events.add(new Completed(index, serial, address, result, failure)));
    }

    private void handle(Event event, ProgressMonitor monitor) {
        switch (event) {
            case Completed completed -> completed(completed, monitor);
            case MemberLeft left -> requeueUnitsOf(left.member());
            case MemberJoined joined -> {
                // the next dispatch sends it units
            }
        }
    }

    private void completed(Completed completed, ProgressMonitor monitor) {
        Integer index = Integer.valueOf(completed.index());
        Attempt current = running.get(index);
        boolean isCurrent = current != null && current.serial() == completed.serial();
        if (isCurrent) {
            running.remove(index);
        }
        if (finished.get(completed.index()) || completed.failure() instanceof CancellationException) {
            return;
        }
        if (completed.failure() == null) {
            finished.set(completed.index());
            results.accept(index, completed.result());
            monitor.worked(1);
        } else if (isMemberLoss(completed.failure())) {
            if (isCurrent) {
                waiting.addFirst(index);
            }
        } else {
            finished.set(completed.index());
            failures.add(new UnitFailure(completed.index(), completed.address(), oneLine(completed.failure())));
            monitor.worked(1);
        }
    }

    private void requeueUnitsOf(UUID member) {
        running.entrySet().removeIf(entry -> {
            if (!entry.getValue().member().equals(member)) {
                return false;
            }
            waiting.addFirst(entry.getKey());
            return true;
        });
    }

    private int load(UUID member) {
        return (int) running.values().stream().filter(attempt -> attempt.member().equals(member)).count();
    }

    /** Hazelcast's executor futures are completion stages; a plain future could not be awaited here. */
    @SuppressWarnings("unchecked")
    private static CompletionStage<String> completionOf(Future<String> future) {
        if (future instanceof CompletionStage<?> stage) {
            return (CompletionStage<String>) stage;
        }
        throw new IllegalStateException("Hazelcast returned a " + future.getClass().getName() + ", not a CompletionStage"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return whether the unit failed because its member went away, not because of the unit */
    private static boolean isMemberLoss(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetryableException || cause instanceof TargetDisconnectedException
                    || cause instanceof HazelcastInstanceNotActiveException) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void memberAdded(MembershipEvent event) {
        events.add(new MemberJoined());
    }

    @Override
    public void memberRemoved(MembershipEvent event) {
        events.add(new MemberLeft(event.getMember().getUuid()));
    }
}
