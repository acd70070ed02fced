// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.train;

/**
 * How to train.
 *
 * @param optimizer
 *            the update rule
 * @param runs
 *            the number of independent runs; run i starts from θ with entries
 *            {@code initScale · N(0, 1)} drawn from {@code new SplittableRandom(seed + i)}
 * @param steps
 *            the number of updates per run
 * @param learningRate
 *            η
 * @param initScale
 *            the standard deviation of the initial θ
 * @param zeroTolerance
 *            weights below this count as zero when looking for zero neurons
 * @param seed
 *            the base seed
 * @param threads
 *            the size of the fixed thread pool; results do not depend on it
 */
public record TrainingSettings(Optimizer optimizer, int runs, int steps, double learningRate, double initScale,
        double zeroTolerance, long seed, int threads) {

    /** The number of points recorded on each curve. */
    public static final int CURVE_POINTS = 100;
}
