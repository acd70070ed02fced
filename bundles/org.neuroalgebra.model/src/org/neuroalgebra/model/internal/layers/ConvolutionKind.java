// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.layers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerAttribute.Type;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerShape;
import org.neuroalgebra.model.layers.NetworkFamily;

/** {@code conv kernel=K [stride=S] [bias=B]}: a 1-D convolution with one filter of length K. */
final class ConvolutionKind implements LayerKind {

    private static final String KERNEL = "kernel"; //$NON-NLS-1$
    private static final String STRIDE = "stride"; //$NON-NLS-1$
    private static final String BIAS = "bias"; //$NON-NLS-1$

    private static final String CHANNELS = "channels"; //$NON-NLS-1$

    @Override
    public String keyword() {
        return "conv"; //$NON-NLS-1$
    }

    @Override
    public String label() {
        return "Convolution"; //$NON-NLS-1$
    }

    @Override
    public String iconPath() {
        return "icons/full/obj16/ConvolutionLayer.gif"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "A 1-D convolution of the signal with filters of length K and stride S (output length (L − K)/S + 1); " //$NON-NLS-1$
                + "with C channels, each output channel sums one filter per input channel."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        // stride has no declared default so that the canonical text always shows it, as it always has
        return List.of(LayerAttribute.required(KERNEL, Type.POSITIVE_INTEGER, "the filter length K"), //$NON-NLS-1$
                LayerAttribute.optional(STRIDE, Type.POSITIVE_INTEGER, null, "the stride S (1 if not given)"), //$NON-NLS-1$
                LayerAttribute.optional(BIAS, Type.BOOLEAN, "true", "whether the layer adds a bias"), //$NON-NLS-1$ //$NON-NLS-2$
                LayerAttribute.optional(CHANNELS, Type.POSITIVE_INTEGER, "1", "the output channels C")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public Layer create() {
        return NalgFactory.eINSTANCE.createConvolutionLayer();
    }

    @Override
    public boolean represents(Layer layer) {
        return layer instanceof ConvolutionLayer;
    }

    @Override
    public EAttribute feature(String attribute) {
        return switch (attribute) {
            case KERNEL -> Literals.CONVOLUTION_LAYER__KERNEL;
            case STRIDE -> Literals.CONVOLUTION_LAYER__STRIDE;
            case BIAS -> Literals.CONVOLUTION_LAYER__BIAS;
            case CHANNELS -> Literals.CONVOLUTION_LAYER__CHANNELS;
            default -> null;
        };
    }

    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        ConvolutionLayer conv = (ConvolutionLayer) layer;
        int kernel = conv.getKernel();
        int stride = conv.getStride();
        if (kernel <= 0 || stride <= 0) {
            check.error(kernel <= 0 ? KERNEL : STRIDE,
                    "conv kernel and stride must be positive, found kernel=" + kernel + " stride=" + stride); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        if (conv.getChannels() < 1) {
            check.error(CHANNELS, "conv channels must be at least 1, found " + conv.getChannels()); //$NON-NLS-1$
            return null;
        }
        if (conv.getChannels() > 1 && !check.architecture().getLayers().stream()
                .allMatch(l -> l instanceof ConvolutionLayer || l instanceof ActivationLayer)) {
            // the channel structure is known to the CNN family only, not to a stack of layer maps
            check.error(CHANNELS, "conv channels=" + conv.getChannels() //$NON-NLS-1$
                    + " needs a network of convolutions and activations only"); //$NON-NLS-1$
            return null;
        }
        int signals = check.inputWidth();
        if (signals < 0) {
            return null;
        }
        // the signals reaching a convolution are the channels of the one before, each a whole signal
        int inputChannels = inputChannels(check);
        int length = signals / inputChannels;
        if (kernel > length) {
            check.error(KERNEL, "conv kernel=" + kernel + " is longer than its input signal (length " + length + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return null;
        }
        if ((length - kernel) % stride != 0) {
            // Like "valid" convolutions in ML frameworks, the output length is rounded down.
            check.warning(STRIDE, "conv kernel=" + kernel + " stride=" + stride //$NON-NLS-1$ //$NON-NLS-2$
                    + " does not tile a signal of length " + length + ": the output length (" + length + " - " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + kernel + ")/" + stride + " + 1 is not an integer, so the last " + (length - kernel) % stride //$NON-NLS-1$ //$NON-NLS-2$
                    + " input value(s) are ignored"); //$NON-NLS-1$
        }
        int channels = conv.getChannels();
        return new LayerShape(channels * ((length - kernel) / stride + 1),
                (long) channels * inputChannels * kernel + (conv.isBias() ? channels : 0L), 1, !conv.isBias());
    }

    /** @return the channels of the closest convolution before the checked layer, 1 for the input */
    private static int inputChannels(LayerCheck check) {
        List<Layer> layers = check.architecture().getLayers();
        for (int i = check.index() - 1; i >= 0; i--) {
            if (layers.get(i) instanceof ConvolutionLayer before) {
                return Math.max(1, before.getChannels());
            }
        }
        return 1;
    }

    @Override
    public LayerMap map(Layer layer, int inputWidth) {
        ConvolutionLayer conv = (ConvolutionLayer) layer;
        if (conv.getChannels() != 1) {
            throw new IllegalArgumentException("conv channels=" + conv.getChannels() //$NON-NLS-1$
                    + " is analysed in CNNs of convolutions and activations only"); //$NON-NLS-1$
        }
        if (conv.getKernel() > inputWidth) {
            throw new IllegalArgumentException("conv kernel=" + conv.getKernel() + " is longer than its input signal (length " //$NON-NLS-1$ //$NON-NLS-2$
                    + inputWidth + ")"); //$NON-NLS-1$
        }
        return new Convolution(inputWidth, conv.getKernel(), conv.getStride(), conv.isBias());
    }

    @Override
    public <C> C capability(Class<C> type) {
        return type == NetworkFamily.class ? type.cast(new CnnFamily()) : null;
    }

    /** The map of one convolution: out_i = Σ_j w_j h_{i·s + j} + b. */
    private record Convolution(int inputWidth, int kernel, int stride, boolean bias) implements LayerMap {

        @Override
        public int outputWidth() {
            return (inputWidth - kernel) / stride + 1;
        }

        @Override
        public int parameterCount() {
            return kernel + (bias ? 1 : 0);
        }

        @Override
        public List<String> parameterNames() {
            List<String> names = new ArrayList<>();
            for (int j = 1; j <= kernel; j++) {
                names.add("w[" + j + "]"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (bias) {
                names.add("b"); //$NON-NLS-1$
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
            S[] out = ring.zeros(outputWidth());
            for (int i = 0; i < out.length; i++) {
                S sum = bias ? parameters[kernel] : ring.zero();
                for (int j = 0; j < kernel; j++) {
                    sum = ring.add(sum, ring.mul(parameters[j], inputs[i * stride + j]));
                }
                out[i] = sum;
            }
            return out;
        }

        @Override
        public String describe() {
            return "conv kernel=" + kernel + " stride=" + stride + (bias ? "" : " without bias"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
