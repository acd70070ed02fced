// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart a result declares, drawn the same way by the workbench (SWTChart) and by the headless
 * renderer ({@code --plot}): layers of points, lines or bars on two declared axes, with labelled
 * markers. A legend is drawn when there is more than one named layer.
 *
 * @param key
 *            a stable identifier within the analysis (file names of exports derive from it;
 *            charts of the same key of two results can be overlaid)
 * @param title
 *            what the chart shows, e.g. "Singular values of the Jacobian at a random point"
 * @param x
 *            the horizontal axis
 * @param y
 *            the vertical axis
 * @param layers
 *            what is drawn, in drawing order; each named layer is one legend entry
 * @param markers
 *            labelled reference lines (the rank gap, the global minimum)
 */
public record ResultChart(String key, String title, Axis x, Axis y, List<PictureLayer> layers,
        List<Marker> markers) {

    /** How an axis maps values and labels its ticks. */
    public enum Scale {
        /** real values, round decimal ticks */
        LINEAR,
        /** positive values, ticks at powers of ten labelled in scientific notation (10⁻¹¹) */
        LOG,
        /** indices or counts: ticks at integers only */
        INTEGER,
        /** positions 0, 1, … named by {@link Axis#categories()} */
        CATEGORICAL
    }

    /**
     * @param title
     *            the axis title, with the unit in parentheses where there is one
     * @param scale
     *            how values are mapped and ticks labelled
     * @param categories
     *            the names of positions 0, 1, … for {@link Scale#CATEGORICAL}, else empty
     */
    public record Axis(String title, Scale scale, List<String> categories) {

        /** Checks that categories are given exactly for a categorical axis, and copies them. */
        public Axis {
            Objects.requireNonNull(title, "title"); //$NON-NLS-1$
            Objects.requireNonNull(scale, "scale"); //$NON-NLS-1$
            categories = List.copyOf(categories);
            if ((scale == Scale.CATEGORICAL) != !categories.isEmpty()) {
                throw new IllegalArgumentException("categories are given exactly for a categorical axis: " + title); //$NON-NLS-1$
            }
        }

        /**
         * @param title
         *            the axis title, with the unit in parentheses where there is one
         * @return an axis of values mapped linearly
         */
        public static Axis linear(String title) {
            return new Axis(title, Scale.LINEAR, List.of());
        }

        /**
         * @param title
         *            the axis title, with the unit in parentheses where there is one
         * @return an axis of positive values mapped logarithmically, ticks at powers of ten
         */
        public static Axis log(String title) {
            return new Axis(title, Scale.LOG, List.of());
        }

        /**
         * @param title
         *            the axis title, with the unit in parentheses where there is one
         * @return an axis of whole numbers only: ticks at integers
         */
        public static Axis integer(String title) {
            return new Axis(title, Scale.INTEGER, List.of());
        }

        /**
         * @param title
         *            the axis title
         * @param categories
         *            the names of positions 0, 1, …; layers on this axis have these indices as x
         * @return an axis of named positions (bar charts)
         */
        public static Axis categorical(String title, List<String> categories) {
            return new Axis(title, Scale.CATEGORICAL, categories);
        }
    }

    /** Which axis a marker line crosses. */
    public enum Orientation {
        /** a vertical line at an x value */
        VERTICAL,
        /** a horizontal line at a y value */
        HORIZONTAL
    }

    /**
     * A labelled reference line.
     *
     * @param label
     *            what the line marks, drawn beside it ("numerical rank 5", "global minimum")
     * @param orientation
     *            vertical (at an x value) or horizontal (at a y value)
     * @param at
     *            where the line is
     */
    public record Marker(String label, Orientation orientation, double at) {

        /** Requires a label and an orientation. */
        public Marker {
            Objects.requireNonNull(label, "label"); //$NON-NLS-1$
            Objects.requireNonNull(orientation, "orientation"); //$NON-NLS-1$
        }
    }

    /**
     * Checks the components, copies the lists, and refuses a layer whose x values are not
     * category indices on a categorical x axis.
     */
    public ResultChart {
        Objects.requireNonNull(key, "key"); //$NON-NLS-1$
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        Objects.requireNonNull(x, "x"); //$NON-NLS-1$
        Objects.requireNonNull(y, "y"); //$NON-NLS-1$
        layers = List.copyOf(layers);
        markers = List.copyOf(markers);
        if (x.scale() == Scale.CATEGORICAL) {
            for (PictureLayer layer : layers) {
                for (double value : layer.x()) {
                    if (value < 0 || value >= x.categories().size() || value != Math.rint(value)) {
                        throw new IllegalArgumentException("layer '" + layer.name() + "' has x = " + value //$NON-NLS-1$ //$NON-NLS-2$
                                + ", not a category index"); //$NON-NLS-1$
                    }
                }
            }
        }
    }

    /**
     * A spectrum (singular values, eigenvalues) on a log axis against the index 1, 2, …, with a
     * labelled marker after the numerical rank. A log axis cannot show 0: zeros (and negative
     * rounding noise) are drawn on a floor a decade below the smallest positive value and below
     * the rounding level ε·max, marked by a labelled horizontal line, so that a kernel stays visible.
     *
     * @param key
     *            the chart's key
     * @param title
     *            what is shown
     * @param valueTitle
     *            the title of the value axis
     * @param values
     *            the values, largest first
     * @param rank
     *            the numerical rank (a marker between index rank and rank + 1), or −1 for none
     * @return the chart
     */
    public static ResultChart spectrum(String key, String title, String valueTitle, double[] values, int rank) {
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (double value : values) {
            if (value > 0 && Double.isFinite(value)) {
                smallest = Math.min(smallest, value);
                largest = Math.max(largest, value);
            }
        }
        double floor = largest == 0 ? 1 : Math.max(Double.MIN_NORMAL, Math.min(smallest, Math.ulp(largest)) / 10);
        double[] x = new double[values.length];
        double[] y = new double[values.length];
        boolean floored = false;
        for (int i = 0; i < values.length; i++) {
            x[i] = i + 1;
            y[i] = values[i] > 0 ? values[i] : floor;
            floored |= values[i] <= 0;
        }
        List<Marker> markers = new ArrayList<>();
        if (rank >= 0) {
            markers.add(new Marker("numerical rank " + rank, Orientation.VERTICAL, rank + 0.5)); //$NON-NLS-1$
        }
        if (floored) {
            markers.add(new Marker("0 (drawn here)", Orientation.HORIZONTAL, floor)); //$NON-NLS-1$
        }
        return new ResultChart(key, title, Axis.integer("index"), Axis.log(valueTitle), //$NON-NLS-1$
                List.of(PictureLayer.points(valueTitle, x, y)), markers);
    }

    /** @return whether a legend is drawn: more than one layer */
    public boolean hasLegend() {
        return layers.size() > 1;
    }
}
