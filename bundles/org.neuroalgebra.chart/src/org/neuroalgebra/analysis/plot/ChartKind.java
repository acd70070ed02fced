// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.plot;

/** How series are drawn. */
public enum ChartKind {
    /** connected points, one polyline per series (curves over time) */
    LINE,
    /** one stem per value (spectra, singular values), with the series' marker as a dashed line */
    STEMS
}
