// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.layers;

import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.LayerAttribute.Type;

/**
 * A layer kind that only tests know, written as a third party would: {@code scale c=C [power=K]}
 * maps each signal h to c·h^K. It has no parameters, keeps the width, and multiplies the degree
 * by K.
 */
public class ScaleKind implements LayerKind {

    @Override
    public String keyword() {
        return "scale"; //$NON-NLS-1$
    }

    @Override
    public String label() {
        return "Scale"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "Multiplies each signal's K-th power by the constant c."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of(LayerAttribute.required("c", Type.NUMBER, "the constant"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.optional("power", Type.POSITIVE_INTEGER, "1", "the power K")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        if (LayerValues.number(this, layer, "c").isZero()) { //$NON-NLS-1$
            check.error("c", "scale c must not be 0 (the network would be constant)"); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        int power = LayerValues.integer(this, layer, "power"); //$NON-NLS-1$
        return new LayerShape(Math.max(check.inputWidth(), 0), 0, power, true);
    }

    @Override
    public LayerMap map(Layer layer, int inputWidth) {
        Rational c = LayerValues.number(this, layer, "c"); //$NON-NLS-1$
        int power = LayerValues.integer(this, layer, "power"); //$NON-NLS-1$
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
                return power;
            }

            @Override
            public boolean preservesForms() {
                return true;
            }

            @Override
            public <S> S[] apply(Ring<S> ring, S[] parameters, S[] inputs) {
                S[] out = ring.zeros(inputs.length);
                for (int i = 0; i < inputs.length; i++) {
                    S value = ring.fromRational(c);
                    for (int k = 0; k < power; k++) {
                        value = ring.mul(value, inputs[i]);
                    }
                    out[i] = value;
                }
                return out;
            }

            @Override
            public String describe() {
                return "scale by " + c + " of the power " + power; //$NON-NLS-1$ //$NON-NLS-2$
            }
        };
    }
}
