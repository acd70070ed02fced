// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.random.RandomGenerator;

/**
 * An axis-parallel box [low_1, high_1] × … × [low_n, high_n] with the uniform distribution.
 *
 * @param low
 *            the lower corner
 * @param high
 *            the upper corner, componentwise larger
 */
public record Box(double[] low, double[] high) {

    public Box {
        if (low.length != high.length) {
            throw new IllegalArgumentException("corners of different dimensions"); //$NON-NLS-1$
        }
        for (int i = 0; i < low.length; i++) {
            if (!(low[i] < high[i])) {
                throw new IllegalArgumentException("empty box in coordinate " + (i + 1)); //$NON-NLS-1$
            }
        }
        low = low.clone();
        high = high.clone();
    }

    /** @return the cube [−a, a]^n */
    public static Box cube(int n, double a) {
        double[] low = new double[n];
        double[] high = new double[n];
        java.util.Arrays.fill(low, -a);
        java.util.Arrays.fill(high, a);
        return new Box(low, high);
    }

    /** @return a uniform sample, coordinates drawn in order */
    public double[] sample(RandomGenerator random) {
        double[] u = new double[low.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = random.nextDouble(low[i], high[i]);
        }
        return u;
    }
}
