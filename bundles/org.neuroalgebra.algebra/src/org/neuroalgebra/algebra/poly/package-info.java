// SPDX-License-Identifier: EPL-2.0
/**
 * Exact multivariate polynomials with rational coefficients, monomials in
 * graded-lexicographic order, the Veronese coordinates ({@link org.neuroalgebra.algebra.poly.Monomials})
 * and a parser for the usual infix notation.
 */
package org.neuroalgebra.algebra.poly;
