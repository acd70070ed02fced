// SPDX-License-Identifier: EPL-2.0
/**
 * Implementation of homotopy continuation.
 * <p>
 * Systems are compiled once ({@code CompiledSystem}) to evaluate values and
 * Jacobians on primitive interleaved complex arrays, homogenized and
 * restricted to a random affine chart ({@code ProjectiveChart}) so that paths
 * going to infinity stay bounded. A {@code Homotopy} (total degree with the
 * γ-trick, or a parameter path) is tracked by {@code PathTracker} (RK4 /
 * Newton, adaptive steps); {@code EndgameTracker} finishes each path directly
 * or with the Cauchy endgame; {@code PathBatch} runs paths on worker threads;
 * {@code EndpointClassifier} refines, classifies and clusters endpoints.
 * {@code Monodromy} and {@code TraceTest} populate and check solution sets.
 * <p>
 * Precision fallback: there is no extended-precision arithmetic; a failed
 * path is re-tracked once in double precision with a ten times tighter
 * corrector tolerance, a five times smaller maximal step and four times the
 * step budget ({@link org.neuroalgebra.solver.PrecisionPolicy#RETRACK_TIGHTER}),
 * and {@link org.neuroalgebra.solver.SolveResult#pathsRetracked()} counts these.
 */
package org.neuroalgebra.solver.homotopy.internal;
