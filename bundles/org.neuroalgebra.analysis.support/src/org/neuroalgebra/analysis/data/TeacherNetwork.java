// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;

/**
 * The network (any kind) behind {@code targets from ARCH seed N noise s}. Its parameters are exact: θ_i =
 * k_i / 4 with k_i uniform in {−8, …, 8}, drawn in θ order from {@code new SplittableRandom(N)};
 * the same generator then draws the noise, one standard Gaussian per target value in sample order,
 * scaled by s. Dyadic θ are exact in floating point, so the targets are reproducible bit for bit.
 */
public final class TeacherNetwork {

    private final Network network;
    private final Rational[] theta;
    private final double[] coefficients;

    /** @param random the generator of the {@code targets} seed, which then draws the noise */
    public TeacherNetwork(Network network, SplittableRandom random) {
        this.network = network;
        this.theta = new Rational[network.parametrization().parameterCount()];
        double[] values = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            theta[i] = Rational.of(random.nextInt(-8, 9), 4);
            values[i] = theta[i].doubleValue();
        }
        this.coefficients = network.parametrization().evaluate(values);
    }

    /** @return the exact parameters */
    public Rational[] theta() {
        return theta.clone();
    }

    /** @return c_θ of the teacher */
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** @return f_θ(a) */
    public double[] evaluate(double[] a) {
        return network.evaluate(coefficients, a);
    }
}
