// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;

/**
 * The unknowns t the parametric formulation solves for, with the symmetries of the weights
 * removed so that the generic fibre of t ↦ c(t) is finite: c(t) as exact polynomials, and the
 * parameters θ(t) they stand for.
 */
public interface ParametricChart {

    /** @return c(t), one polynomial per coordinate of the ambient space */
    Polynomial[] coefficients();

    /** @return the names of the unknowns */
    List<String> unknownNames();

    /** @return θ(t) */
    Complex[] parameters(Complex[] t);

    /**
     * @param seed
     *            the seed of the random point
     * @return the generic fibre dimension left, an upper bound (a rank at a random point modulo p)
     */
    default int remainingFiberDimension(long seed) {
        return ScalingNormalization.remainingFiberDimension(coefficients(), unknownNames().size(), seed);
    }

    /**
     * @return sets of unknowns to zero, each a stratum where J_μ drops rank and spurious critical
     *         points live; none known by default
     */
    default List<List<Integer>> spuriousStrata() {
        return List.of();
    }

    /** @return how the symmetries were removed, for the method line */
    String description();
}
