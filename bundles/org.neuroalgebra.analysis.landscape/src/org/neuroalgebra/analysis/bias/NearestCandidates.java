// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.Optional;

import org.neuroalgebra.analysis.singular.Stratum;

/**
 * The nearest of the candidate points offered for one data point u. A candidate replaces the best
 * so far only when it is nearer by more than rounding, so the candidates offered first win ties:
 * offer the special points (singular, boundary) before the generic critical points.
 */
final class NearestCandidates {

    private Nearest best;

    /** Considers the candidate p, of the given stratum, for the data point u. */
    void offer(double[] p, double[] u, Stratum stratum, String detail) {
        double distance = 0;
        for (int i = 0; i < u.length; i++) {
            distance += (p[i] - u[i]) * (p[i] - u[i]);
        }
        if (best == null || distance < best.distance() - 1e-12 * (1 + best.distance())) {
            best = new Nearest(p, distance, stratum, detail);
        }
    }

    /** @return the nearest candidate, empty when none was offered */
    Optional<Nearest> best() {
        return Optional.ofNullable(best);
    }
}
