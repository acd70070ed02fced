// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.model.internal.validation;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.model.ActivationLayer;
import org.neuroalgebra.model.Architecture;
import org.neuroalgebra.model.AttentionLayer;
import org.neuroalgebra.model.ConvolutionLayer;
import org.neuroalgebra.model.DenseLayer;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.NalgPackage.Literals;
import org.neuroalgebra.model.text.SourceLocation;

/**
 * Checks an architecture by walking its layers as the network does: it tracks the signal
 * length (so a convolution can be checked against the length it really receives) and the
 * degree of the network function, and finally refuses architectures whose ambient space
 * would be too large to compute with.
 */
public final class ArchitectureConstraints {

    private final Architecture architecture;
    private final Problems problems;
    private int length;
    private BigInteger degree = BigInteger.ONE;
    private boolean sizeKnown = true;

    private ArchitectureConstraints(Architecture architecture, Problems problems) {
        this.architecture = architecture;
        this.problems = problems;
    }

    /**
     * @param monomialLimit
     *            the largest ambient dimension accepted
     */
    public static void check(Architecture architecture, Problems problems, BigInteger monomialLimit) {
        new ArchitectureConstraints(architecture, problems).check(monomialLimit);
    }

    /**
     * @return the number of input variables of the architecture (d·t for attention), or -1 if
     *         it is not given
     */
    public static int inputDimension(Architecture architecture) {
        List<Layer> layers = architecture.getLayers();
        if (!layers.isEmpty() && layers.get(0) instanceof AttentionLayer attention) {
            return attention.getD() * attention.getT();
        }
        return architecture.isSetInput() ? architecture.getInput() : -1;
    }

    /** @return the names of the input variables: x1..x_n, or x_{i,j} for attention */
    public static List<String> inputVariables(Architecture architecture) {
        List<Layer> layers = architecture.getLayers();
        if (!layers.isEmpty() && layers.get(0) instanceof AttentionLayer attention) {
            return IntStream.range(0, attention.getD() * attention.getT())
                    .mapToObj(k -> "x_{" + (k / attention.getT() + 1) + "," + (k % attention.getT() + 1) + "}") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    .toList();
        }
        int inputs = Math.max(inputDimension(architecture), 0);
        return IntStream.rangeClosed(1, inputs).mapToObj(i -> "x" + i).toList(); //$NON-NLS-1$
    }

