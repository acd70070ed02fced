// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.util.List;

import org.neuroalgebra.model.layers.LayerKind;

/** The layer kinds of the core, in the order the language reference lists them. */
public final class BuiltInLayerKinds {

    private BuiltInLayerKinds() {
    }

    /** @return dense, activation, conv, attention */
    public static List<LayerKind> all() {
        return List.of(new DenseKind(), new ActivationKind(), new ConvolutionKind(), new AttentionKind());
    }
}
