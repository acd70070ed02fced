// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.ActivationSymmetry;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.solver.Complex;

/**
 * The finite group that acts on the normalized fibre of a polynomial MLP (docs/MATHEMATICS.md §4.1):
 * the permutations of the hidden neurons within each layer and, per hidden neuron, the discrete
 * symmetries s of σ its biases allow ({@link ActivationSymmetry#neuronOrder}). Continuous
 * scalings are not elements: {@link NormalizedSystem} fixes them (for σ = a·x^r), so their roots of
 * unity are fixed too. For generic θ the group acts freely (the rows of W_i are pairwise
 * non-proportional and non-zero), so the orbit of a generic fibre point has exactly
 * {@link #order()} points: ∏ d_i! · ∏ h_i^(d_i) with h_i the order of the neuron group of layer i.
 */
public final class FiberSymmetryGroup {

    /**
     * Relative distance under which a fibre point counts as the image of another: orbit
     * membership is decided numerically, on points known to about the solver's endpoint accuracy.
     */
    public static final double ORBIT_TOLERANCE = 1e-6;

    /** Groups larger than this are counted but not enumerated. */
    public static final int MAX_ENUMERATED = 5040;

    private final NormalizedSystem system;
    private final MlpLayout layout;
    private final ActivationSymmetry sigma;
    private final int[] neuronOrders;

    private FiberSymmetryGroup(NormalizedSystem system, ActivationSymmetry sigma, int[] neuronOrders) {
        this.system = system;
        this.layout = new MlpLayout(system.parametrization());
        this.sigma = sigma;
        this.neuronOrders = neuronOrders;
    }

    /**
     * @param system
     *            the normalized MLP
     * @return the group acting on its normalized fibres
     */
    public static FiberSymmetryGroup of(NormalizedSystem system) {
        MlpParametrization mlp = system.parametrization();
        MlpLayout layout = new MlpLayout(mlp);
        ActivationSymmetry sigma = mlp.activation().degree() >= 2 ? ActivationSymmetry.of(mlp.activation()) : null;
        int[] orders = new int[layout.layers()];
        for (int i = 1; i < layout.layers(); i++) {
            // a continuous group (order 0) is a scaling: fixed by the normalization, or left in the fibre's dimension
            int order = sigma == null ? 1 : sigma.neuronOrder(layout.hasBias(i), layout.hasBias(i + 1));
            orders[i] = Math.max(1, order);
        }
        return new FiberSymmetryGroup(system, sigma, orders);
    }

    /** @return ∏ d_i! · ∏ h_i^(d_i) */
    public BigInteger order() {
        return permutationCount().multiply(reflectionCount());
    }

    /** @return ∏ d_i!, the permutations of hidden neurons */
    public BigInteger permutationCount() {
        return system.permutationCount();
    }

    /** @return ∏ h_i^(d_i), the symmetries of σ at the hidden neurons */
    public BigInteger reflectionCount() {
        BigInteger count = BigInteger.ONE;
        for (int i = 1; i < layout.layers(); i++) {
            count = count.multiply(BigInteger.valueOf(neuronOrders[i]).pow(layout.width(i)));
        }
        return count;
    }

    /** @return whether {@link #orbit} enumerates the group (its order is at most {@link #MAX_ENUMERATED}) */
    public boolean enumerable() {
        return order().compareTo(BigInteger.valueOf(MAX_ENUMERATED)) <= 0;
    }

