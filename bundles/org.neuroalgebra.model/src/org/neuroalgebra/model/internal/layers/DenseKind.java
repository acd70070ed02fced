// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.LayerMaps;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerAttribute.Type;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerShape;

/** {@code dense N [bias=B]}: z = W h + b with W of size N × (incoming width). */
final class DenseKind implements LayerKind {

    private static final String UNITS = "units"; //$NON-NLS-1$
    private static final String BIAS = "bias"; //$NON-NLS-1$

    @Override
    public String keyword() {
        return "dense"; //$NON-NLS-1$
    }

    @Override
    public String label() {
        return "Dense layer"; //$NON-NLS-1$
    }

    @Override
    public String iconPath() {
        return "icons/full/obj16/DenseLayer.gif"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "An affine layer z = W h + b with N outputs."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of(LayerAttribute.required(UNITS, Type.POSITIVE_INTEGER, "the number of outputs N").asPositional(), //$NON-NLS-1$
                LayerAttribute.optional(BIAS, Type.BOOLEAN, "true", "whether the layer adds a bias vector b")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Layer create() {
        return NalgFactory.eINSTANCE.createDenseLayer();
    }

    @Override
    public boolean represents(Layer layer) {
        return layer instanceof DenseLayer;
    }

    @Override
    public EAttribute feature(String attribute) {
        return switch (attribute) {
            case UNITS -> Literals.DENSE_LAYER__UNITS;
            case BIAS -> Literals.DENSE_LAYER__BIAS;
            default -> null;
        };
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        DenseLayer dense = (DenseLayer) layer;
        if (dense.getUnits() <= 0) {
            check.error(UNITS, "dense layer width must be positive, found " + dense.getUnits()); //$NON-NLS-1$
            return null;
        }
        long inputs = Math.max(check.inputWidth(), 0);
        return new LayerShape(dense.getUnits(), inputs * dense.getUnits() + (dense.isBias() ? dense.getUnits() : 0), 1,
                !dense.isBias());
    }

    @Override
    public LayerMap map(Layer layer, int inputWidth) {
        DenseLayer dense = (DenseLayer) layer;
        return new Dense(inputWidth, dense.getUnits(), dense.isBias());
    }

    @Override
    public <C> C capability(Class<C> type) {
        return type == org.neuroalgebra.model.layers.NetworkFamily.class ? type.cast(new MlpFamily()) : null;
    }

    /** The map of one dense layer. */
    private record Dense(int inputWidth, int outputWidth, boolean bias) implements LayerMap {

        @Override
        public int parameterCount() {
            return outputWidth * inputWidth + (bias ? outputWidth : 0);
        }

        @Override
        public List<String> parameterNames() {
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= outputWidth; r++) {
                for (int c = 1; c <= inputWidth; c++) {
                    names.add("W[" + r + "," + c + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            if (bias) {
                for (int r = 1; r <= outputWidth; r++) {
                    names.add("b[" + r + "]"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            return names;
        }

        @Override
        public int degree() {
            return 1;
        }

        @Override
        public boolean preservesForms() {
            return !bias;
        }

        @Override
        public <S> S[] apply(Ring<S> ring, S[] parameters, S[] inputs) {
            return LayerMaps.affine(ring, parameters, 0, inputs, outputWidth, bias);
        }

        @Override
        public String describe() {
            return "dense " + inputWidth + " → " + outputWidth + (bias ? "" : " without bias"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
