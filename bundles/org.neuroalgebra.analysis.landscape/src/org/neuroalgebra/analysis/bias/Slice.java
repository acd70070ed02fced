// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.List;

import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.singular.CurveStrata;

/**
 * A plane section of data in 3-space for the Voronoi picture: the plane where one coordinate is
 * fixed, the data within a slab around it projected onto it, and M's section drawn there.
 *
 * @param fixed
 *            the index of the fixed coordinate
 * @param value
 *            its value on the plane
 * @param halfWidth
 *            the data with |u_fixed − value| ≤ halfWidth are shown
 * @param names
 *            the names of the three coordinates
 * @param outline
 *            M's section (and its singular points) in the plane's two coordinates
 */
public record Slice(int fixed, double value, double halfWidth, List<String> names, List<PictureLayer> outline) {

    public Slice {
        names = List.copyOf(names);
        outline = List.copyOf(outline);
    }

    /** @return whether u lies in the slab around the plane */
    public boolean holds(double[] u) {
        return Math.abs(u[fixed] - value) <= halfWidth;
    }

    /** @return the two coordinates of u other than the fixed one, in order */
    public double[] project(double[] u) {
        return new double[] { u[axis(0)], u[axis(1)] };
    }

    /** @return the index of the plane's first (0) or second (1) coordinate */
    public int axis(int which) {
        int first = fixed == 0 ? 1 : 0;
        return which == 0 ? first : (fixed == 2 ? 1 : 2);
    }

    /** @return e.g. {@code x = 0 (data with |x − 0| ≤ 0.2)} */
    public String describe() {
        String name = names.get(fixed);
        String at = CurveStrata.format(value);
        return name + " = " + at + " (data with |" + name + " − " + at + "| ≤ " + CurveStrata.format(halfWidth) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
