// SPDX-License-Identifier: EPL-2.0
/**
 * Implicitization of neuromanifolds by exact interpolation (docs/MATHEMATICS.md §8):
 * the polynomial equations of low degree that vanish on the image of a
 * parametrization, computed modulo primes and lifted to Q.
 * <p>
 * <b>API status: provisional.</b> Used by the implicitize analysis; it may change in a minor
 * version. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.algebra.implicit;
