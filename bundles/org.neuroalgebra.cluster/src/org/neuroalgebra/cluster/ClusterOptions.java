// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * How a member starts: alone, or joining the members listed (TCP/IP, no multicast); on which
 * port it listens; how many units it computes at once.
 *
 * @param join
 *            the addresses ({@code HOST:PORT}) of members to join; empty to start alone, where no
 *            other member is looked for and the member listens on the loopback interface only
 * @param port
 *            the port to listen on, or 0 for the first free port from {@value #DEFAULT_PORT} on
 * @param workers
 *            how many units this member computes at once (at least 1); the coordinator sends a
 *            member no more units than this
 */
public record ClusterOptions(List<String> join, int port, int workers) {

    /** Hazelcast's default member port, where a member started without a port listens. */
    public static final int DEFAULT_PORT = 5701;

    /**
     * @throws IllegalArgumentException
     *             for a malformed address, a port outside 0..65535 or fewer than one worker
     */
    public ClusterOptions {
        join = List.copyOf(join);
        join.forEach(ClusterOptions::checkAddress);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is neither 0 (the default) nor in 1..65535"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (workers < 1) {
            throw new IllegalArgumentException("a member needs at least one worker, found " + workers); //$NON-NLS-1$
        }
    }

    /** @return options for a member that joins nobody, listening on loopback */
    public static ClusterOptions alone(int workers) {
        return new ClusterOptions(List.of(), 0, workers);
    }

    /**
     * @param members
     *            {@code HOST:PORT[,HOST:PORT…]}, as the command line's {@code --join} takes it
     * @return options for a member that joins these members
     * @throws IllegalArgumentException
     *             for an empty list or a malformed address (the message names it)
     */
    public static ClusterOptions joining(String members, int port, int workers) {
        List<String> addresses = new ArrayList<>();
        for (String address : members.split(",", -1)) { //$NON-NLS-1$
            addresses.add(address.strip());
        }
        return new ClusterOptions(addresses, port, workers);
    }

    /** @return whether every member to join is on this machine's loopback interface */
    public boolean loopbackOnly() {
        return join.stream().allMatch(address -> {
            String host = address.substring(0, address.lastIndexOf(':'));
            return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        });
    }

    private static void checkAddress(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw new IllegalArgumentException("'" + address + "' is not a member address HOST:PORT"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String port = address.substring(colon + 1);
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) { //$NON-NLS-1$
            throw new IllegalArgumentException("'" + address + "': the port must be a number from 1 to 65535"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
