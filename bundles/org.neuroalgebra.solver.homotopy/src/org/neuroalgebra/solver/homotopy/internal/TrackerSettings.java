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
 *            largest step
 * @param maxSteps
 *            step budget per path (all legs together)
 */
record TrackerSettings(double tolerance, double minStep, double maxStep, int maxSteps) {

    static TrackerSettings of(SolverOptions options) {
        return new TrackerSettings(options.pathTolerance(), options.minStepSize(), 0.1, options.maxSteps());
    }

    /** @return the settings of the second, more careful attempt at a failed path */
    TrackerSettings tighter() {
        return new TrackerSettings(tolerance / 10, minStep / 10, maxStep / 5, maxSteps * 4);
    }
}
