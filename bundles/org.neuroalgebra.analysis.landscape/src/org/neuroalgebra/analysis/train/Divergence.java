// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

/**
 * The signature of a run heading for a point of the closure of M that no finite θ attains
 * (docs/MATHEMATICS.md §3, "the infimum need not be attained"): over the second half of training the
 * parameter norm still grows by more than the fraction {@link #NORM_GROWTH} while the loss has
 * levelled off, losing less than the fraction {@link #LOSS_DECREASE} of its midpoint value. Near
 * such a point the gradient vanishes, so the norm grows slowly (logarithmically for the cubic
 * network of the tests) but steadily, whereas a run converging to an attained minimum settles
 * its norm geometrically fast. A run whose loss or norm overflows also counts as diverging.
 */
final class Divergence {

    static final double NORM_GROWTH = 0.01;
    static final double LOSS_DECREASE = 0.01;

    private Divergence() {
    }

    static boolean isDiverging(double[] loss, double[] norm) {
        int end = loss.length - 1;
        if (!Double.isFinite(loss[end]) || !Double.isFinite(norm[end])) {
            return true;
        }
        int mid = end / 2;
        boolean growing = norm[end] > (1 + NORM_GROWTH) * norm[mid];
        boolean levelled = loss[mid] - loss[end] < LOSS_DECREASE * loss[mid];
        return growing && levelled;
    }
}
