// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.param.ConvolutionLayerSpec;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.NetworkFamily;

/**
 * 1-D CNNs (docs/MATHEMATICS.md §1.3): convolutions, each but the last optionally followed by
 * one activation, parametrized by {@link ConvolutionParametrization}, which knows the filters
 * (the singular strata of CNNs are filter windows).
 */
final class CnnFamily implements NetworkFamily {

    @Override
    public Parametrization parametrize(Architecture architecture, BigInteger limit) throws TooLargeException {
        List<ConvolutionLayer> convolutions = new ArrayList<>();
        List<Polynomial> activations = new ArrayList<>();
        for (Layer layer : architecture.getLayers()) {
            if (layer instanceof ConvolutionLayer conv) {
                convolutions.add(conv);
                activations.add(null);
            } else if (layer instanceof ActivationLayer act && !convolutions.isEmpty()
                    && activations.get(activations.size() - 1) == null) {
                activations.set(activations.size() - 1, ActivationKind.parse(act));
            } else {
                return null;
            }
        }
        if (convolutions.isEmpty() || activations.get(activations.size() - 1) != null) {
            return null;
        }
        List<ConvolutionLayerSpec> specs = new ArrayList<>();
        for (int i = 0; i < convolutions.size(); i++) {
            ConvolutionLayer conv = convolutions.get(i);
            specs.add(new ConvolutionLayerSpec(conv.getKernel(), conv.getStride(), conv.isBias(), activations.get(i),
                    conv.getChannels()));
        }
        return ConvolutionParametrization.create(architecture.getInput(), specs, limit);
    }
}
