// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import org.neuroalgebra.analysis.singular.Stratum;

/**
 * The global minimizer of the distance from a data point to M, as found.
 *
 * @param point
 *            the minimizer (or, when it is not attained, the best point reached)
 * @param distance
 *            the squared distance
 * @param stratum
 *            its stratum
 */
public record Nearest(double[] point, double distance, Stratum stratum) {
}
