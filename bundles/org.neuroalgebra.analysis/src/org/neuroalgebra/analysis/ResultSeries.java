// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

/**
 * A named series of values that a view can chart, e.g. the singular values of a Jacobian.
 *
 * @param title
 *            what the series shows
 * @param xLabel
 *            axis title of the index axis
 * @param yLabel
 *            axis title of the value axis
 * @param values
 *            the values, indexed from 1 on the x axis
 * @param logScale
 *            whether the value axis should be logarithmic
 * @param marker
 *            an index after which a vertical marker belongs (e.g. the numerical rank), or -1
 */
public record ResultSeries(String title, String xLabel, String yLabel, double[] values, boolean logScale,
        int marker) {
}
