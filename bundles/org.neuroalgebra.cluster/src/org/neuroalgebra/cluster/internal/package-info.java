// SPDX-License-Identifier: EPL-2.0
/**
 * The task farm's implementation on Hazelcast: the members' configuration, the dispatch of units
 * to members with free workers, the task that carries a unit and its serialization, and member
 * addresses.
 * <p>
 * <b>Not API.</b>
 * Exported as {@code x-internal}: Hazelcast resolves the task's classes through this bundle.
 */
package org.neuroalgebra.cluster.internal;
