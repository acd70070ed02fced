// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import org.neuroalgebra.solver.SolverOptions;

/**
 * Numbers that drive one path tracker.
 *
 * @param tolerance
 *            relative Newton accuracy on the path
 * @param minStep
 *            smallest step in the path parameter s ∈ [0, 1]
 * @param maxStep
 *            largest step: in s on the endgame's arcs; on straight legs
 *            (double precision), the largest move of t, so that a short leg
 *            near t = 0 is not cut into as many steps as a long one
 * @param maxSteps
 *            step budget per path (all legs together)
 */
record TrackerSettings(double tolerance, double minStep, double maxStep, int maxSteps) {

    static TrackerSettings of(SolverOptions options) {
        return new TrackerSettings(options.pathTolerance(), options.minStepSize(), 0.1, options.maxSteps());
    }

    /**
     * @return the settings of an attempt in double-double: a corrector
     *         tolerance 100 times tighter and a five times smaller maximal
     *         step (clustered paths stay apart), steps down to 10⁻¹⁶ of the
     *         double minimum (the tracker resolves t near 0 to full relative
     *         precision) and the same step budget, which bounds the cost of
     *         paths that fail in both precisions
     */
    TrackerSettings forDoubleDouble() {
        return new TrackerSettings(tolerance * 1e-2, minStep * 1e-16, maxStep / 5, maxSteps);
    }
}
