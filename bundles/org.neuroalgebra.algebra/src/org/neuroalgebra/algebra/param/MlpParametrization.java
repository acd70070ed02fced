// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.internal.param.DensePolynomialSpace;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * The polynomial multilayer perceptron f_θ = α_L ∘ σ ∘ α_{L−1} ∘ … ∘ σ ∘ α_1
 * with α_i(z) = W_i z + b_i (docs/MATHEMATICS.md §1.1), as a map from parameters to the
 * coefficients of f_θ.
 * <p>
 * <b>Parameters</b> θ, in order: for each layer i = 1..L, the entries of W_i
 * (d_i × d_{i−1}) row by row, named {@code W2[1,3]} (1-based), then b_i if
 * the layer has a bias, named {@code b2[1]}.
 * <p>
 * <b>Ambient space</b> V: with σ a monomial a·x^r and no bias anywhere, f_θ is
 * a form of degree D = r^(L−1) and V = (forms of degree D)^{d_L}; otherwise V
 * = (polynomials of degree ≤ D)^{d_L}. Coefficient vectors are output-major:
 * all coefficients of output 1 in the {@link Monomials} order (decreasing
 * graded lex), then output 2, and so on. Coordinates are named by their
 * monomial ({@code x1^2}, {@code x1*x2}); with several outputs the output is
 * prefixed: {@code y2:x1*x2}.
 * <p>
 * <b>Evaluation</b> propagates polynomials in x whose coefficients live in
 * the requested ring, so it is exact over Q and Z/p; the Jacobian is the same
 * propagation over dual numbers (see {@link AbstractParametrization}).
 */
public final class MlpParametrization extends AbstractParametrization implements PointEvaluation {

    /** The ambient-dimension limit of {@link #create(int[], boolean[], Polynomial)}. */
    public static final long DEFAULT_AMBIENT_LIMIT = 1_000_000;

    private final int[] widths;
    private final boolean[] bias;
    private final Activation activation;
    private final SizeEstimate size;
    private final Monomials basis;
    private final DensePolynomialSpace space;
    private final int[] layerOffsets;

    private MlpParametrization(int[] widths, boolean[] bias, Activation activation, SizeEstimate size) {
        this.widths = widths;
        this.bias = bias;
        this.activation = activation;
        this.size = size;
        int d0 = widths[0];
        this.basis = size.homogeneous() ? Monomials.homogeneous(d0, size.degree()) : Monomials.upTo(d0, size.degree());
        this.space = new DensePolynomialSpace(d0, size.degree());
        this.layerOffsets = new int[widths.length];
        for (int i = 1; i < widths.length; i++) {
            layerOffsets[i] = layerOffsets[i - 1] + widths[i] * widths[i - 1] + (bias[i - 1] ? widths[i] : 0);
        }
    }

    /**
     * @param widths
     *            d_0, ..., d_L (L ≥ 1), all positive
     * @param bias
     *            one flag per layer 1..L
     * @param activation
     *            σ, univariate, of degree ≥ 1
     * @return the sizes, computed without building anything
     */
    public static SizeEstimate estimate(int[] widths, boolean[] bias, Polynomial activation) {
        check(widths, bias);
        Activation sigma = new Activation(activation);
        return estimate(widths, bias, sigma);
    }

