// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.param.AttentionLayerMap;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.AttentionStackSymmetry;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.LayerStackParametrization;
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
 * {@code attention d=D t=T a=A [out=O] [heads=H]}: lightning self-attention
 * X ↦ Σ_h V_h X Xᵀ K_hᵀ Q_h X on the d × t input X. An architecture of attention layers only is
 * its own {@link NetworkFamily}: one layer is an {@link AttentionParametrization}, several are a
 * stack (each layer's d the previous layer's out, the same t) whose symmetries include GL(rows)
 * between the layers ({@link AttentionStackSymmetry}).
 */
final class AttentionKind implements LayerKind, NetworkInput, NetworkFamily {

    private static final String ONLY_ATTENTION = "attention layers can be stacked only with attention layers"; //$NON-NLS-1$

    /** The seed of the random point at which the symmetries of a stack are counted; it is reported with them. */
    private static final long SYMMETRY_SEED = 1;

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
        return "Lightning self-attention X ↦ Σ_h V_h X Xᵀ K_hᵀ Q_h X on a d × t input over H heads, K and Q of size a × d, " //$NON-NLS-1$
                + "V of size out × d; consecutive attention layers form a stack (d = the previous out)."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of(LayerAttribute.required("d", Type.POSITIVE_INTEGER, "the rows of X"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.required("t", Type.POSITIVE_INTEGER, "the columns (tokens) of X"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.required("a", Type.POSITIVE_INTEGER, "the rows of K and Q"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.optional("out", Type.POSITIVE_INTEGER, null, "the rows of V (d if not given)"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.optional("heads", Type.POSITIVE_INTEGER, "1", "the number of heads, whose outputs are added")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
            case "heads" -> Literals.ATTENTION_LAYER__HEADS; //$NON-NLS-1$
            default -> null;
        };
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        if (!check.architecture().getLayers().stream().allMatch(AttentionLayer.class::isInstance)) {
            check.error(null, ONLY_ATTENTION);
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
        if (attention.getHeads() < 1) {
            check.error("heads", "attention heads must be at least 1, found " + attention.getHeads()); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        if (check.index() > 0 && !chains(attention, (AttentionLayer) check.architecture().getLayers().get(check.index() - 1),
                check)) {
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
        return new LayerShape(out * t, attention.getHeads() * ((long) out * d + 2L * a * d), 3, true);
    }

    /** A stacked layer reads the previous layer's out × t output as its d × t input. */
    private static boolean chains(AttentionLayer layer, AttentionLayer previous, LayerCheck check) {
        if (layer.getT() != previous.getT()) {
            check.error("t", "a stacked attention layer keeps the tokens: t must be " + previous.getT() //$NON-NLS-1$ //$NON-NLS-2$
                    + " as in the layer before, found " + layer.getT()); //$NON-NLS-1$
            return false;
        }
        if (layer.getD() != out(previous)) {
            check.error("d", "a stacked attention layer reads the previous layer's output: d must be its out = " //$NON-NLS-1$ //$NON-NLS-2$
                    + out(previous) + ", found " + layer.getD()); //$NON-NLS-1$
            return false;
        }
        return true;
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
        AttentionLayer attention = (AttentionLayer) layer;
        return new AttentionLayerMap(attention.getD(), attention.getT(), attention.getA(), out(attention),
                attention.getHeads());
    }

    @Override
    public Parametrization parametrize(Architecture architecture, BigInteger limit) throws TooLargeException {
        List<AttentionLayerMap> maps = new ArrayList<>();
        for (Layer layer : architecture.getLayers()) {
            if (!(layer instanceof AttentionLayer attention)) {
                throw new IllegalArgumentException(ONLY_ATTENTION);
            }
            maps.add((AttentionLayerMap) map(attention, -1));
        }
        AttentionLayer first = (AttentionLayer) architecture.getLayers().get(0);
        if (maps.size() == 1) {
            return AttentionParametrization.create(first.getD(), first.getT(), first.getA(), out(first),
                    first.getHeads(), limit);
        }
        return LayerStackParametrization.create(inputNames(first), List.copyOf(maps), limit,
                AttentionStackSymmetry.of(maps, SYMMETRY_SEED));
    }

    @Override
    public <C> C capability(Class<C> type) {
        return type == NetworkInput.class || type == NetworkFamily.class ? type.cast(this) : null;
    }
}
