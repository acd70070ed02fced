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
 * The network of any sequence of {@link LayerMap}s: the input variables flow through the layers
 * as polynomials ({@link Signal}s) and the coefficients of the last layer's outputs form c_{f_θ}.
 * The Jacobian is exact (dual numbers, {@link AbstractParametrization}). The known symmetries are
 * the sum of the layers' own (each acts on its own parameters only, so together they fix the
 * network function); the dimension bound is min(dim V, dim Θ − symmetries).
 */
public final class LayerStackParametrization extends AbstractParametrization implements PointEvaluation {

    private final List<String> inputNames;
    private final List<LayerMap> layers;
    private final int[] offsets;
    private final int degree;
    private final Monomials basis;
    private final DensePolynomialSpace space;
    private final SizeEstimate size;
    private final SymmetryBound stackSymmetry;

    private LayerStackParametrization(List<String> inputNames, List<LayerMap> layers, int degree, Monomials basis,
            SizeEstimate size, SymmetryBound stackSymmetry) {
        this.stackSymmetry = stackSymmetry;
        this.inputNames = List.copyOf(inputNames);
        this.layers = List.copyOf(layers);
        this.degree = degree;
        this.basis = basis;
        this.size = size;
        this.space = new DensePolynomialSpace(inputNames.size(), degree);
        this.offsets = new int[layers.size() + 1];
        for (int i = 0; i < layers.size(); i++) {
            offsets[i + 1] = offsets[i] + layers.get(i).parameterCount();
        }
    }

    /**
     * @param inputNames
     *            the names of the input variables (at least one)
     * @param layers
     *            the layers, each taking as many inputs as the previous one gives
     * @param limit
     *            the largest acceptable dim V, working size and Jacobian
     * @return the composed map
     * @throws TooLargeException
     *             if the estimate exceeds the limit
     * @throws IllegalArgumentException
     *             if the widths do not chain
     */
    public static LayerStackParametrization create(List<String> inputNames, List<LayerMap> layers, BigInteger limit)
            throws TooLargeException {
        return create(inputNames, layers, limit, SymmetryBound.NONE);
    }

    /**
     * As {@link #create(List, List, BigInteger)}, for a stack whose symmetries are known as a whole,
     * beyond each layer's own (e.g. a group acting on the signal between two layers).
     *
     * @param stackSymmetry
     *            a proven lower bound of the generic fibre dimension of the whole stack; the larger
     *            of it and the sum of the layers' own is used
     */
    public static LayerStackParametrization create(List<String> inputNames, List<LayerMap> layers, BigInteger limit,
            SymmetryBound stackSymmetry) throws TooLargeException {
        SizeEstimate estimate = estimate(inputNames.size(), layers);
        if (estimate.exceeds(limit)) {
            throw new TooLargeException(estimate, limit);
        }
        Monomials basis = estimate.homogeneous() ? Monomials.homogeneous(inputNames.size(), estimate.degree())
                : Monomials.upTo(inputNames.size(), estimate.degree());
        return new LayerStackParametrization(inputNames, layers, estimate.degree(), basis, estimate, stackSymmetry);
    }

    /** @return the sizes of the composition, computed without building anything */
    public static SizeEstimate estimate(int inputs, List<LayerMap> layers) {
        if (inputs < 1 || layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one input and one layer"); //$NON-NLS-1$
        }
        int width = inputs;
        long degree = 1;
        long parameters = 0;
        boolean forms = true;
        BigInteger working = BigInteger.ZERO;
        String where = null;
        for (int i = 0; i < layers.size(); i++) {
            LayerMap layer = layers.get(i);
            if (layer.inputWidth() != width) {
                throw new IllegalArgumentException("layer " + (i + 1) + " (" + layer.describe() + ") takes " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + layer.inputWidth() + " inputs but receives " + width); //$NON-NLS-1$
            }
            degree *= layer.degree();
            if (degree > Integer.MAX_VALUE / 2 || layer.degree() < 0) {
                throw new IllegalArgumentException("network degree is too large"); //$NON-NLS-1$
            }
            parameters += layer.parameterCount();
            forms &= layer.preservesForms();
            width = layer.outputWidth();
            BigInteger held = SizeEstimate.layerSize(width, inputs, (int) degree);
            if (held.compareTo(working) > 0) {
                working = held;
                where = SizeEstimate.describeLayer(i + 1, width, inputs, (int) degree);
            }
        }
        BigInteger ambient = Monomials.count(inputs, (int) degree, forms).multiply(BigInteger.valueOf(width));
        return new SizeEstimate(ambient, parameters, (int) degree, forms, working, where);
    }

