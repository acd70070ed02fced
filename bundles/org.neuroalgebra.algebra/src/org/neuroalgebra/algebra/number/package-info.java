// SPDX-License-Identifier: EPL-2.0
/**
 * Exact numbers: rationals over {@link java.math.BigInteger} and arithmetic
 * in prime fields Z/p.
 * <p>
 * <b>API status: stable.</b> Types here change compatibly within a major version. See "The API" in
 * docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.algebra.number;
