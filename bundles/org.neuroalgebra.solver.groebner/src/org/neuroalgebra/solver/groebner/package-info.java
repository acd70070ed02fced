// SPDX-License-Identifier: EPL-2.0
/**
 * Exact solution counts of polynomial systems with Gröbner bases modulo a
 * prime: {@link org.neuroalgebra.solver.groebner.GroebnerSolutionCounter},
 * the independent cross-check of the numerical solvers.
 * <p>
 * <b>API status: stable.</b> The class and its {@code ID} are API so that tools can create the
 * counter outside OSGi; everything else goes through {@link
 * org.neuroalgebra.solver.SolutionCounter}. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.solver.groebner;
