// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.editor.internal.tree;

import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerAttribute.Type;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerShape;
import org.neuroalgebra.model.layers.LayerValues;

/**
 * A layer kind only the editor tests know, as a third-party bundle would contribute one:
 * {@code gain c=C} multiplies each signal by the constant C. The editors must show and edit it
 * like the built-in layers.
 */
class GainKind implements LayerKind {

    @Override
    public String keyword() {
        return "gain"; //$NON-NLS-1$
    }

    @Override
    public String label() {
        return "Gain"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "Multiplies each signal by the constant c."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of(LayerAttribute.required("c", Type.NUMBER, "the constant")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        return new LayerShape(Math.max(check.inputWidth(), 0), 0, 1, true);
    }

    @Override
    public LayerMap map(Layer layer, int inputWidth) {
        Rational c = LayerValues.number(this, layer, "c"); //$NON-NLS-1$
        return new LayerMap() {

            @Override
            public int inputWidth() {
                return inputWidth;
            }

            @Override
            public int outputWidth() {
                return inputWidth;
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
                return 1;
            }

            @Override
            public boolean preservesForms() {
                return true;
            }

            @Override
            public <S> S[] apply(Ring<S> ring, S[] parameters, S[] inputs) {
                S[] out = ring.zeros(inputs.length);
                for (int i = 0; i < inputs.length; i++) {
                    out[i] = ring.mul(ring.fromRational(c), inputs[i]);
                }
                return out;
            }

            @Override
            public String describe() {
                return "gain " + c; //$NON-NLS-1$
            }
        };
    }
}
