// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.SplittableRandom;

import org.neuroalgebra.solver.Complex;

/** Conversions between {@link Complex} arrays and interleaved (re, im) double arrays. */
final class Interleaved {

    private Interleaved() {
    }

    static double[] of(Complex[] values) {
        double[] result = new double[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            result[2 * i] = values[i].re();
            result[2 * i + 1] = values[i].im();
        }
        return result;
    }

    static Complex[] toComplex(double[] values) {
        Complex[] result = new Complex[values.length / 2];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Complex(values[2 * i], values[2 * i + 1]);
        }
        return result;
    }

    /** @return count complex numbers with independent standard Gaussian real and imaginary parts */
    static double[] gaussian(int count, SplittableRandom random) {
        double[] result = new double[2 * count];
        for (int i = 0; i < result.length; i++) {
            result[i] = random.nextGaussian();
        }
        return result;
    }

    /** @return a uniformly random point on the unit circle, as {re, im} */
    static double[] unitCircle(SplittableRandom random) {
        double angle = 2 * Math.PI * random.nextDouble();
        return new double[] { Math.cos(angle), Math.sin(angle) };
    }
}
