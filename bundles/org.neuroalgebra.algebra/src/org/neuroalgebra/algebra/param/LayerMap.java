// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.List;

import org.neuroalgebra.algebra.number.Ring;

/**
 * One layer of a network as a polynomial map: from its parameters and its input signals to its
 * output signals. A layer kind (in the model's {@code org.neuroalgebra.model.layers} API) builds
 * one for each layer of an architecture; {@link LayerStackParametrization} composes them into the
 * map θ ↦ c_{f_θ}.
 * <p>
 * {@link #apply(Ring, Object[], Object[])} is written once, with the operations of a ring: the
 * composition calls it with signals that are polynomials in the network's inputs whose
 * coefficients lie in the ring being computed in (exact, modulo a prime, floating point, or dual
 * numbers, which give the exact Jacobian). So a layer never differentiates anything itself.
 */
public interface LayerMap {

    /** @return the number of input signals */
    int inputWidth();

    /** @return the number of output signals */
    int outputWidth();

    /** @return the number of parameters of this layer */
    int parameterCount();

    /** @return one name per parameter, in order, local to the layer (e.g. {@code W[1,2]}) */
    List<String> parameterNames();

    /**
     * @return k such that each output has degree at most k·D when every input has degree at most
     *         D (1 for an affine layer, r for an activation of degree r)
     */
    int degree();

    /**
     * @return true if forms of degree D in, forms of degree {@link #degree()}·D out (a linear map
     *         without bias, a monomial activation); then a network of such layers lives in the
     *         space of forms, which is smaller
     */
    default boolean preservesForms() {
        return false;
    }

    /**
     * @param <S>
     *            the signal type
     * @param ring
     *            the ring of signals; {@link Ring#fromRational} gives constants
     * @param parameters
     *            this layer's parameters as signals, {@link #parameterCount()} of them
     * @param inputs
     *            the input signals, {@link #inputWidth()} of them
     * @return the output signals, {@link #outputWidth()} of them
     */
    <S> S[] apply(Ring<S> ring, S[] parameters, S[] inputs);

    /**
     * @return the continuous symmetries of this layer alone (a group acting on its parameters
     *         that leaves its function unchanged); knowing fewer than exist is safe
     */
    default SymmetryBound symmetry() {
        return SymmetryBound.NONE;
    }

    /** @return a short description, e.g. "residual 3 → 2 → 3, σ = x^2" */
    String describe();
}
