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
 * @param detail
 *            what the stratum is made of, e.g. the zero neuron and its vanishing weights, or the
 *            active inequality; empty when there is nothing to add
 */
public record Nearest(double[] point, double distance, Stratum stratum, String detail) {

    /** A minimizer without further detail. */
    public Nearest(double[] point, double distance, Stratum stratum) {
        this(point, distance, stratum, ""); //$NON-NLS-1$
    }
}
