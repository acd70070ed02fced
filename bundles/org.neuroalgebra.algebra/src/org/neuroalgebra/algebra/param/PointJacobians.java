// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.lang.reflect.Array;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.neuroalgebra.algebra.internal.param.DoubleBatchRing;
import org.neuroalgebra.algebra.internal.param.ModPBatchRing;
import org.neuroalgebra.algebra.internal.param.TapeRing;
import org.neuroalgebra.algebra.internal.param.Taped;
import org.neuroalgebra.algebra.number.Ring;

/**
 * The Jacobian of θ ↦ (f_θ(x_1), …, f_θ(x_N)) at one θ: one row per point and output, each the
 * gradient of one output of the network at one point by reverse-mode differentiation. It equals
 * E·J, J the Jacobian of θ ↦ c_{f_θ} and E the evaluation matrix of the points
 * ({@link PointEvaluation}), without ever expanding f_θ: time O(N · network operations), memory
 * that of the result and one tape.
 * <p>
 * The points are taken {@value #BATCH} at a time: the network runs once per batch over a ring
 * whose elements are vectors of values, one per point, so the arithmetic runs in primitive loops
 * and the tape has one node per operation of the network, not per operation and point.
 */
public final class PointJacobians {

    /** Points per pass: long enough loops, a tape of (network operations × BATCH) values. */
    static final int BATCH = 64;

    private PointJacobians() {
    }

    /**
     * @param map
     *            the network
     * @param theta
     *            the parameters (any longs; reduced mod p)
     * @param points
     *            the input points (any longs; reduced mod p)
     * @param p
     *            a prime at most 2³¹ − 1
     * @param canceled
     *            polled once per batch of points
     * @return E·J mod p, (points × outputs) × parameters, the outputs of one point consecutive
     * @throws CancellationException
     *             if {@code canceled} became true
     */
    public static long[][] modP(PointEvaluation map, long[] theta, long[][] points, long p, BooleanSupplier canceled) {
        int outputs = map.outputCount();
        long[][] rows = new long[points.length * outputs][];
        for (int start = 0; start < points.length; start += BATCH) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException("Jacobian evaluation canceled"); //$NON-NLS-1$
            }
            int size = Math.min(BATCH, points.length - start);
            ModPBatchRing batch = new ModPBatchRing(p, size);
            long[][] parameters = new long[theta.length][];
            for (int i = 0; i < theta.length; i++) {
                parameters[i] = batch.constant(Math.floorMod(theta[i], p));
            }
            long[][] x = new long[map.inputCount()][size];
            for (int k = 0; k < size; k++) {
                for (int i = 0; i < x.length; i++) {
                    x[i][k] = Math.floorMod(points[start + k][i], p);
                }
            }
            long[][][] gradients = gradients(map, new TapeRing<>(batch, theta.length), parameters, x);
            for (int k = 0; k < size; k++) {
                for (int o = 0; o < outputs; o++) {
                    long[] row = new long[theta.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = gradients[o][i][k];
                    }
                    rows[(start + k) * outputs + o] = row;
                }
            }
        }
        return rows;
    }

    /**
     * @param map
     *            the network
     * @param theta
     *            the parameters
     * @param points
     *            the input points
     * @return E·J in floating point, (points × outputs) × parameters
     */
    public static double[][] floating(PointEvaluation map, double[] theta, double[][] points) {
        int outputs = map.outputCount();
        double[][] rows = new double[points.length * outputs][];
        for (int start = 0; start < points.length; start += BATCH) {
            int size = Math.min(BATCH, points.length - start);
            DoubleBatchRing batch = new DoubleBatchRing(size);
            double[][] parameters = new double[theta.length][];
            for (int i = 0; i < theta.length; i++) {
                parameters[i] = batch.constant(theta[i]);
            }
            double[][] x = new double[map.inputCount()][size];
            for (int k = 0; k < size; k++) {
                for (int i = 0; i < x.length; i++) {
                    x[i][k] = points[start + k][i];
                }
            }
            double[][][] gradients = gradients(map, new TapeRing<>(batch, theta.length), parameters, x);
            for (int k = 0; k < size; k++) {
                for (int o = 0; o < outputs; o++) {
                    double[] row = new double[theta.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = gradients[o][i][k];
                    }
                    rows[(start + k) * outputs + o] = row;
                }
            }
        }
        return rows;
    }

    /** @return per output, the gradient: per parameter, its values at the points of the batch */
    private static <T> T[][] gradients(PointEvaluation map, TapeRing<T> tape, T[] theta, T[] x) {
        Taped<T>[] parameters = tape.zeros(theta.length);
        for (int i = 0; i < theta.length; i++) {
            parameters[i] = tape.variable(theta[i], i);
        }
        Taped<T>[] inputs = tape.zeros(x.length);
        for (int i = 0; i < x.length; i++) {
            inputs[i] = tape.constant(x[i]);
        }
        Taped<T>[] outputs = map.evaluateAt(tape, parameters, inputs);
        if (outputs.length != map.outputCount()) {
            throw new IllegalStateException("the network gave " + outputs.length + " outputs instead of " //$NON-NLS-1$ //$NON-NLS-2$
                    + map.outputCount());
        }
        @SuppressWarnings("unchecked")
        T[][] gradients = (T[][]) Array.newInstance(theta.getClass(), outputs.length);
        for (int o = 0; o < outputs.length; o++) {
            gradients[o] = tape.gradient(outputs[o]);
        }
        return gradients;
    }
}
