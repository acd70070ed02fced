// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

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

        public Axis {
            Objects.requireNonNull(title, "title"); //$NON-NLS-1$
            Objects.requireNonNull(scale, "scale"); //$NON-NLS-1$
            categories = List.copyOf(categories);
            if ((scale == Scale.CATEGORICAL) != !categories.isEmpty()) {
                throw new IllegalArgumentException("categories are given exactly for a categorical axis: " + title); //$NON-NLS-1$
            }
        }

        public static Axis linear(String title) {
            return new Axis(title, Scale.LINEAR, List.of());
        }

        public static Axis log(String title) {
            return new Axis(title, Scale.LOG, List.of());
        }

        public static Axis integer(String title) {
            return new Axis(title, Scale.INTEGER, List.of());
        }

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

        public Marker {
            Objects.requireNonNull(label, "label"); //$NON-NLS-1$
            Objects.requireNonNull(orientation, "orientation"); //$NON-NLS-1$
        }
    }

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

    /** @return whether a legend is drawn: more than one layer */
    public boolean hasLegend() {
        return layers.size() > 1;
    }
}
