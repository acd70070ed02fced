// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.cluster;

/**
 * A work unit that produced no result: its handler threw, or no member had a handler of that id.
 *
 * @param index
 *            the unit's position in the list given to {@link ClusterMember#run}
 * @param member
 *            the address of the member that tried it
 * @param message
 *            why, in one line
 */
public record UnitFailure(int index, String member, String message) {
}
