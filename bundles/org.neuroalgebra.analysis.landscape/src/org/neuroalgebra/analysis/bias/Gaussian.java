// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import java.util.random.RandomGenerator;

import org.neuroalgebra.analysis.FigureFormat;

/**
 * The centred isotropic Gaussian N(0, σ²I_n): rotation invariant, so the Voronoi mass of a cone's
 * apex is a solid-angle fraction (docs/MATHEMATICS.md §7.2).
 *
 * @param dimension
 *            n
 * @param sigma
 *            the standard deviation of each coordinate, positive
 */
public record Gaussian(int dimension, double sigma) implements TargetDistribution {

    public Gaussian {
        if (dimension < 1 || !(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("a Gaussian needs a dimension ≥ 1 and a positive finite σ, got " //$NON-NLS-1$
                    + dimension + " and " + sigma); //$NON-NLS-1$
        }
    }

    @Override
    public double[] sample(RandomGenerator random) {
        double[] u = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            u[i] = sigma * random.nextGaussian();
        }
        return u;
    }

    /** @return e.g. {@code Gaussian N(0, I_3)} or {@code Gaussian N(0, 0.5²·I_3)} */
    @Override
    public String law() {
        return "Gaussian N(0, " + (sigma == 1 ? "" : FigureFormat.real(sigma) + "²·") + "I_" + dimension + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
