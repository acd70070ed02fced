// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerAttribute.Type;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerShape;
import org.neuroalgebra.model.layers.NetworkFamily;
import org.neuroalgebra.model.layers.NetworkInput;

/**
 * {@code attention d=D t=T a=A [out=O]}: lightning self-attention X ↦ V X Xᵀ Kᵀ Q X on the d × t
 * input X, analysed as the only layer of its architecture (its own {@link NetworkFamily}).
 */
final class AttentionKind implements LayerKind, NetworkInput, NetworkFamily {

    private static final String ONLY_LAYER = "an attention layer must be the only layer of its architecture"; //$NON-NLS-1$

    @Override
    public String keyword() {
        return "attention"; //$NON-NLS-1$
    }

    @Override
    public String label() {
        return "Attention"; //$NON-NLS-1$
    }

    @Override
    public String iconPath() {
        return "icons/full/obj16/AttentionLayer.gif"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "Lightning self-attention X ↦ V X Xᵀ Kᵀ Q X on a d × t input, K and Q of size a × d, V of size out × d."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of(LayerAttribute.required("d", Type.POSITIVE_INTEGER, "the rows of X"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.required("t", Type.POSITIVE_INTEGER, "the columns (tokens) of X"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.required("a", Type.POSITIVE_INTEGER, "the rows of K and Q"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.optional("out", Type.POSITIVE_INTEGER, null, "the rows of V (d if not given)")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Layer create() {
        return NalgFactory.eINSTANCE.createAttentionLayer();
    }

    @Override
    public boolean represents(Layer layer) {
        return layer instanceof AttentionLayer;
    }

    @Override
    public EAttribute feature(String attribute) {
        return switch (attribute) {
            case "d" -> Literals.ATTENTION_LAYER__D; //$NON-NLS-1$
            case "t" -> Literals.ATTENTION_LAYER__T; //$NON-NLS-1$
            case "a" -> Literals.ATTENTION_LAYER__A; //$NON-NLS-1$
            case "out" -> Literals.ATTENTION_LAYER__OUT; //$NON-NLS-1$
            default -> null;
        };
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        if (check.index() > 0 || check.architecture().getLayers().size() > 1) {
            check.error(null, ONLY_LAYER);
            return null;
        }
        AttentionLayer attention = (AttentionLayer) layer;
        int d = attention.getD();
        int t = attention.getT();
        int a = attention.getA();
        if (d <= 0 || t <= 0 || a <= 0) {
            check.error(null, "attention d, t and a must be positive, found d=" + d + " t=" + t + " a=" + a); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        }
        if (a > d) {
            check.error("a", "attention needs a <= d (K and Q are a x d), found a=" + a + " > d=" + d); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        int out = out(attention);
        if (out < 1) {
            check.error("out", "attention out must be at least 1, found " + out); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        if ((long) d * t > Integer.MAX_VALUE || (long) out * t > Integer.MAX_VALUE) {
            check.error(null, "attention with d=" + d + " t=" + t + " out=" + out //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " has more than " + Integer.MAX_VALUE + " inputs or outputs"); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        // every output entry of V X X^T K^T Q X is a cubic form in the d·t entries of X
        return new LayerShape(out * t, (long) out * d + 2L * a * d, 3, true);
    }

    private static int out(AttentionLayer attention) {
        return attention.isSetOut() ? attention.getOut() : attention.getD();
    }

    @Override
    public List<String> inputNames(Layer layer) {
        AttentionLayer attention = (AttentionLayer) layer;
        int t = attention.getT();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < attention.getD() * t; k++) {
            names.add("x_{" + (k / t + 1) + "," + (k % t + 1) + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return names;
    }

    @Override
    public String inputDescription() {
        return "the d x t matrix X"; //$NON-NLS-1$
    }

    @Override
    public LayerMap map(Layer layer, int inputWidth) {
        throw new IllegalArgumentException(
                "lightning self-attention is analysed as a single layer, without other layers"); //$NON-NLS-1$
    }

    @Override
    public Parametrization parametrize(Architecture architecture, BigInteger limit) throws TooLargeException {
        if (architecture.getLayers().size() != 1) {
            throw new IllegalArgumentException(
                    "lightning self-attention is analysed as a single layer, without other layers"); //$NON-NLS-1$
        }
        AttentionLayer layer = (AttentionLayer) architecture.getLayers().get(0);
        return AttentionParametrization.create(layer.getD(), layer.getT(), layer.getA(), out(layer), limit);
    }

    @Override
    public <C> C capability(Class<C> type) {
        return type == NetworkInput.class || type == NetworkFamily.class ? type.cast(this) : null;
    }
}
