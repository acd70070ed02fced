// SPDX-License-Identifier: EPL-2.0
/**
 * The dimension of a neuromanifold: proven bounds from exact Jacobian ranks
 * modulo primes and from symmetries, a certificate when they meet, and the
 * numerical rank with its singular-value gap when they do not.
 * <p>
 * <b>Not API.</b>
 * Exported only to the suite's own bundles and tests ({@code x-friends}); the analysis is used
 * through its id and the registry.
 */
package org.neuroalgebra.analysis.dimension;
