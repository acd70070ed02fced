// SPDX-License-Identifier: EPL-2.0
/**
 * Numerical linear algebra in double precision for the small dense systems that analyses meet
 * between exact steps: ranks of complex matrices by complete pivoting, random kernel vectors and
 * solutions of complex systems by Gauss–Jordan elimination, and real solves. Complex matrices
 * and vectors are held as separate real and imaginary parts ({@link
 * org.neuroalgebra.algebra.numerical.ComplexMatrix}, {@link
 * org.neuroalgebra.algebra.numerical.ComplexVector}) so that this core stays free of any solver's
 * number type. Every result here is an estimate in floating point, never a certificate.
 * <p>
 * <b>API status: provisional.</b> Moved here from the analyses when the analysis bundle was split;
 * names and signatures may still change in a minor version. See "The API" in docs/EXTENDING.md for
 * the rules.
 */
package org.neuroalgebra.algebra.numerical;
