// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;

/** A chart of the results view, which can be saved as an image. */
public interface ResultChart {

    /** @return the SWTChart control */
    Chart control();

    /**
     * Writes the chart as a PNG image of the given size (the control is resized for the snapshot
     * and restored afterwards).
     */
    default void exportPng(String file, int width, int height) {
        Chart chart = control();
        Point old = chart.getSize();
        chart.setSize(width, height);
        chart.layout(true, true);
        try {
            chart.save(file, SWT.IMAGE_PNG);
        } finally {
            chart.setSize(old);
            chart.layout(true, true);
        }
    }
}