    private void check(BigInteger monomialLimit) {
        String name = architecture.getName();
        List<Layer> layers = architecture.getLayers();
        boolean incomplete = SourceLocation.isIncomplete(architecture);
        // what a statement with a syntax error would have given is missing: no follow-up error
        sizeKnown = !incomplete;
        if (incomplete && (layers.isEmpty() || !architecture.isSetInput() && !(layers.get(0) instanceof AttentionLayer))) {
            layers.forEach(this::layer);
            return;
        }
        if (layers.isEmpty()) {
            problems.error(architecture, Literals.NAMED_ELEMENT__NAME, 0, "architecture '" + name + "' has no layers"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        if (layers.get(0) instanceof AttentionLayer attention) {
            attention(attention, layers.size());
        } else if (!architecture.isSetInput()) {
            problems.error(architecture, Literals.NAMED_ELEMENT__NAME, 0, "architecture '" + name + "' needs 'input N'"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        } else if (architecture.getInput() <= 0) {
            problems.error(architecture, Literals.ARCHITECTURE__INPUT, 0,
                    "input size must be positive, found " + architecture.getInput()); //$NON-NLS-1$
            return;
        } else {
            length = architecture.getInput();
            for (Layer layer : layers) {
                layer(layer);
            }
        }
        if (sizeKnown && problems.isValid()) {
            AmbientSize size = AmbientSize.of(inputDimension(architecture), degree, length);
            if (size.exceeds(monomialLimit)) {
                problems.error(architecture, Literals.NAMED_ELEMENT__NAME, 0, "architecture '" + name //$NON-NLS-1$
                        + "' needs an ambient space of " + size + " monomials (limit " //$NON-NLS-1$ //$NON-NLS-2$
                        + AmbientSize.format(monomialLimit) + ")"); //$NON-NLS-1$
            }
        }
    }

    private void layer(Layer layer) {
        if (layer instanceof DenseLayer dense) {
            if (dense.getUnits() <= 0) {
                problems.error(dense, Literals.DENSE_LAYER__UNITS, 0,
                        "dense layer width must be positive, found " + dense.getUnits()); //$NON-NLS-1$
                sizeKnown = false;
            }
            length = dense.getUnits();
        } else if (layer instanceof ActivationLayer activation) {
            activation(activation);
        } else if (layer instanceof ConvolutionLayer conv) {
            convolution(conv);
        } else if (layer instanceof AttentionLayer attention) {
            problems.error(attention, "an attention layer must be the only layer of its architecture"); //$NON-NLS-1$
            sizeKnown = false;
        }
    }

    private void activation(ActivationLayer activation) {
        String text = activation.getPolynomial() == null ? "" : activation.getPolynomial(); //$NON-NLS-1$
        Polynomial sigma = PolynomialCheck.parse(problems, activation, Literals.ACTIVATION_LAYER__POLYNOMIAL, 0, text, 0,
                List.of("x"), "activation"); //$NON-NLS-1$ //$NON-NLS-2$
        if (sigma == null) {
            sizeKnown = false;
        } else if (sigma.degree() < 1) {
            // a constant activation makes the network constant, and the algebra refuses it
            problems.error(activation, Literals.ACTIVATION_LAYER__POLYNOMIAL, 0,
                    "activation must have degree at least 1, found the constant " //$NON-NLS-1$
                            + (sigma.isZero() ? "0" : sigma.toString(List.of("x")))); //$NON-NLS-1$ //$NON-NLS-2$
            sizeKnown = false;
        } else {
            degree = degree.multiply(BigInteger.valueOf(sigma.degree()));
        }
    }

    private void convolution(ConvolutionLayer conv) {
        int kernel = conv.getKernel();
        int stride = conv.getStride();
        if (kernel <= 0 || stride <= 0) {
            problems.error(conv, kernel <= 0 ? Literals.CONVOLUTION_LAYER__KERNEL : Literals.CONVOLUTION_LAYER__STRIDE, 0,
                    "conv kernel and stride must be positive, found kernel=" + kernel + " stride=" + stride); //$NON-NLS-1$ //$NON-NLS-2$
            sizeKnown = false;
            return;
        }
        if (!sizeKnown) {
            return;
        }
        if (kernel > length) {
            problems.error(conv, Literals.CONVOLUTION_LAYER__KERNEL, 0,
                    "conv kernel=" + kernel + " is longer than its input signal (length " + length + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            sizeKnown = false;
        } else {
            if ((length - kernel) % stride != 0) {
                // Like "valid" convolutions in ML frameworks, the output length is rounded down.
                problems.warning(conv, Literals.CONVOLUTION_LAYER__STRIDE, 0, "conv kernel=" + kernel + " stride=" + stride //$NON-NLS-1$ //$NON-NLS-2$
                        + " does not tile a signal of length " + length + ": the output length (" + length + " - " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + kernel + ")/" + stride + " + 1 is not an integer, so the last " + (length - kernel) % stride //$NON-NLS-1$ //$NON-NLS-2$
                        + " input value(s) are ignored"); //$NON-NLS-1$
            }
            length = (length - kernel) / stride + 1;
        }
    }

    private void attention(AttentionLayer attention, int layerCount) {
        if (layerCount > 1) {
            problems.error(architecture.getLayers().get(1), "an attention layer must be the only layer of its architecture"); //$NON-NLS-1$
        }
        if (architecture.isSetInput()) {
            problems.error(architecture, Literals.ARCHITECTURE__INPUT, 0,
                    "an attention architecture takes no 'input': its input is the d x t matrix X"); //$NON-NLS-1$
        }
        int d = attention.getD();
        int t = attention.getT();
        int a = attention.getA();
        if (d <= 0 || t <= 0 || a <= 0) {
            problems.error(attention, "attention d, t and a must be positive, found d=" + d + " t=" + t + " a=" + a); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            sizeKnown = false;
            return;
        }
        if (a > d) {
            problems.error(attention, Literals.ATTENTION_LAYER__A, 0, "attention needs a <= d (K and Q are a x d), found a=" //$NON-NLS-1$
                    + a + " > d=" + d); //$NON-NLS-1$
        }
        int out = attention.isSetOut() ? attention.getOut() : d;
        if (out < 1) {
            problems.error(attention, Literals.ATTENTION_LAYER__OUT, 0, "attention out must be at least 1, found " + out); //$NON-NLS-1$
            sizeKnown = false;
            return;
        }
        // every output entry of V X X^T K^T Q X is a cubic form in the d·t entries of X
        degree = BigInteger.valueOf(3);
        length = out * t;
    }
}
