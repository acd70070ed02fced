// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.SplittableRandom;

/**
 * A random affine chart {@code a·z = 1} of projective space P^n, in which
 * paths that go to infinity in C^n stay bounded: their homogenizing
 * coordinate {@code z_0} (stored last) tends to 0 instead.
 */
final class ProjectiveChart {

    private final double[] a;

    ProjectiveChart(int n, SplittableRandom random) {
        a = new double[2 * (n + 1)];
        for (int j = 0; j <= n; j++) {
            double angle = 2 * Math.PI * random.nextDouble();
            a[2 * j] = Math.cos(angle);
            a[2 * j + 1] = Math.sin(angle);
        }
    }

    int size() {
        return a.length / 2;
    }

    /**
     * Writes the chart equation a·z − 1 into row {@code row} of h and hz (N
     * columns); ∂/∂t is zero (ht may be null).
     */
    void evaluate(double[] z, int row, double[] h, double[] hz, double[] ht) {
        int nz = size();
        double sr = -1;
        double si = 0;
        for (int j = 0; j < nz; j++) {
            sr += a[2 * j] * z[2 * j] - a[2 * j + 1] * z[2 * j + 1];
            si += a[2 * j] * z[2 * j + 1] + a[2 * j + 1] * z[2 * j];
            hz[2 * (row * nz + j)] = a[2 * j];
            hz[2 * (row * nz + j) + 1] = a[2 * j + 1];
        }
        h[2 * row] = sr;
        h[2 * row + 1] = si;
        if (ht != null) {
            ht[2 * row] = 0;
            ht[2 * row + 1] = 0;
        }
    }

    /** @return a bound on the rounding error of evaluating a·z − 1 in double */
    double evaluationError(double[] z) {
        double sum = 1;
        for (int j = 0; j < size(); j++) {
            sum += Math.hypot(z[2 * j], z[2 * j + 1]);
        }
        return (size() + 2) * 0x1p-53 * sum;
    }

    /** {@link #evaluate} on double-double blocks; scratch holds 4 entries (the chart is shared by threads). */
    void evaluateDoubleDouble(double[] z, int row, double[] h, double[] hz, double[] ht, double[] scratch) {
        int nz = size();
        DoubleDouble.set(h, 4 * row, -1, 0);
        for (int j = 0; j < nz; j++) {
            DoubleDouble.cmul(z, 4 * j, a[2 * j], a[2 * j + 1], scratch, 0);
            DoubleDouble.cadd(h, 4 * row, scratch, 0, h, 4 * row);
            DoubleDouble.set(hz, 4 * (row * nz + j), a[2 * j], a[2 * j + 1]);
        }
        if (ht != null) {
            DoubleDouble.set(ht, 4 * row, 0, 0);
        }
    }

    /**
     * @param x
     *            interleaved affine point (n complex)
     * @return its homogeneous coordinates (x, 1) scaled into the chart
     */
    double[] lift(double[] x) {
        int nz = size();
        double[] z = new double[2 * nz];
        System.arraycopy(x, 0, z, 0, x.length);
        z[2 * (nz - 1)] = 1;
        return normalize(z);
    }

    /**
     * Scales homogeneous coordinates into the chart, as {@link #lift} does for
     * affine ones.
     */
    double[] normalize(double[] z) {
        int nz = size();
        double sr = 0;
        double si = 0;
        for (int j = 0; j < nz; j++) {
            sr += a[2 * j] * z[2 * j] - a[2 * j + 1] * z[2 * j + 1];
            si += a[2 * j] * z[2 * j + 1] + a[2 * j + 1] * z[2 * j];
        }
        double den = sr * sr + si * si;
        double ir = sr / den;
        double ii = -si / den;
        double[] result = new double[2 * nz];
        for (int j = 0; j < nz; j++) {
            result[2 * j] = z[2 * j] * ir - z[2 * j + 1] * ii;
            result[2 * j + 1] = z[2 * j] * ii + z[2 * j + 1] * ir;
        }
        return result;
    }
}
