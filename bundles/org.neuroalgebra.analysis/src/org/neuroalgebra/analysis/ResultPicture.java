// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A picture in the plane that a view can draw: layers of points, lines and bars sharing two axes,
 * e.g. data points coloured by the stratum of their nearest point, or a histogram. Unlike a
 * {@link ResultSeries}, whose x values are implicit indices, every layer carries its own x values.
 *
 * @param title
 *            what the picture shows
 * @param xLabel
 *            axis title of the horizontal axis
 * @param yLabel
 *            axis title of the vertical axis
 * @param categories
 *            names of the x positions 0, 1, …, for a categorical axis (bar charts); empty for a
 *            numeric axis
 * @param layers
 *            what is drawn, in drawing order; each layer is one legend entry
 */
public record ResultPicture(String title, String xLabel, String yLabel, List<String> categories,
        List<PictureLayer> layers) {

    /** Copies the lists and refuses x values that are not category indices when there are categories. */
    public ResultPicture {
        Objects.requireNonNull(title, "title"); //$NON-NLS-1$
        categories = List.copyOf(categories);
        layers = List.copyOf(layers);
        if (!categories.isEmpty()) {
            for (PictureLayer layer : layers) {
                for (double x : layer.x()) {
                    if (x < 0 || x >= categories.size() || x != Math.rint(x)) {
                        throw new IllegalArgumentException(
                                "layer '" + layer.name() + "' has x = " + x + ", not a category index"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    }
                }
            }
        }
    }

    /** @return a picture with numeric axes */
    public static ResultPicture plane(String title, String xLabel, String yLabel, List<PictureLayer> layers) {
        return new ResultPicture(title, xLabel, yLabel, List.of(), layers);
    }

    /** @return a picture whose x positions 0, 1, … are the given categories */
    public static ResultPicture categorical(String title, String xLabel, String yLabel, List<String> categories,
            List<PictureLayer> layers) {
        return new ResultPicture(title, xLabel, yLabel, categories, layers);
    }

    /** @return whether the x axis is categorical */
    public boolean isCategorical() {
        return !categories.isEmpty();
    }
}
