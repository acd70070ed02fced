// SPDX-License-Identifier: EPL-2.0
/**
 * Exact solution counts of polynomial systems with Gröbner bases modulo a
 * prime: {@link org.neuroalgebra.solver.groebner.GroebnerSolutionCounter},
 * the independent cross-check of the numerical solvers.
 */
package org.neuroalgebra.solver.groebner;
