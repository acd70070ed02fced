// SPDX-License-Identifier: EPL-2.0
/**
 * The analysis API: {@link org.neuroalgebra.analysis.IAnalysis} services answer
 * {@link org.neuroalgebra.analysis.AnalysisRequest}s with
 * {@link org.neuroalgebra.analysis.AnalysisResult}s, found through the
 * {@link org.neuroalgebra.analysis.AnalysisRegistry} whiteboard. Results offer charts of two kinds,
 * {@link org.neuroalgebra.analysis.ResultSeries} (values against their index) and
 * {@link org.neuroalgebra.analysis.ResultPicture} (layers of points, lines and bars); long analyses
 * publish intermediate results through {@link org.neuroalgebra.analysis.PartialResults}.
 */
package org.neuroalgebra.analysis;
