// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.layers;

import java.util.List;

import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerShape;

/** A layer kind only this test bundle knows, written as a third party would: {@code square}, h ↦ h². */
final class SquareKind implements LayerKind {

    @Override
    public String keyword() {
        return "square"; //$NON-NLS-1$
    }

    @Override
    public String label() {
        return "Square"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "Squares each signal."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of();
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        return new LayerShape(Math.max(check.inputWidth(), 0), 0, 2, true);
    }

    @Override
    public LayerMap map(Layer layer, int width) {
        return new LayerMap() {

            @Override
            public int inputWidth() {
                return width;
            }

            @Override
            public int outputWidth() {
                return width;
            }

            @Override
            public int parameterCount() {
                return 0;
            }

            @Override
            public List<String> parameterNames() {
                return List.of();
            }

            @Override
            public int degree() {
                return 2;
            }

            @Override
            public boolean preservesForms() {
                return true;
            }

            @Override
            public <S> S[] apply(Ring<S> ring, S[] parameters, S[] inputs) {
                S[] out = ring.zeros(inputs.length);
                for (int i = 0; i < inputs.length; i++) {
                    out[i] = ring.mul(inputs[i], inputs[i]);
                }
                return out;
            }

            @Override
            public String describe() {
                return "square"; //$NON-NLS-1$
            }
        };
    }
}
