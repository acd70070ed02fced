// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.List;

import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;
import org.neuroalgebra.analysis.internal.ScalingNormalization;

/**
 * The membership equations of the kinds other than MLPs. A CNN's filter scalings and the two
 * scalings of attention ((λV, K, Q/λ) and (V, λK, Q/λ)) are normalized like an MLP's neuron
 * scalings ({@link ScalingNormalization}, {@link ConvolutionParametrization#scaledParameterGroups()},
 * {@link AttentionParametrization#scaledParameterGroups()}); the rest of attention's GL(a) and the
 * symmetries of linear layer stacks stay in the fibre, which the fibre search then cuts by slices.
 */
final class PlainFiberEquations implements FiberEquations {

    private final Parametrization parametrization;
    private final ScalingNormalization normalization;
    private final int scalings;
    private final Polynomial[] coefficients;

    PlainFiberEquations(Parametrization parametrization, long seed) {
        this.parametrization = parametrization;
        List<int[]> groups = parametrization instanceof ConvolutionParametrization cnn ? cnn.scaledParameterGroups()
                : parametrization instanceof AttentionParametrization attention ? attention.scaledParameterGroups()
                        : List.of();
        this.scalings = groups.size();
        this.normalization = ScalingNormalization.of(parametrization.parameterNames(), groups, seed);
        this.coefficients = parametrization.evaluate(new PolynomialRing(normalization.unknownNames().size()),
                normalization.theta());
    }

    @Override
    public List<String> unknownNames() {
        return normalization.unknownNames();
    }

    @Override
    public Polynomial[] coefficients() {
        return coefficients.clone();
    }

    @Override
    public int remainingFiberDimension(long seed) {
        return ScalingNormalization.remainingFiberDimension(coefficients, unknownNames().size(), seed);
    }

    @Override
    public double[] parameters(double[] unknowns) {
        return normalization.parameters(unknowns);
    }

    /** The number of points of a finite fibre of these kinds is not known in closed form. */
    @Override
    public long genericCount() {
        return -1;
    }

    @Override
    public String describe() {
        return (scalings == 0 ? "no symmetry normalized" : scalings + " scalings fixed by random linear normalizations") //$NON-NLS-1$ //$NON-NLS-2$
                + "; " + unknownNames().size() + " unknowns"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
