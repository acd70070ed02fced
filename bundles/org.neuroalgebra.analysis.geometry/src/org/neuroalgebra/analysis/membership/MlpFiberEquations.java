// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.internal.NormalizedSystem;

/** The membership equations of a polynomial MLP with its neuron scalings normalized ({@link NormalizedSystem}). */
final class MlpFiberEquations implements FiberEquations {

    private final NormalizedSystem system;
    private int remaining = -1;

    MlpFiberEquations(NormalizedSystem system) {
        this.system = system;
    }

    @Override
    public List<String> unknownNames() {
        return system.unknownNames();
    }

    @Override
    public Polynomial[] coefficients() {
        return system.coefficients();
    }

    @Override
    public int remainingFiberDimension(long seed) {
        remaining = system.remainingFiberDimension(seed);
        return remaining;
    }

    @Override
    public double[] parameters(double[] unknowns) {
        return system.parameters(unknowns);
    }

    /** ∏ d_i!: the permutations of hidden neurons, when nothing else is left in a finite fibre. */
    @Override
    public long genericCount() {
        return remaining == 0 ? system.permutationCount().longValueExact() : -1;
    }

    @Override
    public String describe() {
        return system.normalizedNeurons() + " hidden neuron scalings fixed by random linear normalizations; " //$NON-NLS-1$
                + system.unknownCount() + " unknowns"; //$NON-NLS-1$
    }
}
