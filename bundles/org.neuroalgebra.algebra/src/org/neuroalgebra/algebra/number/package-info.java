// SPDX-License-Identifier: EPL-2.0
/**
 * Exact numbers: rationals over {@link java.math.BigInteger} and arithmetic
 * in prime fields Z/p.
 */
package org.neuroalgebra.algebra.number;
