// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import org.neuroalgebra.solver.Complex;

/**
 * A solution of a Lagrange system together with the (complex, generic)
 * data at which it is a solution: the seed of a monodromy solve.
 *
 * @param unknowns
 *            values of x, lambda (and t)
 * @param data
 *            the data point u at which they solve the system
 */
record StartPoint(Complex[] unknowns, Complex[] data) {
}
