// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.internal.param;

/**
 * A value computed in a {@link TapeRing}: its value and the tape node that records how it was
 * computed, or −1 for a constant.
 *
 * @param <T>
 *            the base ring's element type
 * @param value
 *            the value
 * @param node
 *            the node on the tape, −1 for a constant
 */
public record Taped<T>(T value, int node) {
}
