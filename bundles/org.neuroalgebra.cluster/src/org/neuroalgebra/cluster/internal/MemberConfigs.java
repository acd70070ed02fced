// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.neuroalgebra.cluster.ClusterOptions;
import org.neuroalgebra.cluster.TaskHandlers;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;

/**
 * The Hazelcast configuration of a Neuroalgebra member, written in code (no XML or YAML file is
 * looked for): a cluster of its own name, TCP/IP join with the listed members only, no multicast
 * and no cloud discovery, no phone-home, logging through java.util.logging at warnings, and the
 * class loader of this bundle, so that the task class resolves under OSGi.
 */
public final class MemberConfigs {

    /** The cluster name: members of other Hazelcast clusters on the same hosts never join ours. */
    static final String CLUSTER_NAME = "neuroalgebra"; //$NON-NLS-1$
    /** The executor whose pool size is this member's worker count. */
    static final String EXECUTOR_NAME = "neuroalgebra-units"; //$NON-NLS-1$
    /** The member attribute telling the coordinator how many units this member takes at once. */
    static final String WORKERS_ATTRIBUTE = "neuroalgebra.workers"; //$NON-NLS-1$
    /** Where a task finds the member's handlers (the user context is local, never sent). */
    static final String HANDLERS_KEY = "neuroalgebra.handlers"; //$NON-NLS-1$

    private static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$
    /** Held so that the levels set on them stay: the JDK keeps loggers only weakly. */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast"); //$NON-NLS-1$
    private static final Logger INSTANCE_FACTORY_LOG = Logger.getLogger("com.hazelcast.instance.impl.HazelcastInstanceFactory"); //$NON-NLS-1$

    private MemberConfigs() {
    }

    /** @return the configuration of a member started with these options, serving these handlers */
    public static Config of(ClusterOptions options, TaskHandlers handlers) {
        // Hazelcast logs each step of its start and of every membership change at INFO; on the
        // command line only its warnings and errors are worth a line.
        HAZELCAST_LOG.setLevel(Level.WARNING);
        // At each start it warns, in three lines, that without --add-opens of JDK internals it is
        // not at its fastest (NIO and OS metrics); units spend their time in our own code, and the
        // product's start-up cache is built without those options.
        INSTANCE_FACTORY_LOG.setLevel(Level.SEVERE);
        Config config = new Config();
        config.setClusterName(CLUSTER_NAME);
        config.setClassLoader(MemberConfigs.class.getClassLoader());
        config.setProperty("hazelcast.logging.type", "jdk"); //$NON-NLS-1$ //$NON-NLS-2$
        config.setProperty("hazelcast.phone.home.enabled", "false"); //$NON-NLS-1$ //$NON-NLS-2$
        // The command line ends the member itself (closing it, or the JVM on SIGKILL): Hazelcast's
        // own hook would shut it down while the command still reports its last rows.
        config.setProperty("hazelcast.shutdownhook.enabled", "false"); //$NON-NLS-1$ //$NON-NLS-2$
        // A joining member looks for the others for 1-2 s instead of Hazelcast's 5-20 s: the list is
        // given, nobody is to be discovered.
        config.setProperty("hazelcast.wait.seconds.before.join", "1"); //$NON-NLS-1$ //$NON-NLS-2$
        config.setProperty("hazelcast.max.wait.seconds.before.join", "2"); //$NON-NLS-1$ //$NON-NLS-2$
        // A member that stops answering (killed, machine gone without closing its connections) is
        // removed after 15 s without heartbeat instead of 60 s; its units are then resubmitted.
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "15"); //$NON-NLS-1$ //$NON-NLS-2$
        config.setUserContext(userContext(handlers));
        config.getSerializationConfig().addDataSerializableFactory(TaskSerialization.FACTORY_ID, new TaskSerialization());
        config.getMemberAttributeConfig().setAttribute(WORKERS_ATTRIBUTE, Integer.toString(options.workers()));
        config.getExecutorConfig(EXECUTOR_NAME).setPoolSize(options.workers());
        network(config, options);
        return config;
    }

    /** @return the worker count the member announced; 1 for a member that announced none */
    public static int workers(Member member) {
        String workers = member.getAttribute(WORKERS_ATTRIBUTE);
        try {
            return workers == null ? 1 : Math.max(1, Integer.parseInt(workers));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void network(Config config, ClusterOptions options) {
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(options.port() == 0 ? ClusterOptions.DEFAULT_PORT : options.port());
        network.setPortAutoIncrement(options.port() == 0);
        if (options.loopbackOnly()) {
            // Alone, or a cluster on this machine: listen on loopback only, never on the network.
            config.setProperty("hazelcast.socket.bind.any", "false"); //$NON-NLS-1$ //$NON-NLS-2$
            network.getInterfaces().setEnabled(true).addInterface(LOOPBACK);
        }
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!options.join().isEmpty()).setMembers(options.join());
    }

    private static ConcurrentMap<String, Object> userContext(TaskHandlers handlers) {
        ConcurrentMap<String, Object> context = new ConcurrentHashMap<>();
        context.put(HANDLERS_KEY, handlers);
        return context;
    }
}
