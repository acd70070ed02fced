// SPDX-License-Identifier: EPL-2.0
/**
 * The analysis API: {@link org.neuroalgebra.analysis.IAnalysis} services answer
 * {@link org.neuroalgebra.analysis.AnalysisRequest}s with
 * {@link org.neuroalgebra.analysis.AnalysisResult}s, found through the
 * {@link org.neuroalgebra.analysis.AnalysisRegistry} whiteboard. An analysis declares its
 * settings ({@link org.neuroalgebra.analysis.AnalysisSetting}), which
 * {@link org.neuroalgebra.analysis.AnalysisPreflight} checks before any work. A result carries one
 * {@link org.neuroalgebra.analysis.Provenance} and declares how it is presented: figures
 * ({@link org.neuroalgebra.analysis.ResultFigure}, each with its evidence), tables
 * ({@link org.neuroalgebra.analysis.ResultTable}) and charts
 * ({@link org.neuroalgebra.analysis.ResultChart}); {@link org.neuroalgebra.analysis.ResultJson}
 * writes the shared JSON fields and {@link org.neuroalgebra.analysis.FigureFormat} the numbers
 * people read. Long analyses publish intermediate results through
 * {@link org.neuroalgebra.analysis.PartialResults}.
 * <p>
 * <b>API status: stable.</b> Analyses of other bundles are written against this package. {@link
 * org.neuroalgebra.analysis.ResultSeries}, {@link org.neuroalgebra.analysis.ResultPicture} and the
 * result methods that return them ({@code series()}, {@code pictures()}) are deprecated for
 * removal in favour of {@link org.neuroalgebra.analysis.ResultChart}. See "The API" in
 * docs/EXTENDING.md for the rules.
 */
package org.neuroalgebra.analysis;
