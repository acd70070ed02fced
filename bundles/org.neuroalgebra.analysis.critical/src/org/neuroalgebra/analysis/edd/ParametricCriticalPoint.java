// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.Arrays;

import org.neuroalgebra.solver.Complex;

/**
 * A distinct image μ(θ) of critical parameters of θ ↦ ‖μ(θ) − u‖²_Q (docs/MATHEMATICS.md §6).
 *
 * @param image
 *            μ(θ) ∈ C^n, the network function's coefficients
 * @param parameters
 *            one parameter point θ reaching it (all of θ, the normalized ones included)
 * @param loss
 *            (μ(θ) − u)ᵀ Q (μ(θ) − u)
 * @param real
 *            whether the image is real (every coordinate's imaginary part at most 1e-8 relative
 *            to its size)
 * @param pure
 *            true when some critical θ over this image has rank J_μ(θ) = dim M: the image is
 *            critical on M; false (spurious) when J_μ drops rank at every one of them
 * @param jacobianRank
 *            the largest numerical rank of J_μ over the critical θ reaching the image
 * @param preimages
 *            how many distinct critical parameter points reach it (after the normalization)
 */
public record ParametricCriticalPoint(Complex[] image, Complex[] parameters, Complex loss, boolean real,
        boolean pure, int jacobianRank, int preimages) {

    /** Defensive copies. */
    public ParametricCriticalPoint {
        image = image.clone();
        parameters = parameters.clone();
    }

    @Override
    public Complex[] image() {
        return image.clone();
    }

    @Override
    public Complex[] parameters() {
        return parameters.clone();
    }

    /** @return the kind, {@code "pure"} or {@code "spurious"} */
    public String kind() {
        return pure ? "pure" : "spurious"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ParametricCriticalPoint other && Arrays.equals(image, other.image)
                && Arrays.equals(parameters, other.parameters) && loss.equals(other.loss) && real == other.real
                && pure == other.pure && jacobianRank == other.jacobianRank && preimages == other.preimages;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(image) * 31 + Boolean.hashCode(pure);
    }

    @Override
    public String toString() {
        return kind() + (real ? " real " : " complex ") + Arrays.toString(image) + " loss " + loss + " rank " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + jacobianRank;
    }
}
