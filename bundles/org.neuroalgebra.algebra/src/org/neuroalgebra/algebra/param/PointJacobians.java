// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.lang.reflect.Array;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.neuroalgebra.algebra.internal.param.TapeRing;
import org.neuroalgebra.algebra.internal.param.Taped;
import org.neuroalgebra.algebra.number.Ring;

/**
 * The Jacobian of θ ↦ (f_θ(x_1), …, f_θ(x_N)) at one θ: one row per point and output, each the
 * gradient of one output of the network at one point by reverse-mode differentiation. It equals
 * E·J, J the Jacobian of θ ↦ c_{f_θ} and E the evaluation matrix of the points
 * ({@link PointEvaluation}), without ever expanding f_θ: time O(N · network operations), memory
 * that of the result and one tape.
 */
public final class PointJacobians {

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
     *            polled once per point
     * @return E·J mod p, (points × outputs) × parameters, the outputs of one point consecutive
     * @throws CancellationException
     *             if {@code canceled} became true
     */
    public static long[][] modP(PointEvaluation map, long[] theta, long[][] points, long p, BooleanSupplier canceled) {
        Ring<Long> ring = Ring.modP(p);
        Long[] parameters = new Long[theta.length];
        for (int i = 0; i < theta.length; i++) {
            parameters[i] = Math.floorMod(theta[i], p);
        }
        long[][] rows = new long[points.length * map.outputCount()][];
        TapeRing<Long> tape = new TapeRing<>(ring, theta.length);
        for (int k = 0; k < points.length; k++) {
            if (canceled.getAsBoolean()) {
                throw new CancellationException("Jacobian evaluation canceled"); //$NON-NLS-1$
            }
            Long[] x = new Long[points[k].length];
            for (int i = 0; i < x.length; i++) {
                x[i] = Math.floorMod(points[k][i], p);
            }
            Long[][] gradients = gradients(map, tape, parameters, x);
            for (int o = 0; o < gradients.length; o++) {
                long[] row = new long[theta.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = gradients[o][i];
                }
                rows[k * gradients.length + o] = row;
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
        Double[] parameters = new Double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            parameters[i] = theta[i];
        }
        double[][] rows = new double[points.length * map.outputCount()][];
        TapeRing<Double> tape = new TapeRing<>(Ring.DOUBLE, theta.length);
        for (int k = 0; k < points.length; k++) {
            Double[] x = new Double[points[k].length];
            for (int i = 0; i < x.length; i++) {
                x[i] = points[k][i];
            }
            Double[][] gradients = gradients(map, tape, parameters, x);
            for (int o = 0; o < gradients.length; o++) {
                double[] row = new double[theta.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = gradients[o][i];
                }
                rows[k * gradients.length + o] = row;
            }
        }
        return rows;
    }

    private static <T> T[][] gradients(PointEvaluation map, TapeRing<T> tape, T[] theta, T[] x) {
        tape.reset();
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
