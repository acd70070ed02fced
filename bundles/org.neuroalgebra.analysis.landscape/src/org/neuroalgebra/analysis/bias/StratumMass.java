// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;

/**
 * The estimated probability that a data point's global minimizer lies on a stratum.
 *
 * @param stratum
 *            the stratum
 * @param mass
 *            the Wilson interval of its share of the samples
 */
public record StratumMass(Stratum stratum, ProportionInterval mass) {
}
