// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.internal.NormalizedSystem;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.analysis.internal.ParametricChart;

/**
 * The parametric chart of a polynomial MLP: its parameters with one random linear normalization
 * per hidden neuron fixing the scalings ({@link NormalizedSystem}); its spurious strata are the
 * dead neurons (outgoing weights zero).
 */
record NormalizedChart(NormalizedSystem normalized) implements ParametricChart {

    static NormalizedChart of(MlpParametrization mlp, long seed) {
        return new NormalizedChart(NormalizedSystem.of(mlp, seed));
    }

    @Override
    public Polynomial[] coefficients() {
        return normalized.coefficients();
    }

    @Override
    public List<String> unknownNames() {
        return normalized.unknownNames();
    }

    @Override
    public Complex[] parameters(Complex[] t) {
        return normalized.parameters(t);
    }

    @Override
    public int remainingFiberDimension(long seed) {
        return normalized.remainingFiberDimension(seed);
    }

    /**
     * The outgoing weights of each hidden neuron, then of each whole hidden layer (outgoing weights
     * are never normalized away).
     */
    @Override
    public List<List<Integer>> spuriousStrata() {
        int[] widths = normalized.parametrization().widths();
        List<String> names = normalized.unknownNames();
        List<List<Integer>> strata = new ArrayList<>();
        for (int layer = 1; layer < widths.length - 1; layer++) {
            List<Integer> wholeLayer = new ArrayList<>();
            for (int j = 1; j <= widths[layer]; j++) {
                List<Integer> neuron = new ArrayList<>();
                for (int r = 1; r <= widths[layer + 1]; r++) {
                    int index = names.indexOf("W" + (layer + 1) + "[" + r + "," + j + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    if (index >= 0) {
                        neuron.add(index);
                    }
                }
                strata.add(neuron);
                wholeLayer.addAll(neuron);
            }
            if (widths[layer] > 1) {
                strata.add(wholeLayer);
            }
        }
        return strata;
    }

    @Override
    public String description() {
        return "normalized parameters (one random linear normalization per hidden neuron fixes its scaling)"; //$NON-NLS-1$
    }
}
