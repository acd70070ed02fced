// SPDX-License-Identifier: EPL-2.0
/**
 * An example of a third-party analysis: {@code degree}, the degree of a variety, counted by
 * homotopy continuation and exactly modulo primes. See the bundle's README.md and
 * docs/EXTENDING.md.
 */
package org.neuroalgebra.sample.extension.degree;
