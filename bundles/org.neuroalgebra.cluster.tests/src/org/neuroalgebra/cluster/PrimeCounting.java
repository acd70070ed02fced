// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import java.util.BitSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic task handler for the tests: the unit "n" asks for the number of primes below
 * 10^4·n, computed by the sieve of Eratosthenes, and answers "n:π". It counts the units it handled,
 * so a test can tell which member computed.
 */
class PrimeCounting implements TaskHandler {

    static final String ID = "primes-below"; //$NON-NLS-1$

    final AtomicInteger handled = new AtomicInteger();
    private TaskHandlers handlers;

    /** @param memberHandlers the whiteboard of the member this handler serves */
    void register(TaskHandlers memberHandlers) {
        handlers = memberHandlers;
        handlers.add(this);
    }

    /**
     * Serves the same units under {@code id} too, each waiting first until {@code gate} opens (at
     * most a minute, so that a test whose gate never opens fails instead of hanging).
     */
    void gateWith(String id, CountDownLatch gate) {
        handlers.add(Handlers.of(id, workUnit -> {
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return handle(workUnit);
        }));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String handle(String workUnit) {
        handled.incrementAndGet();
        int n = Integer.parseInt(workUnit);
        return n + ":" + primesBelow(10_000 * n); //$NON-NLS-1$
    }

    static int primesBelow(int bound) {
        BitSet composite = new BitSet(bound);
        int count = 0;
        for (int i = 2; i < bound; i++) {
            if (!composite.get(i)) {
                count++;
                for (long multiple = (long) i * i; multiple < bound; multiple += i) {
                    composite.set((int) multiple);
                }
            }
        }
        return count;
    }
}
