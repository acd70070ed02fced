// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.LayerMaps;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerAttribute.Type;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerShape;
import org.neuroalgebra.model.layers.LayerValues;

/** {@code activation POLYNOMIAL}: σ applied to each signal. */
final class ActivationKind implements LayerKind {

    private static final String POLYNOMIAL = "polynomial"; //$NON-NLS-1$

    @Override
    public String keyword() {
        return "activation"; //$NON-NLS-1$
    }

    @Override
    public String label() {
        return "Activation"; //$NON-NLS-1$
    }

    @Override
    public String iconPath() {
        return "icons/full/obj16/ActivationLayer.gif"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "A polynomial activation σ(x), applied to each signal."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of(LayerAttribute.required(POLYNOMIAL, Type.POLYNOMIAL, "σ, a polynomial in x").asPositional()); //$NON-NLS-1$
    }

    @Override
    public Layer create() {
        return NalgFactory.eINSTANCE.createActivationLayer();
    }

    @Override
    public boolean represents(Layer layer) {
        return layer instanceof ActivationLayer;
    }

    @Override
    public EAttribute feature(String attribute) {
        return POLYNOMIAL.equals(attribute) ? Literals.ACTIVATION_LAYER__POLYNOMIAL : null;
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        Polynomial sigma = check.polynomial(POLYNOMIAL, "activation"); //$NON-NLS-1$
        if (sigma == null) {
            return null;
        }
        if (sigma.degree() < 1) {
            // a constant activation makes the network constant, and the algebra refuses it
            check.error(POLYNOMIAL, "activation must have degree at least 1, found the constant " //$NON-NLS-1$
                    + (sigma.isZero() ? "0" : sigma.toString(List.of("x")))); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        return new LayerShape(Math.max(check.inputWidth(), 0), 0, sigma.degree(), sigma.termCount() == 1);
    }

    /**
     * @return σ of a valid activation layer
     * @throws IllegalArgumentException
     *             if it does not parse
     */
    static Polynomial parse(ActivationLayer layer) {
        try {
            return PolynomialParser.parse(layer.getPolynomial(), List.of("x")); //$NON-NLS-1$
        } catch (PolynomialSyntaxException e) {
            throw new IllegalArgumentException("activation '" + layer.getPolynomial() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public LayerMap map(Layer layer, int inputWidth) {
        return new Activation(inputWidth, LayerValues.polynomial(this, layer, POLYNOMIAL));
    }

    /** The map of σ on each of {@code width} signals. */
    private record Activation(int width, Polynomial sigma) implements LayerMap {

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
            return sigma.degree();
        }

        @Override
        public boolean preservesForms() {
            return sigma.termCount() == 1;
        }

        @Override
        public <S> S[] apply(Ring<S> ring, S[] parameters, S[] inputs) {
            return LayerMaps.activate(ring, sigma, inputs);
        }

        @Override
        public String describe() {
            return "σ = " + sigma.toString(List.of("x")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