    /** @return the group in words, for the result's notes */
    public String describe() {
        StringBuilder text = new StringBuilder("permutations of hidden neurons (∏ d_i! = " + permutationCount() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!reflectionCount().equals(BigInteger.ONE)) {
            text.append(" × the symmetries of σ per neuron (" + reflectionCount() + ": "); //$NON-NLS-1$ //$NON-NLS-2$
            List<String> layers = new ArrayList<>();
            for (int i = 1; i < layout.layers(); i++) {
                if (neuronOrders[i] > 1) {
                    layers.add("layer " + i + ": " + neuronOrders[i] + "^" + layout.width(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            text.append(String.join(", ", layers)).append(')'); //$NON-NLS-1$
        }
        text.append(", order ").append(order()); //$NON-NLS-1$
        if (sigma != null) {
            text.append("; ").append(sigma.describe()); //$NON-NLS-1$
        }
        return text.toString();
    }

    /**
     * @param unknowns
     *            a point of the normalized fibre
     * @return its images under every group element, normalized again (the point itself first);
     *         images without a normalized representative are left out
     * @throws IllegalStateException
     *             if the group is not {@link #enumerable()}
     */
    public List<Complex[]> orbit(Complex[] unknowns) {
        if (!enumerable()) {
            throw new IllegalStateException("the symmetry group of order " + order() + " is too large to enumerate"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<Complex[]> full = List.<Complex[]>of(system.parameters(unknowns));
        for (int i = 1; i < layout.layers(); i++) {
            List<Complex[]> next = new ArrayList<>();
            for (Complex[] theta : full) {
                for (Complex[] reflected : reflections(theta, i)) {
                    for (int[] permutation : permutations(layout.width(i))) {
                        next.add(permute(reflected, i, permutation));
                    }
                }
            }
            full = next;
        }
        List<Complex[]> images = new ArrayList<>();
        for (Complex[] theta : full) {
            Complex[] image = system.unknowns(theta);
            if (image != null) {
                images.add(image);
            }
        }
        return images;
    }

    /**
     * Sorts fibre points into orbits, numerically: a point joins the orbit of an earlier point
     * when it lies within {@link #ORBIT_TOLERANCE} (relative, in the largest coordinate) of one of
     * that point's images.
     *
     * @param points
     *            points of one normalized fibre
     * @return for each point the number of its orbit, numbered from 0 in order of first appearance
     */
    public int[] orbitsOf(List<Complex[]> points) {
        return orbitsOf(points, this::orbit);
    }

    /**
     * Sorts fibre points into orbits of a finite group, numerically: a point joins the orbit of an
     * earlier point when it lies within {@link #ORBIT_TOLERANCE} (relative, in the largest coordinate)
     * of one of that point's images.
     *
     * @param points
     *            points of one fibre, in the coordinates the orbit map takes
     * @param orbit
     *            a point's images under the group
     * @return for each point the number of its orbit, numbered from 0 in order of first appearance
     */
    public static int[] orbitsOf(List<Complex[]> points, Function<Complex[], List<Complex[]>> orbit) {
        int[] orbitOf = new int[points.size()];
        Arrays.fill(orbitOf, -1);
        int orbits = 0;
        for (int i = 0; i < points.size(); i++) {
            if (orbitOf[i] >= 0) {
                continue;
            }
            orbitOf[i] = orbits;
            List<Complex[]> images = orbit.apply(points.get(i));
            for (int j = i + 1; j < points.size(); j++) {
                Complex[] point = points.get(j);
                if (orbitOf[j] < 0
                        && images.stream().anyMatch(image -> Complex.relativeDistance(image, point) <= ORBIT_TOLERANCE)) {
                    orbitOf[j] = orbits;
                }
            }
            orbits++;
        }
        return orbitOf;
    }

    /** Every choice of s (an h_i-th root of unity) at every neuron of layer i applied to θ. */
    private List<Complex[]> reflections(Complex[] theta, int layer) {
        List<Complex[]> result = List.<Complex[]>of(theta);
        for (int j = 0; j < layout.width(layer) && neuronOrders[layer] > 1; j++) {
            List<Complex[]> next = new ArrayList<>();
            for (Complex[] t : result) {
                for (int k = 0; k < neuronOrders[layer]; k++) {
                    next.add(k == 0 ? t : reflect(t, layer, j, Complex.rootOfUnity(k, neuronOrders[layer])));
                }
            }
            result = next;
        }
        return result;
    }

    /** The symmetry s of σ at neuron j of layer i ({@link MlpLayout#transformNeuron}). */
    private Complex[] reflect(Complex[] theta, int layer, int neuron, Complex s) {
        return layout.transformNeuron(theta, layer, neuron, s, sigma.degree(), real(sigma.center()),
                real(sigma.centerValue()));
    }

    private static Complex real(Rational value) {
        return Complex.real(value.doubleValue());
    }

    /** Neuron j of layer i becomes neuron permutation[j]: rows of W_i and b_i, columns of W_(i+1). */
    private Complex[] permute(Complex[] theta, int layer, int[] permutation) {
        Complex[] t = theta.clone();
        for (int j = 0; j < permutation.length; j++) {
            int to = permutation[j];
            for (int k = 0; k < layout.width(layer - 1); k++) {
                t[layout.weight(layer, to, k)] = theta[layout.weight(layer, j, k)];
            }
            if (layout.hasBias(layer)) {
                t[layout.biasIndex(layer, to)] = theta[layout.biasIndex(layer, j)];
            }
            for (int row = 0; row < layout.width(layer + 1); row++) {
                t[layout.weight(layer + 1, row, to)] = theta[layout.weight(layer + 1, row, j)];
            }
        }
        return t;
    }

    /** @return all permutations of 0 … n − 1 */
    static List<int[]> permutations(int n) {
        List<int[]> result = new ArrayList<>();
        permute(new int[n], new boolean[n], 0, result);
        return result;
    }

    private static void permute(int[] current, boolean[] used, int position, List<int[]> result) {
        if (position == current.length) {
            result.add(current.clone());
            return;
        }
        for (int v = 0; v < current.length; v++) {
            if (!used[v]) {
                used[v] = true;
                current[position] = v;
                permute(current, used, position + 1, result);
                used[v] = false;
            }
        }
    }
}
