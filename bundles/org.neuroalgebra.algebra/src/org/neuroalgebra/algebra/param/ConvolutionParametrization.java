// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.internal.param.DensePolynomialSpace;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.poly.Monomials;

/**
 * A 1-D convolutional network on a signal x = (x1, …, xn), with channels
 * (docs/MATHEMATICS.md §1.3, §1.6): layer i computes, for each of its C_i output channels o,
 * z_{o,j} = Σ_{c ≤ C_{i−1}} Σ_{m=1..k_i} w_i[o,c,m] h_{c,(j−1)s_i + m} (+ b_i[o]),
 * j = 1..n_i with n_i = ⌊(n_{i−1} − k_i)/s_i⌋ + 1, then applies its activation σ_i if it has
 * one; the input is one channel. The network function is the vector of the C_L·n_L outputs
 * (channel by channel), each a polynomial in x.
 * <p>
 * <b>Parameters</b> θ, in order: for each layer i = 1..L its filters, output channel by
 * output channel and within it input channel by input channel ({@code w1[1]}, …, {@code w1[k1]}
 * for one channel, {@code w1[o,c,m]} with several), then its biases ({@code b1}, or
 * {@code b1[o]}) if it has them.
 * <p>
 * <b>Ambient space</b> V: as for {@link MlpParametrization}, with D = ∏ deg σ_i:
 * without biases and with only monomial activations every output is a form
 * of degree D and V = (forms of degree D)^{n_L}, else (polynomials of degree
 * ≤ D)^{n_L}; output-major, each output in the {@link Monomials} order,
 * coordinates named {@code x1*x2} (one output) or {@code y2:x1*x2}.
 * <p>
 * <b>Symmetries.</b> When σ_i is absent or a monomial a·x^r (r = 1 when
 * absent), multiplying the filters and bias of an output channel of layer i by
 * λ ≠ 0 multiplies that channel by λ, σ_i(λz) = λ^r σ_i(z), and dividing the
 * filters of layer i + 1 that read it by λ^r restores f: one scaling per such
 * channel of a layer i &lt; L. Without σ_i the channels of layer i can even be
 * mixed: GL(C_i) acts by (G W_i, G b_i) and (W_{i+1} G⁻¹), since convolution
 * commutes with a matrix acting on the channels. The symmetry dimension is the
 * rank of these generators as vector fields at a random point modulo a prime
 * ({@link #symmetryBound()}), a proven lower bound of the orbit dimension. So a
 * single-channel network without
 * activations or with monomial ones has L − 1 scalings ("one per layer but
 * one": scaling all L filters by λ_1, …, λ_L with ∏ λ_i = 1 in the linear
 * case). For other σ no continuous symmetry is claimed. For linear CNNs with
 * stride 1 this is all: the end-to-end filter is the product of the filters
 * read as polynomials (docs/MATHEMATICS.md §1.3), a generic product has finitely many
 * factorizations up to scalars, so dim M = Σ k_i − (L − 1) (checked by the
 * tests against the Jacobian rank).
 */
public final class ConvolutionParametrization extends AbstractParametrization implements PointEvaluation {

    /** The seed of the random point at which the symmetries are counted; it is reported with them. */
    private static final long SYMMETRY_SEED = 1;

    private final int inputLength;
    private final List<ConvolutionLayerSpec> layers;
    private final List<Activation> activations;
    private final int[] lengths;
    private final int[] channels;
    private final int[] offsets;
    private final SizeEstimate size;
    private final Monomials basis;
    private final DensePolynomialSpace space;

    private ConvolutionParametrization(int inputLength, List<ConvolutionLayerSpec> layers, SizeEstimate size) {
        this.inputLength = inputLength;
        this.layers = List.copyOf(layers);
        this.size = size;
        this.activations = new ArrayList<>();
        for (ConvolutionLayerSpec layer : layers) {
            activations.add(layer.activation() == null ? null : new Activation(layer.activation()));
        }
        this.lengths = lengths(inputLength, layers);
        this.channels = channels(layers);
        this.offsets = new int[layers.size() + 1];
        for (int i = 0; i < layers.size(); i++) {
            offsets[i + 1] = offsets[i] + layers.get(i).parameterCount(channels[i]);
        }
        this.basis = size.homogeneous() ? Monomials.homogeneous(inputLength, size.degree())
                : Monomials.upTo(inputLength, size.degree());
        this.space = new DensePolynomialSpace(inputLength, size.degree());
    }

