// SPDX-License-Identifier: EPL-2.0
/**
 * Exact multivariate polynomials with rational coefficients, monomials in
 * graded-lexicographic order, the Veronese coordinates ({@link org.neuroalgebra.algebra.poly.Monomials})
 * and a parser for the usual infix notation.
 * <p>
 * <b>API status: stable.</b> Types here change compatibly within a major version. See "The API" in
 * docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.algebra.poly;
