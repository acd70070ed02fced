// SPDX-License-Identifier: EPL-2.0
/**
 * The analysis API: {@link org.neuroalgebra.analysis.IAnalysis} services answer
 * {@link org.neuroalgebra.analysis.AnalysisRequest}s with
 * {@link org.neuroalgebra.analysis.AnalysisResult}s, found through the
 * {@link org.neuroalgebra.analysis.AnalysisRegistry} whiteboard.
 */
package org.neuroalgebra.analysis;
