// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of {@link org.neuroalgebra.solver.SolutionCertifier}:
 * outward-rounded complex interval arithmetic, exact evaluation of polynomials
 * at floating-point points, and Krawczyk's interval Newton test. Not API.
 */
package org.neuroalgebra.solver.internal.certify;
