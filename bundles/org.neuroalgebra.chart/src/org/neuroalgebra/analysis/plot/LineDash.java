// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

/**
 * The dash pattern of a chart's line layer, by the layer's index: two layers with the same values
 * (a sweep where dim M equals the parameter count, say) draw the same path, and colour alone would
 * show only the one drawn last. Every renderer (PNG, SVG, the workbench's charts) uses the same
 * pattern for the same index.
 */
public enum LineDash {
    /** A continuous line. */
    SOLID(null),
    /** Long dashes. */
    DASHED(new float[] { 7f, 4f }),
    /** Dots. */
    DOTTED(new float[] { 2f, 3f }),
    /** Alternating dashes and dots. */
    DASH_DOT(new float[] { 7f, 3f, 2f, 3f });

    private final float[] pattern;

    LineDash(float[] pattern) {
        this.pattern = pattern;
    }

    /**
     * @param index
     *            the layer's index in its chart
     * @return the pattern of that layer: solid, dashed, dotted, dash-dot, then again
     */
    public static LineDash of(int index) {
        LineDash[] all = values();
        return all[Math.floorMod(index, all.length)];
    }

    /** @return the lengths of the drawn and skipped pieces in pixels, alternating; null for a solid line */
    public float[] pattern() {
        return pattern == null ? null : pattern.clone();
    }
}