    private static SizeEstimate estimate(int[] widths, boolean[] bias, Activation sigma) {
        int layers = widths.length - 1;
        long parameters = 0;
        boolean anyBias = false;
        for (int i = 1; i <= layers; i++) {
            parameters += (long) widths[i] * widths[i - 1] + (bias[i - 1] ? widths[i] : 0);
            anyBias |= bias[i - 1];
        }
        BigInteger degree = BigInteger.valueOf(sigma.degree()).pow(layers - 1);
        if (degree.bitLength() > 30) {
            throw new ArithmeticException("network degree " + sigma.degree() + "^" + (layers - 1) + " is too large"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        int d = degree.intValueExact();
        boolean homogeneous = !anyBias && sigma.isMonomial();
        BigInteger ambient = Monomials.count(widths[0], d, homogeneous).multiply(BigInteger.valueOf(widths[layers]));
        // evaluate() keeps every neuron dense, degree <= its layer's degree, before and after σ
        BigInteger working = BigInteger.ZERO;
        String where = null;
        int layerDegree = 1;
        for (int i = 1; i <= layers; i++) {
            int held = i < layers ? layerDegree * sigma.degree() : layerDegree;
            BigInteger size = SizeEstimate.layerSize(widths[i], widths[0], held);
            if (size.compareTo(working) > 0) {
                working = size;
                where = SizeEstimate.describeLayer(i, widths[i], widths[0], held);
            }
            layerDegree = held;
        }
        return new SizeEstimate(ambient, parameters, d, homogeneous, working, where);
    }

    private static void check(int[] widths, boolean[] bias) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("an MLP needs an input width and at least one layer"); //$NON-NLS-1$
        }
        if (bias.length != widths.length - 1) {
            throw new IllegalArgumentException(
                    "need one bias flag per layer: " + (widths.length - 1) + " layers, " + bias.length + " flags"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (int w : widths) {
            if (w < 1) {
                throw new IllegalArgumentException("widths must be positive: " + Arrays.toString(widths)); //$NON-NLS-1$
            }
        }
    }

    /**
     * @param widths
     *            d_0, ..., d_L (L ≥ 1), all positive
     * @param bias
     *            one flag per layer 1..L
     * @param activation
     *            σ, univariate, of degree ≥ 1
     * @param ambientLimit
     *            the largest acceptable dim V
     * @return the parametrization
     * @throws TooLargeException
     *             if dim V, the working size or the Jacobian (see
     *             {@link SizeEstimate#peak()}) exceeds the limit
     */
    public static MlpParametrization create(int[] widths, boolean[] bias, Polynomial activation,
            BigInteger ambientLimit) throws TooLargeException {
        check(widths, bias);
        Activation sigma = new Activation(activation);
        SizeEstimate estimate = estimate(widths, bias, sigma);
        if (estimate.exceeds(ambientLimit)) {
            throw new TooLargeException(estimate, ambientLimit);
        }
        return new MlpParametrization(widths.clone(), bias.clone(), sigma, estimate);
    }

    /**
     * @param widths
     *            d_0, ..., d_L (L ≥ 1), all positive
     * @param bias
     *            one flag per layer 1..L
     * @param activation
     *            σ, univariate, of degree ≥ 1
     * @param ambientLimit
     *            the largest acceptable dim V
     * @return the parametrization
     * @throws TooLargeException
     *             if dim V exceeds the limit
     */
    public static MlpParametrization create(int[] widths, boolean[] bias, Polynomial activation, long ambientLimit)
            throws TooLargeException {
        return create(widths, bias, activation, BigInteger.valueOf(ambientLimit));
    }

    /**
     * {@link #create(int[], boolean[], Polynomial, long)} with
     * {@link #DEFAULT_AMBIENT_LIMIT}.
     *
     * @param widths
     *            d_0, ..., d_L
     * @param bias
     *            one flag per layer
     * @param activation
     *            σ
     * @return the parametrization
     * @throws TooLargeException
     *             if dim V exceeds {@link #DEFAULT_AMBIENT_LIMIT}
     */
    public static MlpParametrization create(int[] widths, boolean[] bias, Polynomial activation)
            throws TooLargeException {
        return create(widths, bias, activation, DEFAULT_AMBIENT_LIMIT);
    }

    /** @return d_0, ..., d_L */
    public int[] widths() {
        return widths.clone();
    }

    /** @return the bias flag of each layer 1..L */
    public boolean[] bias() {
        return bias.clone();
    }

    /** @return σ */
    public Polynomial activation() {
        return activation.polynomial();
    }

    /** @return the sizes */
    public SizeEstimate size() {
        return size;
    }

    /** @return the monomial basis of one output's coefficients */
    public Monomials basis() {
        return basis;
    }

    @Override
    public int parameterCount() {
        return layerOffsets[widths.length - 1];
    }

    @Override
    public int ambientDimension() {
        return basis.size() * widths[widths.length - 1];
    }

    @Override
    public List<String> coordinateNames() {
        int outputs = widths[widths.length - 1];
        List<String> monomials = basis.names(inputNames());
        List<String> names = new ArrayList<>(ambientDimension());
        for (int k = 1; k <= outputs; k++) {
            for (String m : monomials) {
                names.add(outputs == 1 ? m : "y" + k + ":" + m); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return names;
    }

    /** @return x1, ..., x_{d_0}, the input variables as the DSL names them */
    public List<String> inputNames() {
        List<String> names = new ArrayList<>(widths[0]);
        for (int k = 1; k <= widths[0]; k++) {
            names.add("x" + k); //$NON-NLS-1$
        }
        return names;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(parameterCount());
        for (int i = 1; i < widths.length; i++) {
            for (int r = 1; r <= widths[i]; r++) {
                for (int c = 1; c <= widths[i - 1]; c++) {
                    names.add("W" + i + "[" + r + "," + c + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
            }
            if (bias[i - 1]) {
                for (int r = 1; r <= widths[i]; r++) {
                    names.add("b" + i + "[" + r + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        return names;
    }

    @Override
    public <T> T[] evaluate(Ring<T> ring, T[] theta) {
        checkParameters(theta.length);
        int layers = widths.length - 1;
        List<T[]> h = new ArrayList<>();
        for (int k = 0; k < widths[0]; k++) {
            h.add(space.variable(ring, k));
        }
        int degree = 1;
        List<T[]> z = List.of();
        for (int i = 1; i <= layers; i++) {
            z = affine(ring, i, h, degree, theta);
            if (i < layers) {
                h = new ArrayList<>(z.size());
                for (T[] zj : z) {
                    h.add(activate(ring, zj, degree));
                }
                degree *= activation.degree();
            }
        }
        T[] coefficients = ring.zeros(ambientDimension());
        int perOutput = basis.size();
        int n = space.size();
        for (int k = 0; k < z.size(); k++) {
            T[] zk = z.get(k);
            for (int v = 0; v < perOutput; v++) {
                int w = n - 1 - v;
                if (w < zk.length) {
                    coefficients[k * perOutput + v] = zk[w];
                }
            }
        }
        return coefficients;
    }

    @Override
    public int inputCount() {
        return widths[0];
    }

    @Override
    public int outputCount() {
        return widths[widths.length - 1];
    }

    /** The network itself at one input: affine maps and σ by Horner's rule, on scalars. */
    @Override
    public <T> T[] evaluateAt(Ring<T> ring, T[] theta, T[] x) {
        checkParameters(theta.length);
        if (x.length != widths[0]) {
            throw new IllegalArgumentException("expected " + widths[0] + " inputs, got " + x.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        T[] h = x;
        for (int layer = 1; layer < widths.length; layer++) {
            int rows = widths[layer];
            int cols = widths[layer - 1];
            int offset = layerOffsets[layer - 1];
            T[] z = ring.zeros(rows);
            for (int j = 0; j < rows; j++) {
                T zj = bias[layer - 1] ? theta[offset + rows * cols + j] : ring.zero();
                for (int k = 0; k < cols; k++) {
                    zj = ring.mulAdd(zj, theta[offset + j * cols + k], h[k]);
                }
                z[j] = zj;
            }
            if (layer < widths.length - 1) {
                for (int j = 0; j < rows; j++) {
                    z[j] = activation.applyAt(ring, z[j]);
                }
            }
            h = z;
        }
        return h;
    }

    /** z_j = Σ_k W_i[j,k] h_k + b_i[j], each of degree at most {@code degree}. */
    private <T> List<T[]> affine(Ring<T> ring, int layer, List<T[]> h, int degree, T[] theta) {
        int rows = widths[layer];
        int cols = widths[layer - 1];
        int offset = layerOffsets[layer - 1];
        List<T[]> z = new ArrayList<>(rows);
        for (int j = 0; j < rows; j++) {
            T[] zj = ring.zeros(space.size(degree));
            for (int k = 0; k < cols; k++) {
                DensePolynomialSpace.addScaled(ring, zj, theta[offset + j * cols + k], h.get(k));
            }
            if (bias[layer - 1]) {
                zj[0] = ring.add(zj[0], theta[offset + rows * cols + j]);
            }
            z.add(zj);
        }
        return z;
    }

    /** σ(z) by Horner's rule: (…(c_r z + c_{r−1}) z + …) z + c_0. */
    private <T> T[] activate(Ring<T> ring, T[] z, int degree) {
        Rational[] c = activation.coefficients();
        int r = c.length - 1;
        T[] acc = ring.zeros(1);
        acc[0] = ring.fromRational(c[r]);
        int accDegree = 0;
        for (int k = r - 1; k >= 0; k--) {
            acc = space.multiply(ring, acc, accDegree, z, degree);
            accDegree += degree;
            if (!c[k].isZero()) {
                acc[0] = ring.add(acc[0], ring.fromRational(c[k]));
            }
        }
        return acc;
    }

    private String describeBiases() {
        List<String> layers = new ArrayList<>();
        for (int i = 0; i < bias.length; i++) {
            if (bias[i]) {
                layers.add(Integer.toString(i + 1));
            }
        }
        if (layers.isEmpty()) {
            return "no bias"; //$NON-NLS-1$
        }
        return layers.size() == bias.length ? "biases on all layers" //$NON-NLS-1$
                : "biases on layer" + (layers.size() > 1 ? "s " : " ") + String.join(", ", layers); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public SymmetryBound symmetryBound() {
        return new MlpDimensionBounds(widths, bias, activation).symmetry();
    }

    @Override
    public UpperBound dimensionUpperBound() {
        return new MlpDimensionBounds(widths, bias, activation).upperBound();
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder("MLP "); //$NON-NLS-1$
        sb.append(Arrays.toString(widths).replace('[', '(').replace(']', ')'));
        sb.append(", σ = ").append(activation); //$NON-NLS-1$
        sb.append(", ").append(describeBiases()); //$NON-NLS-1$
        sb.append("; V = ").append(size.homogeneous() ? "forms of degree " : "polynomials of degree ≤ ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(size.degree()).append(" in ").append(widths[0]).append(" variables"); //$NON-NLS-1$ //$NON-NLS-2$
        if (widths[widths.length - 1] > 1) {
            sb.append(", ").append(widths[widths.length - 1]).append(" outputs"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        sb.append(" (dim ").append(ambientDimension()).append("); ").append(parameterCount()).append(" parameters"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return sb.toString();
    }
}