    /** @return the layers */
    public List<LayerMap> layers() {
        return layers;
    }

    /** @return the input variables */
    public List<String> inputNames() {
        return inputNames;
    }

    /** @return the monomial basis of one output's coefficients */
    public Monomials basis() {
        return basis;
    }

    /** @return the number of outputs */
    @Override
    public int outputCount() {
        return layers.get(layers.size() - 1).outputWidth();
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

    @Override
    public List<String> coordinateNames() {
        int outputs = outputCount();
        List<String> monomials = basis.names(inputNames);
        List<String> names = new ArrayList<>(ambientDimension());
        for (int k = 1; k <= outputs; k++) {
            for (String m : monomials) {
                names.add(outputs == 1 ? m : "y" + k + ":" + m); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return names;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(parameterCount());
        for (int i = 0; i < layers.size(); i++) {
            for (String local : layers.get(i).parameterNames()) {
                names.add("L" + (i + 1) + ":" + local); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return names;
    }

    @Override
    public <T> T[] evaluate(Ring<T> ring, T[] theta) {
        checkParameters(theta.length);
        SignalRing<T> signals = new SignalRing<>(ring, space, degree);
        Signal<T>[] h = signals.zeros(inputNames.size());
        for (int k = 0; k < h.length; k++) {
            h[k] = signals.variable(k);
        }
        for (int i = 0; i < layers.size(); i++) {
            LayerMap layer = layers.get(i);
            Signal<T>[] parameters = signals.zeros(layer.parameterCount());
            for (int p = 0; p < parameters.length; p++) {
                parameters[p] = signals.constant(theta[offsets[i] + p]);
            }
            h = layer.apply(signals, parameters, h);
            if (h.length != layer.outputWidth()) {
                throw new IllegalStateException(layer.describe() + " gave " + h.length + " outputs instead of " //$NON-NLS-1$ //$NON-NLS-2$
                        + layer.outputWidth());
            }
        }
        T[] coefficients = ring.zeros(ambientDimension());
        int perOutput = basis.size();
        int n = space.size();
        for (int k = 0; k < h.length; k++) {
            T[] zk = h[k].coefficients;
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
        return inputNames.size();
    }

    /**
     * The layers applied to scalars instead of polynomial signals: {@link LayerMap#apply} is
     * written once for any ring, so this is the same network at one input.
     */
    @Override
    public <T> T[] evaluateAt(Ring<T> ring, T[] theta, T[] x) {
        checkParameters(theta.length);
        if (x.length != inputNames.size()) {
            throw new IllegalArgumentException("expected " + inputNames.size() + " inputs, got " + x.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        T[] h = x;
        for (int i = 0; i < layers.size(); i++) {
            LayerMap layer = layers.get(i);
            T[] parameters = Arrays.copyOfRange(theta, offsets[i], offsets[i + 1]);
            h = layer.apply(ring, parameters, h);
            if (h.length != layer.outputWidth()) {
                throw new IllegalStateException(layer.describe() + " gave " + h.length + " outputs instead of " //$NON-NLS-1$ //$NON-NLS-2$
                        + layer.outputWidth());
            }
        }
        return h;
    }

    @Override
    public SymmetryBound symmetryBound() {
        int dimension = 0;
        List<String> derivations = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            SymmetryBound symmetry = layers.get(i).symmetry();
            if (symmetry.dimension() > 0) {
                dimension += symmetry.dimension();
                derivations.add("layer " + (i + 1) + ": " + symmetry.dimension() + " (" + symmetry.derivation() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        if (stackSymmetry.dimension() > dimension) {
            return stackSymmetry;
        }
        return dimension == 0 ? SymmetryBound.NONE : new SymmetryBound(dimension, String.join("; ", derivations)); //$NON-NLS-1$
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (LayerMap layer : layers) {
            parts.add(layer.describe());
        }
        return "network of " + inputNames.size() + " inputs through " + String.join(", ", parts) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "; V = " + (size.homogeneous() ? "forms of degree " : "polynomials of degree ≤ ") + degree //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (outputCount() > 1 ? ", " + outputCount() + " outputs" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " (dim " + ambientDimension() + "); " + parameterCount() + " parameters"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
