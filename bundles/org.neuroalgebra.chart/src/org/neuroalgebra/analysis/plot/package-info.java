// SPDX-License-Identifier: EPL-2.0
/**
 * Headless charts: a {@link org.neuroalgebra.analysis.ResultChart} drawn exactly as declared (axes
 * and scales, points, lines, bars, labelled markers, a legend for several layers) as SVG text and
 * PNG images (java.awt in headless mode, no SWT), one layout on two canvases;
 * {@link org.neuroalgebra.analysis.plot.ChartFiles} writes all charts of a result. The older
 * {@link org.neuroalgebra.analysis.ResultSeries} and {@link org.neuroalgebra.analysis.ResultPicture}
 * are still drawn until they are removed.
 * <p>
 * <b>API status: provisional.</b> The renderer's entry points may change in a minor version; the
 * drawing follows the declared {@link org.neuroalgebra.analysis.ResultChart}, which is stable. See
 * "The API" in docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.analysis.plot;
