// SPDX-License-Identifier: EPL-2.0
/**
 * Work spread over the members of a cluster of JVMs, embedded Hazelcast members that find each
 * other from a list of addresses: a {@link org.neuroalgebra.cluster.ClusterMember} runs string
 * work units through the {@link org.neuroalgebra.cluster.TaskHandler} registered under the same
 * id on every member, each member taking at most as many units as it has workers, the units of a
 * member that leaves going to the others, and each result delivered once.
 * {@link org.neuroalgebra.cluster.ClusterSweepExecutor} runs a sweep's members this way. docs/CLUSTER.md
 * explains the choice of engine and the design.
 * <p>
 * <b>API status: provisional.</b> New with sweeps; the task handlers and the options may still
 * change with them.
 */
package org.neuroalgebra.cluster;
