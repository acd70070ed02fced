// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.NetworkFamily;

/**
 * Polynomial MLPs (docs/MATHEMATICS.md §1): dense layers with the same activation between every
 * two of them (or none at all), parametrized by {@link MlpParametrization}, which knows the
 * rescaling symmetries and the proven dimension bounds of MLPs.
 */
final class MlpFamily implements NetworkFamily {

    @Override
    public Parametrization parametrize(Architecture architecture, BigInteger limit) throws TooLargeException {
        List<Integer> widths = new ArrayList<>();
        List<Boolean> biases = new ArrayList<>();
        widths.add(architecture.getInput());
        Polynomial activation = null;
        int gapsWithActivation = 0;
        boolean afterActivation = false;
        for (Layer layer : architecture.getLayers()) {
            if (layer instanceof DenseLayer dense) {
                widths.add(dense.getUnits());
                biases.add(dense.isBias());
                afterActivation = false;
            } else if (layer instanceof ActivationLayer act && widths.size() > 1 && !afterActivation) {
                Polynomial sigma = ActivationKind.parse(act);
                if (activation != null && !activation.equals(sigma)) {
                    return null;
                }
                activation = sigma;
                gapsWithActivation++;
                afterActivation = true;
            } else {
                return null;
            }
        }
        int gaps = widths.size() - 2;
        if (widths.size() < 2 || afterActivation || gapsWithActivation != 0 && gapsWithActivation != gaps) {
            // not one activation between all layers: composed layer by layer instead
            return null;
        }
        if (activation == null) {
            activation = Polynomial.variable(1, 0);
        }
        int[] w = widths.stream().mapToInt(Integer::intValue).toArray();
        boolean[] b = new boolean[biases.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = biases.get(i);
        }
        return MlpParametrization.create(w, b, activation, limit);
    }
}
