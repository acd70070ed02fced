// SPDX-License-Identifier: EPL-2.0
/**
 * Homotopy continuation: {@link org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver},
 * a {@link org.neuroalgebra.solver.ParameterHomotopySolver} for the solver service.
 */
package org.neuroalgebra.solver.homotopy;
