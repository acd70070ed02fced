// SPDX-License-Identifier: EPL-2.0
/**
 * Homotopy continuation: {@link org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver},
 * a {@link org.neuroalgebra.solver.ParameterHomotopySolver} for the solver service.
 * <p>
 * <b>API status: stable.</b> The class and its {@code ID} are API so that tools can create the
 * solver outside OSGi; everything else goes through the solver interfaces of {@code
 * org.neuroalgebra.solver}. See "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.solver.homotopy;
