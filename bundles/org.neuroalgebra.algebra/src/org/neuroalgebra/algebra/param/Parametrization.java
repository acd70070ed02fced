// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;

/**
 * The polynomial map θ ↦ c_{f_θ} from parameters to the coefficient vector
 * of the network function in the ambient space V (docs/MATHEMATICS.md §2), available in
 * every ring: exactly, modulo a prime, in floating point, and with its exact
 * Jacobian. Implementations normally extend {@link AbstractParametrization},
 * which derives everything from {@link #evaluate(Ring, Object[])}.
 */
public interface Parametrization {

    /** @return dim Θ */
    int parameterCount();

    /** @return dim V, the length of a coefficient vector */
    int ambientDimension();

    /** @return one name per coordinate of V, in coefficient-vector order */
    List<String> coordinateNames();

    /** @return one name per parameter, in θ order */
    List<String> parameterNames();

    /**
     * @param <T>
     *            the ring's element type
     * @param ring
     *            the ring to compute in
     * @param theta
     *            the parameters
     * @return the coefficient vector c_{f_θ}
     */
    <T> T[] evaluate(Ring<T> ring, T[] theta);

    /**
     * @param <T>
     *            the ring's element type
     * @param ring
     *            the ring to compute in
     * @param theta
     *            the parameters
     * @return the exact Jacobian ∂c/∂θ, ambient × parameters
     */
    <T> T[][] jacobian(Ring<T> ring, T[] theta);

    /** @return c_{f_θ} in floating point */
    double[] evaluate(double[] theta);

    /** @return ∂c/∂θ in floating point, ambient × parameters */
    double[][] jacobian(double[] theta);

    /**
     * @param theta
     *            parameters (any longs; reduced mod p)
     * @param p
     *            a prime at most 2³¹ − 1
     * @return c_{f_θ} mod p
     */
    long[] evaluate(long[] theta, long p);

    /**
     * @param theta
     *            parameters (any longs; reduced mod p)
     * @param p
     *            a prime at most 2³¹ − 1
     * @return ∂c/∂θ mod p, ambient × parameters
     */
    long[][] jacobian(long[] theta, long p);

    /** @return c_{f_θ} exactly */
    Rational[] evaluate(Rational[] theta);

    /** @return the known continuous symmetries and how they were derived */
    SymmetryBound symmetryBound();

    /**
     * @return the best proven upper bound for dim M; at least as good as
     *         min(dim V, dim Θ − {@link #symmetryBound()})
     */
    UpperBound dimensionUpperBound();

    /** @return a one-paragraph human-readable description of the map */
    String describe();
}
