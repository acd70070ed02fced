// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

/**
 * The dimension of the known continuous symmetries of a parametrization: the
 * generic fibre of θ ↦ f_θ has at least this dimension, so
 * dim M ≤ dim Θ − dimension. Knowing fewer symmetries than exist is safe (the
 * bound only gets weaker); claiming more is a bug.
 *
 * @param dimension
 *            a lower bound for the generic fibre dimension
 * @param derivation
 *            why, in words a user can check
 */
public record SymmetryBound(int dimension, String derivation) {

    /** No symmetry known. */
    public static final SymmetryBound NONE = new SymmetryBound(0, "no continuous symmetry known"); //$NON-NLS-1$
}
