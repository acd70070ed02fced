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
 * degree of the network function, and finally refuses architectures too large to compute
 * with. The size is estimated as the algebra core computes (see its {@code SizeEstimate}):
 * the largest of the ambient dimension, the coefficients of the dense polynomials a layer
 * holds ({@code C(n + d, n)} for each neuron of degree d in n inputs) and the Jacobian
 * (ambient dimension × parameters).
 */
public final class ArchitectureConstraints {

    private final Architecture architecture;
    private final Problems problems;
    private int length;
    private BigInteger degree = BigInteger.ONE;
    private boolean sizeKnown = true;
    private int variables;
    private int layerNumber;
    private BigInteger parameters = BigInteger.ZERO;
    private boolean homogeneous = true;
    private AmbientSize working = AmbientSize.monomials(1, BigInteger.ZERO, false);
    private String workingWhere;

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
            return (int) Math.min((long) attention.getD() * attention.getT(), Integer.MAX_VALUE);
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
            variables = length;
            for (Layer layer : layers) {
                layer(layer);
            }
        }
        if (sizeKnown && problems.isValid()) {
            checkSize(name, monomialLimit);
        }
    }

    private void checkSize(String name, BigInteger monomialLimit) {
        AmbientSize ambient = AmbientSize.monomials(variables, degree, homogeneous).times(BigInteger.valueOf(length));
        AmbientSize jacobian = ambient.times(parameters.max(BigInteger.ONE));
        AmbientSize peak = ambient;
        String where = "its ambient space has " + ambient + " monomials"; //$NON-NLS-1$ //$NON-NLS-2$
        if (working.isLargerThan(peak)) {
            peak = working;
            where = workingWhere;
        }
        if (jacobian.isLargerThan(peak)) {
            peak = jacobian;
            where = "its Jacobian has " + ambient + " monomials × " + parameters + " parameters"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (peak.exceeds(monomialLimit)) {
            problems.error(architecture, Literals.NAMED_ELEMENT__NAME, 0, "architecture '" + name + "' needs " + peak //$NON-NLS-1$ //$NON-NLS-2$
                    + " coefficients: " + where + " (limit " + AmbientSize.format(monomialLimit) //$NON-NLS-1$ //$NON-NLS-2$
                    + "; raise it with --monomial-limit N)"); //$NON-NLS-1$
        }
    }

    /** Records that a layer holds {@code neurons} dense polynomials of the current degree. */
    private void holds(int neurons) {
        layerNumber++;
        AmbientSize perNeuron = AmbientSize.monomials(variables, degree, false);
        AmbientSize size = perNeuron.times(BigInteger.valueOf(neurons));
        if (size.isLargerThan(working)) {
            working = size;
            workingWhere = "layer " + layerNumber + " holds " + neurons //$NON-NLS-1$ //$NON-NLS-2$
                    + (neurons == 1 ? " polynomial" : " polynomials") + " of " + perNeuron + " monomials (degree ≤ " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + degree + " in " + variables + " variables)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void layer(Layer layer) {
        if (layer instanceof DenseLayer dense) {
            if (dense.getUnits() <= 0) {
                problems.error(dense, Literals.DENSE_LAYER__UNITS, 0,
                        "dense layer width must be positive, found " + dense.getUnits()); //$NON-NLS-1$
                sizeKnown = false;
            } else {
                parameters = parameters.add(BigInteger.valueOf((long) length * dense.getUnits()
                        + (dense.isBias() ? dense.getUnits() : 0)));
                homogeneous &= !dense.isBias();
                length = dense.getUnits();
                holds(length);
            }
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
            homogeneous &= sigma.termCount() == 1;
            if (length > 0) {
                holds(length);
            }
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
            parameters = parameters.add(BigInteger.valueOf(kernel + (conv.isBias() ? 1L : 0L)));
            homogeneous &= !conv.isBias();
            holds(length);
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
        if ((long) d * t > Integer.MAX_VALUE || (long) out * t > Integer.MAX_VALUE) {
            problems.error(attention, "attention with d=" + d + " t=" + t + " out=" + out //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " has more than " + Integer.MAX_VALUE + " inputs or outputs"); //$NON-NLS-1$ //$NON-NLS-2$
            sizeKnown = false;
            return;
        }
        // every output entry of V X X^T K^T Q X is a cubic form in the d·t entries of X; the
        // evaluation holds the t·t quadratic forms of X^T K^T Q X (as AttentionParametrization)
        variables = d * t;
        parameters = BigInteger.valueOf((long) out * d + 2L * a * d);
        degree = BigInteger.TWO;
        holds(t * t);
        degree = BigInteger.valueOf(3);
        length = out * t;
    }
}
