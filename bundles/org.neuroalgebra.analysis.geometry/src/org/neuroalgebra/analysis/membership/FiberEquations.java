// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.List;

import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.internal.NormalizedSystem;

/**
 * The equations c(θ) = c_target of a membership test as polynomials in the unknowns left after
 * fixing what symmetries are fixed: the normalized scalings of a polynomial MLP
 * ({@link NormalizedSystem}), all parameters for the other kinds ({@link PlainFiberEquations}),
 * whose symmetries then stay in the fibre's dimension.
 */
interface FiberEquations {

    /** @return the names of the unknowns */
    List<String> unknownNames();

    /** @return c(θ) as polynomials in the unknowns */
    Polynomial[] coefficients();

    /** @return the generic fibre dimension in the unknowns (Jacobian rank at a random point mod p) */
    int remainingFiberDimension(long seed);

    /** @return θ from real unknowns */
    double[] parameters(double[] unknowns);

    /** @return the generic number of solutions when the fibre is finite and it is known, else -1 */
    long genericCount();

    /** @return how the unknowns were chosen, for the notes */
    String describe();

    /**
     * @param parametrization
     *            any parametrization with polynomial coefficients
     * @param seed
     *            the seed of the random normalizations
     * @return its equations: normalized for an MLP, plain otherwise
     */
    static FiberEquations of(Parametrization parametrization, long seed) {
        return parametrization instanceof MlpParametrization mlp ? new MlpFiberEquations(NormalizedSystem.of(mlp, seed))
                : new PlainFiberEquations(parametrization, seed);
    }
}
