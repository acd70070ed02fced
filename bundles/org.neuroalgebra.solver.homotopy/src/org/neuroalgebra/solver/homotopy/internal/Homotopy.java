// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

/**
 * A square homotopy {@code H(z, t) = 0} in homogeneous coordinates
 * {@code z = (x, z_0)} restricted to a fixed random affine chart, with the
 * start system at {@code t = 1} and the target at {@code t = 0}; {@code t} may
 * be complex (the endgame circles around 0). Implementations are immutable;
 * evaluators are per-thread workspaces.
 */
interface Homotopy {

    /** @return the number of unknowns n + 1 (and equations) */
    int size();

    /** @return a new evaluator (not thread-safe) */
    Evaluator newEvaluator();

    /**
     * Bounds the rounding error of evaluating each equation of the target
     * H(·, 0) in double at z, coefficient rounding included.
     *
     * @param z
     *            interleaved point
     * @param out
     *            receives {@link #size()} nonnegative bounds
     */
    void evaluationError(double[] z, double[] out);

    /** @return a new double-double evaluator (not thread-safe) */
    DoubleDoubleEvaluator newDoubleDoubleEvaluator();

    /** Evaluates H, ∂H/∂z and ∂H/∂t at a point. */
    interface Evaluator {
        /**
         * @param z
         *            interleaved unknowns
         * @param tRe
         *            real part of t
         * @param tIm
         *            imaginary part of t
         * @param h
         *            receives H (interleaved)
         * @param hz
         *            receives ∂H/∂z (interleaved, row-major)
         * @param ht
         *            receives ∂H/∂t (interleaved), or null when not needed
         *            (Newton steps), which saves work
         */
        void evaluate(double[] z, double tRe, double tIm, double[] h, double[] hz, double[] ht);
    }

    /** {@link Evaluator} in double-double: every complex number is a block of four doubles. */
    interface DoubleDoubleEvaluator {
        /**
         * @param z
         *            unknowns
         * @param t
         *            t as one block
         * @param h
         *            receives H
         * @param hz
         *            receives ∂H/∂z (row-major)
         * @param ht
         *            receives ∂H/∂t, or null when not needed
         */
        void evaluate(double[] z, double[] t, double[] h, double[] hz, double[] ht);
    }
}
