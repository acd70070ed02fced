// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import org.neuroalgebra.algebra.number.Ring;

/**
 * A parametrization whose network function f_θ can be evaluated at a point x of the input space
 * without expanding it into coefficients. With c_{f_θ} = (c_v(θ)) and f_θ(x) = Σ_v c_v(θ) m_v(x)
 * for the monomials m_v of the ambient basis, the Jacobian of θ ↦ (f_θ(x_1), …, f_θ(x_N)) is E·J
 * with E = (m_v(x_k)) the evaluation matrix and J the Jacobian of θ ↦ c_{f_θ}; it costs one pass
 * through the network per point, see {@link PointJacobians}.
 */
public interface PointEvaluation {

    /** @return the number of input variables x */
    int inputCount();

    /** @return the number of outputs of f_θ */
    int outputCount();

    /**
     * @param <T>
     *            the ring's element type
     * @param ring
     *            the ring to compute in; the network uses only its operations
     * @param theta
     *            the parameters, as many as the parametrization has
     * @param x
     *            the input point, {@link #inputCount()} values
     * @return f_θ(x), {@link #outputCount()} values, in the order of the outputs of the
     *         coefficient vector
     */
    <T> T[] evaluateAt(Ring<T> ring, T[] theta, T[] x);
}
