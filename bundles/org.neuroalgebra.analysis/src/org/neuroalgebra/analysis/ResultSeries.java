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

    /** How far below machine precision, relative to the largest value, the floor of a log scale lies. */
    private static final double FLOOR_DECADES_BELOW = 10;

    /**
     * The value at which a log scale draws zeros and negative values, so that a kernel (zero
     * eigenvalues) stays visible below the spectrum instead of vanishing: a decade below both the
     * smallest positive value and the rounding level ε·max of the largest one.
     *
     * @return the floor, or 1 when no value is positive
     */
    public double logFloor() {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (double value : values) {
            if (value > 0 && Double.isFinite(value)) {
                smallest = Math.min(smallest, value);
                largest = Math.max(largest, value);
            }
        }
        if (largest == 0) {
            return 1;
        }
        return Math.max(Double.MIN_NORMAL, Math.min(smallest, Math.ulp(largest)) / FLOOR_DECADES_BELOW);
    }

    /**
     * @return the values as drawn: on a log scale values ≤ 0 are raised to {@link #logFloor()};
     *         infinite and NaN values are kept (views leave them out)
     */
    public double[] drawnValues() {
        double[] drawn = values.clone();
        if (logScale) {
            double floor = logFloor();
            for (int i = 0; i < drawn.length; i++) {
                if (drawn[i] <= 0) {
                    drawn[i] = floor;
                }
            }
        }
        return drawn;
    }
}
