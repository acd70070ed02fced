// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * An axis-parallel box [low_1, high_1] × … × [low_n, high_n] with the uniform distribution; also
 * the window of the pictures.
 *
 * @param low
 *            the lower corner
 * @param high
 *            the upper corner, componentwise larger
 */
public record Box(double[] low, double[] high) implements TargetDistribution {

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
        Arrays.fill(low, -a);
        Arrays.fill(high, a);
        return new Box(low, high);
    }

    /**
     * Reads the {@code box} option: one number a for the cube [−a, a]^n, or 2n numbers
     * {@code low_1 high_1 … low_n high_n}, separated by spaces.
     *
     * @throws IllegalArgumentException
     *             with a message naming what is wrong
     */
    public static Box parse(String text, int n) {
        String[] parts = text.trim().split("\\s+"); //$NON-NLS-1$
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a number", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not finite"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (values.length == 1) {
            if (!(values[0] > 0)) {
                throw new IllegalArgumentException("the half-width must be positive, found " + parts[0]); //$NON-NLS-1$
            }
            return cube(n, values[0]);
        }
        if (values.length != 2 * n) {
            throw new IllegalArgumentException("expected one half-width or " + 2 * n //$NON-NLS-1$
                    + " numbers 'low high' per coordinate, found " + values.length); //$NON-NLS-1$
        }
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            low[i] = values[2 * i];
            high[i] = values[2 * i + 1];
        }
        return new Box(low, high);
    }

    /** @return e.g. {@code uniform in [-1, 1]^3} */
    @Override
    public String law() {
        return "uniform in " + describe(); //$NON-NLS-1$
    }

    /** @return e.g. {@code [-2, 2] × [-1, 3]}, or {@code [-1, 1]^3} for a cube */
    public String describe() {
        boolean cube = true;
        for (int i = 0; i < low.length; i++) {
            cube &= low[i] == low[0] && high[i] == high[0] && low[i] == -high[i];
        }
        if (cube) {
            return "[" + format(low[0]) + ", " + format(high[0]) + "]^" + low.length; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < low.length; i++) {
            text.append(i == 0 ? "" : " × ").append('[').append(format(low[i])).append(", ").append(format(high[i])) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .append(']');
        }
        return text.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** @return a uniform sample, coordinates drawn in order */
    @Override
    public double[] sample(RandomGenerator random) {
        double[] u = new double[low.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = random.nextDouble(low[i], high[i]);
        }
        return u;
    }
}
