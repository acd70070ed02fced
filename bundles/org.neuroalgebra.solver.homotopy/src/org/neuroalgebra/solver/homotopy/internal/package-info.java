// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of homotopy continuation.
 * <p>
 * Systems are compiled once ({@code CompiledSystem}) to evaluate values and
 * Jacobians on primitive interleaved complex arrays (in double by a
 * {@code MonomialProgram} of shared monomials and one sparse matrix), homogenized and
 * restricted to a random affine chart ({@code ProjectiveChart}) so that paths
 * going to infinity stay bounded. A {@code Homotopy} (total degree with the
 * γ-trick, or a parameter path) is tracked by {@code PathTracker} (RK4 /
 * Newton, adaptive steps); {@code EndgameTracker} finishes each path directly
 * or with the Cauchy endgame; {@code PathBatch} runs paths on worker threads;
 * {@code EndpointClassifier} refines, classifies and clusters endpoints.
 * {@code Monodromy} and {@code TraceTest} populate and check solution sets.
 * <p>
 * Precision ({@link org.neuroalgebra.solver.PrecisionPolicy}): the same
 * compiled program is interpreted in double ({@code CompiledSystem.Workspace})
 * and in double-double ({@code DoubleDoubleWorkspace}, arithmetic in
 * {@code DoubleDouble}, about 32 digits); {@code DoubleDoublePathTracker} and
 * {@code DoubleDoubleLu} mirror {@code PathTracker} and {@code ComplexLu}, and
 * {@code EndgameTracker} runs on either through {@code Tracker}. Under
 * {@code ADAPTIVE}, {@code PathBatch} tracks every path in double and
 * re-tracks from its start in double-double a path that failed for a
 * numerical reason, reached a finite endpoint only through the endgame, or
 * reached one whose attainable accuracy in double (the rounding error of the
 * equations, coefficients included, through the inverse Jacobian) is worse
 * than the endpoint tolerance / 100. Such endpoints are refined and measured
 * by {@code DoubleDoubleAffineSystem}; the result counts them in
 * {@link org.neuroalgebra.solver.SolveResult#pathsHigherPrecision()}.
 */
package org.neuroalgebra.solver.homotopy.internal;
