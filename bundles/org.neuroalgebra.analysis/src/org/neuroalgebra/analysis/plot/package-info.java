// SPDX-License-Identifier: EPL-2.0
/**
 * Headless charts of {@link org.neuroalgebra.analysis.ResultSeries}: SVG text and PNG images
 * (java.awt in headless mode, no SWT), drawn by one layout on two canvases.
 */
package org.neuroalgebra.analysis.plot;
