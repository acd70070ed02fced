// SPDX-License-Identifier: EPL-2.0
/**
 * The dimension of a neuromanifold: proven bounds from exact Jacobian ranks
 * modulo primes and from symmetries, a certificate when they meet, and the
 * numerical rank with its singular-value gap when they do not.
 */
package org.neuroalgebra.analysis.dimension;
