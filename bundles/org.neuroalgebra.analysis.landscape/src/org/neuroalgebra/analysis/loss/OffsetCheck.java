// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import java.util.SplittableRandom;

import org.neuroalgebra.algebra.param.Parametrization;

/**
 * The numerical check of docs/MATHEMATICS.md §5: L(f_θ) − ‖C_θ − U‖²_Q is the same constant for every θ.
 *
 * @param trials
 *            the number of random θ (standard Gaussian entries)
 * @param offset
 *            the mean of the differences
 * @param spread
 *            max − min of the differences
 * @param relativeSpread
 *            the spread divided by the largest loss seen (round-off makes it about 1e-15)
 * @param seed
 *            the seed of the θ
 */
public record OffsetCheck(int trials, double offset, double spread, double relativeSpread, long seed) {

    /** @return the check for {@code trials} random θ drawn from {@code new SplittableRandom(seed)} */
    public static OffsetCheck run(LossGeometry geometry, Parametrization parametrization, int trials, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        double scale = 0;
        for (int t = 0; t < trials; t++) {
            double[] theta = new double[parametrization.parameterCount()];
            for (int i = 0; i < theta.length; i++) {
                theta[i] = random.nextGaussian();
            }
            double[] c = parametrization.evaluate(theta);
            double loss = geometry.loss(c);
            double difference = loss - geometry.distanceToTarget(c);
            min = Math.min(min, difference);
            max = Math.max(max, difference);
            sum += difference;
            scale = Math.max(scale, Math.abs(loss));
        }
        double spread = max - min;
        return new OffsetCheck(trials, sum / trials, spread, scale == 0 ? 0 : spread / scale, seed);
    }
}
