// SPDX-License-Identifier: EPL-2.0
/**
 * Headless charts of {@link org.neuroalgebra.analysis.ResultSeries} and
 * {@link org.neuroalgebra.analysis.ResultPicture}: SVG text and PNG images (java.awt in headless
 * mode, no SWT), drawn by one layout on two canvases; {@link org.neuroalgebra.analysis.plot.ChartFiles}
 * writes all charts of a result.
 */
package org.neuroalgebra.analysis.plot;
