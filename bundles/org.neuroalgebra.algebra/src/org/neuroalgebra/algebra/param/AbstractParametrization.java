// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.lang.reflect.Array;

import org.neuroalgebra.algebra.internal.param.Dual;
import org.neuroalgebra.algebra.internal.param.DualRing;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * Base class that derives all evaluations and Jacobians from one generic
 * {@link #evaluate(Ring, Object[])}: the Jacobian is that same evaluation over
 * dual numbers, hence exact in every ring and free of finite differences.
 */
public abstract class AbstractParametrization implements Parametrization {

    /** Subclasses give {@link #evaluate(Ring, Object[])} and the sizes. */
    protected AbstractParametrization() {
        // no state here
    }

    @Override
    public <T> T[][] jacobian(Ring<T> ring, T[] theta) {
        checkParameters(theta.length);
        int n = parameterCount();
        DualRing<T> dual = new DualRing<>(ring, n);
        Dual<T>[] point = dual.zeros(n);
        for (int i = 0; i < n; i++) {
            point[i] = dual.variable(theta[i], i);
        }
        Dual<T>[] values = evaluate(dual, point);
        T[][] jacobian = newRows(ring, values.length);
        for (int r = 0; r < values.length; r++) {
            T[] gradient = values[r].gradient();
            jacobian[r] = gradient == null ? ring.zeros(n) : gradient.clone();
        }
        return jacobian;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[][] newRows(Ring<T> ring, int count) {
        return (T[][]) Array.newInstance(ring.zeros(0).getClass(), count);
    }

    /**
     * @param length
     *            the length of a given θ
     * @throws IllegalArgumentException
     *             if it is not {@link #parameterCount()}
     */
    protected void checkParameters(int length) {
        if (length != parameterCount()) {
            throw new IllegalArgumentException(
                    "expected " + parameterCount() + " parameters, got " + length); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public double[] evaluate(double[] theta) {
        return unboxDoubles(evaluate(Ring.DOUBLE, boxDoubles(theta)));
    }

    @Override
    public double[][] jacobian(double[] theta) {
        Double[][] j = jacobian(Ring.DOUBLE, boxDoubles(theta));
        double[][] result = new double[j.length][];
        for (int r = 0; r < j.length; r++) {
            result[r] = unboxDoubles(j[r]);
        }
        return result;
    }

    @Override
    public long[] evaluate(long[] theta, long p) {
        return unboxLongs(evaluate(Ring.modP(p), boxLongs(theta, p)));
    }

    @Override
    public long[][] jacobian(long[] theta, long p) {
        Long[][] j = jacobian(Ring.modP(p), boxLongs(theta, p));
        long[][] result = new long[j.length][];
        for (int r = 0; r < j.length; r++) {
            result[r] = unboxLongs(j[r]);
        }
        return result;
    }

    @Override
    public Rational[] evaluate(Rational[] theta) {
        return evaluate(Ring.RATIONAL, theta);
    }

    @Override
    public UpperBound dimensionUpperBound() {
        int ambient = ambientDimension();
        SymmetryBound symmetry = symmetryBound();
        int quotient = parameterCount() - symmetry.dimension();
        if (ambient <= quotient) {
            return new UpperBound(ambient, "dim V = " + ambient); //$NON-NLS-1$
        }
        return new UpperBound(quotient, "dim Θ − symmetries = " + parameterCount() + " − " //$NON-NLS-1$ //$NON-NLS-2$
                + symmetry.dimension() + " (" + symmetry.derivation() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public String toString() {
        return describe();
    }

    private static Double[] boxDoubles(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    private static double[] unboxDoubles(Double[] values) {
        double[] unboxed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            unboxed[i] = values[i];
        }
        return unboxed;
    }

    private static Long[] boxLongs(long[] values, long p) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = Math.floorMod(values[i], p);
        }
        return boxed;
    }

    private static long[] unboxLongs(Long[] values) {
        long[] unboxed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            unboxed[i] = values[i];
        }
        return unboxed;
    }
}