    private static int[] lengths(int inputLength, List<ConvolutionLayerSpec> layers) {
        int[] lengths = new int[layers.size() + 1];
        lengths[0] = inputLength;
        for (int i = 0; i < layers.size(); i++) {
            lengths[i + 1] = layers.get(i).outputLength(lengths[i]);
            if (lengths[i + 1] < 1) {
                throw new IllegalArgumentException("layer " + (i + 1) + ": kernel " + layers.get(i).kernel() //$NON-NLS-1$ //$NON-NLS-2$
                        + " is longer than its input of length " + lengths[i]); //$NON-NLS-1$
            }
        }
        return lengths;
    }

    /** @return C_0 = 1, C_1, …, C_L: the channels after each layer */
    private static int[] channels(List<ConvolutionLayerSpec> layers) {
        int[] channels = new int[layers.size() + 1];
        channels[0] = 1;
        for (int i = 0; i < layers.size(); i++) {
            channels[i + 1] = layers.get(i).channels();
        }
        return channels;
    }

    /**
     * @param inputLength
     *            n ≥ 1
     * @param layers
     *            at least one layer; the activation of the last one must be
     *            null
     * @return the sizes, computed without building anything
     */
    public static SizeEstimate estimate(int inputLength, List<ConvolutionLayerSpec> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a CNN needs at least one layer"); //$NON-NLS-1$
        }
        if (layers.get(layers.size() - 1).activation() != null) {
            throw new IllegalArgumentException("the last layer has no activation"); //$NON-NLS-1$
        }
        int[] lengths = lengths(inputLength, layers);
        int[] channels = channels(layers);
        BigInteger degree = BigInteger.ONE;
        boolean homogeneous = true;
        long parameters = 0;
        for (int i = 0; i < layers.size(); i++) {
            ConvolutionLayerSpec layer = layers.get(i);
            parameters += (long) layer.channels() * channels[i] * layer.kernel() + (layer.bias() ? layer.channels() : 0);
            homogeneous &= !layer.bias();
            if (layer.activation() != null) {
                Activation sigma = new Activation(layer.activation());
                degree = degree.multiply(BigInteger.valueOf(sigma.degree()));
                homogeneous &= sigma.isMonomial();
            }
        }
        if (degree.bitLength() > 30) {
            throw new ArithmeticException("network degree " + degree + " is too large"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        int d = degree.intValueExact();
        BigInteger ambient = Monomials.count(inputLength, d, homogeneous)
                .multiply(BigInteger.valueOf((long) channels[layers.size()] * lengths[layers.size()]));
        // evaluate() keeps every position of a layer dense, degree <= its degree after σ
        BigInteger working = BigInteger.ZERO;
        String where = null;
        int layerDegree = 1;
        for (int i = 0; i < layers.size(); i++) {
            ConvolutionLayerSpec layer = layers.get(i);
            if (layer.activation() != null) {
                layerDegree *= layer.activation().degree();
            }
            int signals = channels[i + 1] * lengths[i + 1];
            BigInteger size = SizeEstimate.layerSize(signals, inputLength, layerDegree);
            if (size.compareTo(working) > 0) {
                working = size;
                where = SizeEstimate.describeLayer(i + 1, signals, inputLength, layerDegree);
            }
        }
        return new SizeEstimate(ambient, parameters, d, homogeneous, working, where);
    }

    /**
     * @param inputLength
     *            n ≥ 1
     * @param layers
     *            the layers (see {@link #estimate(int, List)})
     * @param ambientLimit
     *            the largest acceptable dim V (also bounds the dense working
     *            space of degree ≤ D)
     * @return the parametrization
     * @throws TooLargeException
     *             if the limit is exceeded
     */
    public static ConvolutionParametrization create(int inputLength, List<ConvolutionLayerSpec> layers,
            BigInteger ambientLimit) throws TooLargeException {
        SizeEstimate estimate = estimate(inputLength, layers);
        if (estimate.exceeds(ambientLimit)) {
            throw new TooLargeException(estimate, ambientLimit);
        }
        return new ConvolutionParametrization(inputLength, layers, estimate);
    }

    /** @return n_0 = n, n_1, …, n_L: the signal length after each layer */
    public int[] lengths() {
        return lengths.clone();
    }

    /** @return C_0 = 1, C_1, …, C_L: the channels after each layer */
    public int[] channels() {
        return channels.clone();
    }

    /** @return whether some layer has more than one channel */
    public boolean isMultiChannel() {
        return Arrays.stream(channels).anyMatch(c -> c > 1);
    }

    /** @return the sizes */
    public SizeEstimate size() {
        return size;
    }

    @Override
    public int parameterCount() {
        return offsets[layers.size()];
    }

    @Override
    public int ambientDimension() {
        return basis.size() * outputCount();
    }

    /** Output k = o·n_L + j (channel o, position j, 0-based) is named y{k+1}, or y[o,j] with several channels. */
    @Override
    public List<String> coordinateNames() {
        int positions = lengths[layers.size()];
        int outputs = outputCount();
        List<String> inputs = new ArrayList<>();
        for (int k = 1; k <= inputLength; k++) {
            inputs.add("x" + k); //$NON-NLS-1$
        }
        List<String> monomials = basis.names(inputs);
        List<String> names = new ArrayList<>();
        for (int k = 0; k < outputs; k++) {
            String output = channels[layers.size()] == 1 ? "y" + (k + 1) //$NON-NLS-1$
                    : "y[" + (k / positions + 1) + "," + (k % positions + 1) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (String m : monomials) {
                names.add(outputs == 1 ? m : output + ":" + m); //$NON-NLS-1$
            }
        }
        return names;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        boolean indexed = isMultiChannel();
        for (int i = 0; i < layers.size(); i++) {
            ConvolutionLayerSpec layer = layers.get(i);
            for (int o = 1; o <= layer.channels(); o++) {
                for (int c = 1; c <= channels[i]; c++) {
                    for (int m = 1; m <= layer.kernel(); m++) {
                        names.add("w" + (i + 1) + "[" + (indexed ? o + "," + c + "," : "") + m + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    }
                }
            }
            if (layer.bias()) {
                for (int o = 1; o <= layer.channels(); o++) {
                    names.add("b" + (i + 1) + (indexed ? "[" + o + "]" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
            }
        }
        return names;
    }

    /** @return the layers, in order */
    public List<ConvolutionLayerSpec> layers() {
        return layers;
    }

    /** The continuous group acting on the output channels of a layer that another layer reads. */
    public enum ChannelSymmetry {
        /** No activation: GL(C_i) mixes the channels, (G W_i, G b_i) and W_(i+1) G⁻¹. */
        MIXING,
        /** A monomial activation a·x^r: each channel scales, λ on its filters and bias, λ^(−r) on those reading it. */
        SCALING,
        /** Another activation (or the last layer): no continuous symmetry is claimed. */
        NONE
    }

    /**
     * @param i
     *            a layer, 0-based
     * @return the continuous symmetry of its output channels (docs/MATHEMATICS.md §1.6); the last layer's
     *         outputs are the network's, so it has none
     */
    public ChannelSymmetry channelSymmetry(int i) {
        if (i >= layers.size() - 1) {
            return ChannelSymmetry.NONE;
        }
        Activation sigma = activations.get(i);
        return sigma == null ? ChannelSymmetry.MIXING
                : sigma.isMonomial() ? ChannelSymmetry.SCALING : ChannelSymmetry.NONE;
    }

    /** @return the degree r of σ_i, 1 without activation */
    public int activationDegree(int i) {
        Activation sigma = activations.get(i);
        return sigma == null ? 1 : sigma.degree();
    }

    /** @return the index in θ of w_i[o,c,m] (all 0-based) */
    public int weight(int i, int o, int c, int m) {
        return offsets[i] + (o * channels[i] + c) * layers.get(i).kernel() + m;
    }

    /** @return the index in θ of b_i[o] (0-based) */
    public int bias(int i, int o) {
        return offsets[i] + layers.get(i).channels() * channels[i] * layers.get(i).kernel() + o;
    }

    @Override
    public <T> T[] evaluate(Ring<T> ring, T[] theta) {
        checkParameters(theta.length);
        List<T[]> h = new ArrayList<>();
        for (int k = 0; k < inputLength; k++) {
            h.add(space.variable(ring, k));
        }
        int degree = 1;
        for (int i = 0; i < layers.size(); i++) {
            ConvolutionLayerSpec layer = layers.get(i);
            List<T[]> z = new ArrayList<>();
            for (int o = 0; o < layer.channels(); o++) {
                for (int j = 0; j < lengths[i + 1]; j++) {
                    T[] zj = ring.zeros(space.size(degree));
                    for (int c = 0; c < channels[i]; c++) {
                        for (int m = 0; m < layer.kernel(); m++) {
                            DensePolynomialSpace.addScaled(ring, zj, theta[weight(i, o, c, m)],
                                    h.get(c * lengths[i] + j * layer.stride() + m));
                        }
                    }
                    if (layer.bias()) {
                        zj[0] = ring.add(zj[0], theta[bias(i, o)]);
                    }
                    z.add(zj);
                }
            }
            Activation sigma = activations.get(i);
            if (sigma != null) {
                List<T[]> activated = new ArrayList<>();
                for (T[] zj : z) {
                    activated.add(LayerActivation.apply(ring, space, sigma, zj, degree));
                }
                z = activated;
                degree *= sigma.degree();
            }
            h = z;
        }
        T[] coefficients = ring.zeros(ambientDimension());
        int perOutput = basis.size();
        int n = space.size();
        for (int k = 0; k < h.size(); k++) {
            T[] hk = h.get(k);
            for (int v = 0; v < perOutput; v++) {
                int w = n - 1 - v;
                if (w < hk.length) {
                    coefficients[k * perOutput + v] = hk[w];
                }
            }
        }
        return coefficients;
    }

    @Override
    public int inputCount() {
        return inputLength;
    }

    @Override
    public int outputCount() {
        return channels[layers.size()] * lengths[layers.size()];
    }

    /** The convolutions and activations on scalars: the network at one input signal. */
    @Override
    public <T> T[] evaluateAt(Ring<T> ring, T[] theta, T[] x) {
        checkParameters(theta.length);
        if (x.length != inputLength) {
            throw new IllegalArgumentException("expected " + inputLength + " inputs, got " + x.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        T[] h = x;
        for (int i = 0; i < layers.size(); i++) {
            ConvolutionLayerSpec layer = layers.get(i);
            Activation sigma = activations.get(i);
            int positions = lengths[i + 1];
            T[] z = ring.zeros(layer.channels() * positions);
            for (int o = 0; o < layer.channels(); o++) {
                for (int j = 0; j < positions; j++) {
                    T zj = layer.bias() ? theta[bias(i, o)] : ring.zero();
                    for (int c = 0; c < channels[i]; c++) {
                        for (int m = 0; m < layer.kernel(); m++) {
                            zj = ring.mulAdd(zj, theta[weight(i, o, c, m)], h[c * lengths[i] + j * layer.stride() + m]);
                        }
                    }
                    z[o * positions + j] = sigma == null ? zj : sigma.applyAt(ring, zj);
                }
            }
            h = z;
        }
        return h;
    }

    /**
     * @return for every output channel of a layer i &lt; L without activation or with a monomial
     *         one, the indices in θ of the filters and bias that produce it: the parameters one
     *         channel scaling of {@link #symmetryBound()} multiplies by λ (the channel mixing
     *         GL(C_i) of linear layers is not among them)
     */
    public List<int[]> scaledParameterGroups() {
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < layers.size() - 1; i++) {
            if (channelSymmetry(i) == ChannelSymmetry.NONE) {
                continue;
            }
            ConvolutionLayerSpec layer = layers.get(i);
            for (int o = 0; o < layer.channels(); o++) {
                int[] group = new int[channels[i] * layer.kernel() + (layer.bias() ? 1 : 0)];
                int k = 0;
                for (int c = 0; c < channels[i]; c++) {
                    for (int m = 0; m < layer.kernel(); m++) {
                        group[k++] = weight(i, o, c, m);
                    }
                }
                if (layer.bias()) {
                    group[k] = bias(i, o);
                }
                groups.add(group);
            }
        }
        return groups;
    }

    @Override
    public SymmetryBound symmetryBound() {
        return ConvolutionSymmetry.of(this, layers, SYMMETRY_SEED);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("1-D CNN on length ").append(inputLength).append(':'); //$NON-NLS-1$
        for (int i = 0; i < layers.size(); i++) {
            ConvolutionLayerSpec layer = layers.get(i);
            sb.append(" conv k=").append(layer.kernel()).append(" s=").append(layer.stride()); //$NON-NLS-1$ //$NON-NLS-2$
            sb.append(layer.channels() > 1 ? " channels=" + layer.channels() : ""); //$NON-NLS-1$ //$NON-NLS-2$
            sb.append(layer.bias() ? " bias" : "").append(" → ").append(lengths[i + 1]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (activations.get(i) != null) {
                sb.append(", σ = ").append(activations.get(i)); //$NON-NLS-1$
            }
            sb.append(';');
        }
        sb.append(" V = ").append(size.homogeneous() ? "forms of degree " : "polynomials of degree ≤ ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(size.degree()).append(", ").append(outputCount()).append(" output(s) (dim ") //$NON-NLS-1$ //$NON-NLS-2$
                .append(ambientDimension()).append("); ").append(parameterCount()).append(" parameters"); //$NON-NLS-1$ //$NON-NLS-2$
        return sb.toString();
    }
}
