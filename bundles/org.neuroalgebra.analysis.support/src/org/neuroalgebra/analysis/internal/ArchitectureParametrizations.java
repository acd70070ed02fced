// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.algebra.param.ConvolutionLayerSpec;
import org.neuroalgebra.algebra.param.ConvolutionParametrization;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.AnalysisException.Kind;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Layer;

/**
 * Turns an architecture of the model into the polynomial map of the algebra core. This is the
 * one place where the EMF model meets the algebra: everything downstream sees only a
 * {@link Parametrization}. Dense and activation layers make a polynomial MLP (one activation
 * for all layers); conv layers, each optionally followed by an activation, make a 1-D CNN on
 * a signal of length {@code input}; a single attention layer makes lightning self-attention.
 */
public final class ArchitectureParametrizations {

    private static final List<String> ACTIVATION_VARIABLE = List.of("x"); //$NON-NLS-1$

    private ArchitectureParametrizations() {
    }

    /**
     * @param limit
     *            the largest ambient dimension accepted; larger architectures are refused up
     *            front with the estimate
     */
    public static Parametrization of(Architecture architecture, BigInteger limit) throws AnalysisException {
        boolean attention = architecture.getLayers().stream().anyMatch(AttentionLayer.class::isInstance);
        boolean convolution = architecture.getLayers().stream().anyMatch(ConvolutionLayer.class::isInstance);
        if (attention) {
            return attention(architecture, limit);
        }
        return convolution ? convolution(architecture, limit) : mlp(architecture, limit);
    }

    private static Parametrization attention(Architecture architecture, BigInteger limit) throws AnalysisException {
        if (architecture.getLayers().size() != 1) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                    + "': lightning self-attention is analysed as a single layer, without other layers"); //$NON-NLS-1$
        }
        AttentionLayer layer = (AttentionLayer) architecture.getLayers().get(0);
        int out = layer.isSetOut() ? layer.getOut() : layer.getD();
        try {
            return AttentionParametrization.create(layer.getD(), layer.getT(), layer.getA(), out, limit);
        } catch (TooLargeException e) {
            throw tooLarge(architecture, e);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    /** Convolutions, each optionally followed by one activation layer. */
    private static Parametrization convolution(Architecture architecture, BigInteger limit) throws AnalysisException {
        List<ConvolutionLayer> convolutions = new ArrayList<>();
        List<Polynomial> activations = new ArrayList<>();
        for (Layer layer : architecture.getLayers()) {
            if (layer instanceof ConvolutionLayer conv) {
                convolutions.add(conv);
                activations.add(null);
            } else if (layer instanceof ActivationLayer act && !convolutions.isEmpty()
                    && activations.get(activations.size() - 1) == null) {
                activations.set(activations.size() - 1, parseActivation(architecture, act));
            } else {
                throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                        + "': a CNN is a sequence of conv layers, each followed by at most one activation; " //$NON-NLS-1$
                        + layer.eClass().getName() + " does not fit"); //$NON-NLS-1$
            }
        }
        if (activations.get(activations.size() - 1) != null) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                    + "': the last conv layer must not be followed by an activation"); //$NON-NLS-1$
        }
        List<ConvolutionLayerSpec> specs = new ArrayList<>();
        for (int i = 0; i < convolutions.size(); i++) {
            ConvolutionLayer conv = convolutions.get(i);
            specs.add(new ConvolutionLayerSpec(conv.getKernel(), conv.getStride(), conv.isBias(), activations.get(i)));
        }
        try {
            return ConvolutionParametrization.create(architecture.getInput(), specs, limit);
        } catch (TooLargeException e) {
            throw tooLarge(architecture, e);
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " //$NON-NLS-1$ //$NON-NLS-2$
                    + e.getMessage(), e);
        }
    }

    private static AnalysisException tooLarge(Architecture architecture, TooLargeException e) {
        return new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() + "': " + e.getMessage(), //$NON-NLS-1$ //$NON-NLS-2$
                e);
    }

    private static Parametrization mlp(Architecture architecture, BigInteger limit) throws AnalysisException {
        List<Integer> widths = new ArrayList<>();
        List<Boolean> biases = new ArrayList<>();
        widths.add(architecture.getInput());
        Polynomial activation = null;
        for (Layer layer : architecture.getLayers()) {
            if (layer instanceof DenseLayer dense) {
                widths.add(dense.getUnits());
                biases.add(dense.isBias());
            } else if (layer instanceof ActivationLayer act) {
                Polynomial sigma = parseActivation(architecture, act);
                if (activation != null && !activation.equals(sigma)) {
                    throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                            + "' uses different activations; polynomial MLPs apply one activation between all layers"); //$NON-NLS-1$
                }
                activation = sigma;
            } else {
                throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                        + "': " + layer.eClass().getName() + " layers are not supported by this analysis yet"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (widths.size() < 2) {
            throw new AnalysisException(Kind.BAD_INPUT,
                    "architecture '" + architecture.getName() + "' has no dense layer"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (activation == null) {
            activation = identity();
        }
        try {
            return MlpParametrization.create(toIntArray(widths), toBooleanArray(biases), activation, limit);
        } catch (TooLargeException e) {
            throw tooLarge(architecture, e);
        }
    }

    private static Polynomial parseActivation(Architecture architecture, ActivationLayer layer) throws AnalysisException {
        try {
            return PolynomialParser.parse(layer.getPolynomial(), ACTIVATION_VARIABLE);
        } catch (PolynomialSyntaxException e) {
            throw new AnalysisException(Kind.BAD_INPUT, "architecture '" + architecture.getName() //$NON-NLS-1$
                    + "': activation '" + layer.getPolynomial() + "': " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Polynomial identity() {
        try {
            return PolynomialParser.parse("x", ACTIVATION_VARIABLE); //$NON-NLS-1$
        } catch (PolynomialSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] toIntArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean[] toBooleanArray(List<Boolean> values) {
        boolean[] result = new boolean[values.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = values.get(i);
        }
        return result;
    }
}
