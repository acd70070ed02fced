// SPDX-License-Identifier: EPL-2.0
/**
 * The Gröbner engine: polynomials over Z/p (p &lt; 2^31) with monomials
 * packed into one long ({@link org.neuroalgebra.solver.groebner.internal.MonomialLayout}),
 * Faugère's F4 in graded reverse lexicographic order
 * ({@link org.neuroalgebra.solver.groebner.internal.F4}) with Gebauer–Möller
 * pair criteria, and the invariants read off a basis: Hilbert series,
 * standard monomials and distinct solutions
 * ({@link org.neuroalgebra.solver.groebner.internal.IdealInvariants}).
 */
package org.neuroalgebra.solver.groebner.internal;
