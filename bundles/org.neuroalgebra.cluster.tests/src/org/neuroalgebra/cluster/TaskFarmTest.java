// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;

/**
 * Three members in this JVM on loopback (distinct ports) run 60 units of a deterministic handler:
 * the unit "n" counts the primes below 10^4·n. Every result must arrive exactly once and equal the
 * run on a member alone, which itself must agree with the known values π(10^4) = 1229,
 * π(2·10^4) = 2262, π(10^5) = 9592 and π(6·10^5) = 49098. The members are shared by the tests
 * (a member takes 1–3 s to start); the tests of member loss and late join add a member of their own.
 */
class TaskFarmTest {

    private static final int UNITS = 60;
    private static final int WORKERS = 2;

    private static final List<ClusterMember> started = new CopyOnWriteArrayList<>();
    private static final Map<ClusterMember, PrimeCounting> counters = new ConcurrentHashMap<>();
    private static ClusterMember coordinator;
    private static String joinList;
    /** The results of the 60 units computed by a member alone. */
    private static Map<Integer, String> alone;

    @BeforeAll
    static void startMembers() throws Exception {
        ClusterMember single = member(ClusterOptions.alone(WORKERS), new PrimeCounting());
        alone = runAll(single, PrimeCounting.ID);
        single.close();
        int[] ports = { freePort(), freePort(), freePort() };
        joinList = String.join(",", IntStream.of(ports).mapToObj(port -> "127.0.0.1:" + port).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        coordinator = member(ClusterOptions.joining(joinList, ports[0], WORKERS), new PrimeCounting());
        for (int i = 1; i < ports.length; i++) {
            awaitJoined(member(ClusterOptions.joining(joinList, ports[i], WORKERS), new PrimeCounting()));
        }
    }

    @AfterAll
    static void closeMembers() {
        started.stream().filter(ClusterMember::isRunning).forEach(ClusterMember::close);
    }

    @Test
    void theMemberAloneCountsThePrimesKnown() {
        assertEquals(UNITS, alone.size());
        assertEquals("1:1229", alone.get(0)); //$NON-NLS-1$
        assertEquals("2:2262", alone.get(1)); //$NON-NLS-1$
        assertEquals("10:9592", alone.get(9)); //$NON-NLS-1$
        assertEquals("60:49098", alone.get(59)); //$NON-NLS-1$
    }

    @Test
    void threeMembersDeliverEachResultOnceAndAsAMemberAlone() throws Exception {
        counters.values().forEach(counter -> counter.handled.set(0));
        Map<Integer, String> results = runAll(coordinator, PrimeCounting.ID);
        assertEquals(alone, results);
        // At the start each member is sent as many units as it has workers: all three computed.
        for (ClusterMember member : started.stream().filter(ClusterMember::isRunning).toList()) {
            assertTrue(counters.get(member).handled.get() >= WORKERS, member.address() + " computed no unit"); //$NON-NLS-1$
        }
    }

    @Test
    void theUnitsOfATerminatedMemberAreComputedElsewhere() throws Exception {
        // This member takes units and never answers: they come back only because it leaves.
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger taken = new AtomicInteger();
        TaskHandlers stuck = new TaskHandlers();
        stuck.add(Handlers.of(PrimeCounting.ID, workUnit -> {
            taken.incrementAndGet();
            try {
                never.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "never delivered"; //$NON-NLS-1$
        }));
        ClusterMember doomed = ClusterMember.start(ClusterOptions.joining(joinList, freePort(), WORKERS), stuck);
        started.add(doomed);
        try {
            awaitJoined(doomed);
            Thread terminator = new Thread(doomed::terminate, "terminate halfway"); //$NON-NLS-1$
            Map<Integer, String> results = run(coordinator, PrimeCounting.ID, count -> {
                if (count == UNITS / 2) {
                    terminator.start();
                }
            });
            terminator.join();
            assertEquals(alone, results);
            assertTrue(taken.get() >= 1, "the terminated member was sent no unit"); //$NON-NLS-1$
            assertTrue(!doomed.isRunning());
        } finally {
            never.countDown();
        }
    }

    @Test
    void aMemberThatJoinsLateTakesUnits() throws Exception {
        // Until the late member has joined, the members already there hold their units.
        CountDownLatch joined = new CountDownLatch(1);
        String gatedId = "primes-after-join"; //$NON-NLS-1$
        for (ClusterMember member : started.stream().filter(ClusterMember::isRunning).toList()) {
            counters.get(member).gateWith(gatedId, joined);
        }
        PrimeCounting late = new PrimeCounting();
        Thread joiner = new Thread(() -> {
            try {
                awaitJoined(member(ClusterOptions.joining(joinList, freePortUnchecked(), WORKERS), late, gatedId));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                joined.countDown();
            }
        }, "late member"); //$NON-NLS-1$
        joiner.start();
        Map<Integer, String> results = runAll(coordinator, gatedId);
        joiner.join();
        assertEquals(alone, results);
        assertTrue(late.handled.get() >= 1, "the late member computed no unit"); //$NON-NLS-1$
    }

    /** @param openIds ids under which the member serves the same units, with a gate already open */
    private static ClusterMember member(ClusterOptions options, PrimeCounting handler, String... openIds) {
        TaskHandlers handlers = new TaskHandlers();
        handler.register(handlers);
        for (String id : openIds) {
            handler.gateWith(id, new CountDownLatch(0));
        }
        ClusterMember member = ClusterMember.start(options, handlers);
        started.add(member);
        counters.put(member, handler);
        return member;
    }

    private static Map<Integer, String> runAll(ClusterMember member, String handlerId) throws InterruptedException {
        return run(member, handlerId, count -> {
            // nothing to do as results arrive
        });
    }

    /**
     * @return the results by unit index; fails when a unit is delivered twice or fails
     */
    private static Map<Integer, String> run(ClusterMember member, String handlerId,
            IntConsumer afterEachResult) throws InterruptedException {
        List<String> units = IntStream.rangeClosed(1, UNITS).mapToObj(Integer::toString).toList();
        Map<Integer, String> results = new TreeMap<>();
        List<UnitFailure> failures = member.run(handlerId, units, (index, result) -> {
            String previous = results.put(index, result);
            assertEquals(null, previous, "unit " + index + " delivered twice"); //$NON-NLS-1$ //$NON-NLS-2$
            afterEachResult.accept(results.size());
        }, ProgressMonitor.NULL);
        assertEquals(List.of(), failures);
        return results;
    }

    /** Waits until the coordinator sees the newcomer among its members (at most 30 s). */
    private static void awaitJoined(ClusterMember newcomer) throws InterruptedException {
        for (int i = 0; i < 300 && !coordinator.members().contains(newcomer.address()); i++) {
            Thread.sleep(100);
        }
        assertTrue(coordinator.members().contains(newcomer.address()),
                newcomer.address() + " not among the members " + coordinator.members()); //$NON-NLS-1$
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int freePortUnchecked() {
        try {
            return freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
