// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomials;

/**
 * Proven upper bounds for the dimension of the neuromanifold M of an MLP with
 * widths (d_0, …, d_L), per-layer biases and activation σ of degree r.
 * <p>
 * <b>Scalings (r ≥ 2).</b> Call hidden layer i <em>scalable</em> when σ =
 * a(x + c)^r + e and (c = 0 or layer i has a bias) and (e = 0 or layer i + 1
 * has a bias). Then for each neuron j of layer i and λ ≠ 0, replacing row j of
 * W_i by λ·row and b_i[j] by λ(b_i[j] + c) − c turns the neuron's output σ(z)
 * into λ^r(σ(z) − e) + e; dividing column j of W_{i+1} by λ^r and adding
 * (1 − λ^{−r})·e·(that column) to b_{i+1} restores f_θ. For generic θ
 * (all weights non-zero) only finitely many such λ fix θ (read the weights
 * from the last layer backwards), so the generic fibre has dimension at least
 * Σ d_i over scalable layers. A monomial σ = a·x^r has c = e = 0 and is always
 * scalable (docs/MATHEMATICS.md §3); every quadratic is a shifted power. For any other σ
 * no continuous symmetry is claimed: the bound is then weaker, never wrong.
 * <p>
 * <b>Composition (r ≥ 2).</b> For a hidden layer i, f = g ∘ h with h = σ ∘ p,
 * p in the neuromanifold of the prefix network (d_0, …, d_i) (ending with α_i,
 * no σ) and g in that of the suffix network (d_i, …, d_L). So M lies in the
 * image of the composition map M_g × σ(M_p) → V, and dim σ(M_p) ≤ dim M_p. When
 * layer i is scalable, the maps τ_t(y)_j = t_j y_j + (1 − t_j)e, t ∈
 * (C*)^{d_i}, give (g ∘ τ_t^{−1}, τ_t ∘ h) with the same composite, both
 * again realizable (as above), and τ_t ∘ h ≠ h for t ≠ 1 because generic
 * neuron outputs are not constant; so every fibre of the composition map
 * contains a d_i-dimensional family and dim M ≤ ub(g) + ub(p) − d_i
 * (without scalings: dim M ≤ ub(g) + ub(p)). The bound ub of a network is
 * the minimum of its dim V, its dim Θ − scalings, and these composition
 * bounds, recursively. Here dim V is refined to the monomials of the degrees
 * that can occur (see {@link #ambient}): an odd σ without biases, say, only
 * produces odd degrees. Example: σ = x², (2,2,3,4,1): p = (2,2) has ub 4,
 * g = (2,3,4,1) has ub = dim(binary quartics) = 5, so dim M ≤ 4 + 5 − 2 = 7
 * &lt; 9 = dim V. For (2,2,1,1) at layer 2: ub(2,2,1) = 3 (binary quadrics),
 * ub(1,1) = 1, so dim M ≤ 3 + 1 − 1 = 3.
 * <p>
 * <b>Power sums.</b> A network (or sub-network) with one hidden layer and one
 * output is a sum of r-th powers of affine forms, whose dimension the
 * Alexander–Hirschowitz theorem gives exactly ({@link PowerSumDimension}).
 * This is what certifies the classified defective shallow networks such as
 * σ = x⁴, (3,5,1): dim M = 14 &lt; 15 = dim V; the composition bound carries it
 * into deeper networks that contain such a block.
 * <p>
 * <b>Quadratic blocks (r = 2).</b> If σ = a(x + c)² + e, hidden layer i is
 * scalable and d_{i+1} = 1, the pre-activation of the single neuron of layer
 * i + 1 is a·uᵀ diag(v) u + const with u = [W_i | b_i + c·1]·h̃, where h̃ is
 * the output of layer i − 1 (with a constant 1 appended when layer i has a
 * bias; m entries) and v = W_{i+1}. So f depends on (W_i, b_i, v) only through
 * the symmetric m × m matrix S = [W_i | b_i + c·1]ᵀ diag(v) [W_i | b_i + c·1]
 * of rank ≤ k = min(d_i, m), a variety of dimension km − k(k − 1)/2. Replacing
 * the d_i·m + d_i parameters of the block by S, and keeping the scalings of the
 * other layers (they act on S and on the remaining weights as before, and are
 * still pinned down from the last layer backwards), gives dim M ≤ dim Θ −
 * (d_i·m + d_i) + km − k(k − 1)/2 − Σ_{scalable l ≠ i} d_l. For d_i ≤ m this is
 * the scaling bound improved by the orthogonal group of diag(v), of dimension
 * d_i(d_i − 1)/2. Example: σ = x², (3,2,1): S is a ternary quadratic form of
 * rank ≤ 2, dim M ≤ 5 &lt; 6.
 * <p>
 * <b>Affine σ = a·x + c (r = 1)</b>: f_θ(x) = Wx + b with W = a^{L−1}W_L⋯W_1,
 * so M is known exactly. Let ρ = min_i d_i. Without any non-zero bias
 * (no b_i and c = 0), M is the determinantal variety of d_L × d_0 matrices of
 * rank ≤ ρ, of dimension ρ(d_0 + d_L − ρ) (docs/MATHEMATICS.md §1.2). Otherwise let k be
 * the last layer that adds a constant (it has a bias, or k &lt; L and c ≠ 0),
 * ρ_top = min(d_k, …, d_L), ρ_bot = min(d_0, …, d_k). Then [W | b] =
 * P·[Q | β] with P = W_L⋯W_{k+1} of rank ≤ ρ_top, Q = W_k⋯W_1 of rank ≤ ρ_bot
 * and β a generic vector (GL(d_k) moves a fixed constant c·(1,…,1) to any
 * vector while keeping P and Q generic). If ρ_top ≤ ρ_bot, b lies in the
 * ρ-dimensional column space of W and dim M = ρ(d_0 + 1 + d_L − ρ); otherwise
 * b is free and dim M = ρ(d_0 + d_L − ρ) + d_L. The symmetry dimension is
 * then the exact generic fibre dimension dim Θ − dim M. It equals Σ d_i² (the
 * group GL(d_i) at each hidden layer) or, with biases on every layer, Σ (d_i²
 * + d_i) (the affine groups) only when GL acts freely: for (2,3,2) the fibre
 * has dimension 8, not 9 = dim GL(3).
 */
final class MlpDimensionBounds {

    /** Above this network degree the occurring degrees are not tracked (dim V is astronomical anyway). */
    private static final int MAX_TRACKED_DEGREE = 4096;

    private final int[] d;
    private final boolean[] bias;
    private final Activation sigma;
    private final int layers;
    private final long[][] memo;

    MlpDimensionBounds(int[] widths, boolean[] bias, Activation sigma) {
        this.d = widths;
        this.bias = bias;
        this.sigma = sigma;
        this.layers = widths.length - 1;
        this.memo = new long[layers + 1][layers + 1];
    }

    SymmetryBound symmetry() {
        if (sigma.isAffine()) {
            long fibre = parameters(0, layers) - affineDimension();
            return new SymmetryBound(Math.toIntExact(fibre), "σ is affine, so M is the variety of affine maps " //$NON-NLS-1$
                    + "x ↦ Wx + b with rank W ≤ " + minWidth(0, layers) + " (see MlpDimensionBounds); " //$NON-NLS-1$ //$NON-NLS-2$
                    + "the generic fibre dimension is dim Θ − dim M = " + fibre); //$NON-NLS-1$
        }
        List<String> parts = new ArrayList<>();
        int total = 0;
        for (int i = 1; i < layers; i++) {
            if (scalable(i)) {
                total += d[i];
                parts.add("layer " + i + ": " + d[i]); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (total == 0) {
            return new SymmetryBound(0, sigma.isShiftedPower()
                    ? "σ = " + sigma + " is a shifted power, but no hidden layer has the biases its scaling needs" //$NON-NLS-1$ //$NON-NLS-2$
                    : "no continuous symmetry known for σ = " + sigma); //$NON-NLS-1$
        }
        return new SymmetryBound(total, "one scaling per hidden neuron (" + String.join(", ", parts) //$NON-NLS-1$ //$NON-NLS-2$
                + "): σ(λ(z + c) − c) = λ^r(σ(z) − e) + e for σ = a(x + c)^r + e, here c = " //$NON-NLS-1$
                + sigma.shift() + ", e = " + sigma.offset() + ", r = " + sigma.degree()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    UpperBound upperBound() {
        if (sigma.isAffine()) {
            long dim = affineDimension();
            return new UpperBound(Math.toIntExact(dim), "σ is affine: M is a known determinantal variety of dimension " //$NON-NLS-1$
                    + dim);
        }
        List<String> terms = new ArrayList<>();
        long best = ambient(0, layers);
        BitSet degrees = degrees(0, layers);
        terms.add(degrees == null ? "dim V = " + best //$NON-NLS-1$
                : "dim of the span of the monomials of the degrees " + degrees + " that occur = " + best); //$NON-NLS-1$ //$NON-NLS-2$
        long quotient = parameters(0, layers) - scalings(0, layers);
        terms.add("dim Θ − scalings = " + parameters(0, layers) + " − " + scalings(0, layers) + " = " + quotient); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        best = Math.min(best, quotient);
        if (isPowerSum(0, layers)) {
            long powerSums = powerSumBound(0);
            terms.add("sums of " + d[1] + " " + sigma.degree() + "-th powers of linear forms in " //$NON-NLS-1$ //$NON-NLS-2$
                    + powerSumVariables(0) + " variables (Alexander–Hirschowitz" //$NON-NLS-1$
                    + (PowerSumDimension.isDefective(powerSumVariables(0), sigma.degree(), d[1]) ? ", a defective case" : "") //$NON-NLS-1$ //$NON-NLS-2$
                    + ")" + (powerSumConstant(0) ? " plus a constant" : "") + " = " + powerSums); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            best = Math.min(best, powerSums);
        }
        for (int i = 1; i < layers; i++) {
            if (quadraticBlock(i)) {
                long block = quadraticBlockBound(0, i, layers);
                terms.add("quadratic block at hidden layer " + i + ": symmetric " + blockInputs(i) + "×" //$NON-NLS-1$ //$NON-NLS-2$
                        + blockInputs(i) + " matrices of rank ≤ " + Math.min(d[i], blockInputs(i)) + " give " + block); //$NON-NLS-1$ //$NON-NLS-2$
                best = Math.min(best, block);
            }
        }
        for (int i = 1; i < layers; i++) {
            long composition = composition(0, i, layers);
            terms.add("composition at hidden layer " + i + ": ub" + widths(0, i) + " + ub" + widths(i, layers) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " − " + (scalable(i) ? d[i] : 0) + " = " + bound(0, i) + " + " + bound(i, layers) + " − " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + (scalable(i) ? d[i] : 0) + " = " + composition); //$NON-NLS-1$
            best = Math.min(best, composition);
        }
        return new UpperBound(Math.toIntExact(best), "min(" + String.join("; ", terms) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** ub of the network with widths d_a, …, d_b (layers a+1..b, σ between them). */
    private long bound(int a, int b) {
        if (memo[a][b] == 0) {
            long best = Math.min(ambient(a, b), parameters(a, b) - scalings(a, b));
            if (isPowerSum(a, b)) {
                best = Math.min(best, powerSumBound(a));
            }
            for (int i = a + 1; i < b; i++) {
                best = Math.min(best, composition(a, i, b));
                if (quadraticBlock(i)) {
                    best = Math.min(best, quadraticBlockBound(a, i, b));
                }
            }
            memo[a][b] = best + 1; // shifted so that 0 means "not computed"
        }
        return memo[a][b] - 1;
    }

    private long composition(int a, int i, int b) {
        return bound(a, i) + bound(i, b) - (scalable(i) ? d[i] : 0);
    }

    /**
     * A single hidden layer and a single output with σ = a(x + c)^r + e: f is
     * a sum of d_{a+1} r-th powers of affine forms (linear forms in one more
     * variable when the hidden layer has a bias or c ≠ 0; fixing that
     * variable's coefficient to c only shrinks the image), plus a constant when
     * the output has a bias or e ≠ 0.
     */
    private boolean isPowerSum(int a, int b) {
        return b == a + 2 && d[b] == 1 && sigma.isShiftedPower() && sigma.degree() >= 2;
    }

    private long powerSumBound(int a) {
        long sums = PowerSumDimension.of(powerSumVariables(a), sigma.degree(), d[a + 1]);
        return powerSumConstant(a) ? sums + 1 : sums;
    }

    private int powerSumVariables(int a) {
        return d[a] + (bias[a] || !sigma.shift().isZero() ? 1 : 0);
    }

    private boolean powerSumConstant(int a) {
        return bias[a + 1] || !sigma.offset().isZero();
    }

    private boolean quadraticBlock(int i) {
        return sigma.degree() == 2 && scalable(i) && d[i + 1] == 1;
    }

    /** m: the outputs of layer i − 1 that feed layer i, plus one for its bias. */
    private int blockInputs(int i) {
        return d[i - 1] + (bias[i - 1] ? 1 : 0);
    }

    private long quadraticBlockBound(int a, int i, int b) {
        long m = blockInputs(i);
        long k = Math.min(d[i], m);
        long blockParameters = d[i] * m + d[i];
        long symmetricRankK = k * m - k * (k - 1) / 2;
        return parameters(a, b) - blockParameters + symmetricRankK - (scalings(a, b) - d[i]);
    }

    private boolean scalable(int i) {
        return sigma.isShiftedPower() && (sigma.shift().isZero() || bias[i - 1])
                && (sigma.offset().isZero() || bias[i]);
    }

    private long scalings(int a, int b) {
        long total = 0;
        for (int i = a + 1; i < b; i++) {
            total += scalable(i) ? d[i] : 0;
        }
        return total;
    }

    private long parameters(int a, int b) {
        long total = 0;
        for (int i = a + 1; i <= b; i++) {
            total += (long) d[i] * d[i - 1] + (bias[i - 1] ? d[i] : 0);
        }
        return total;
    }

    /**
     * The dimension of the span of the monomials whose degree can occur in
     * the sub-network (a..b), saturated at Long.MAX_VALUE. Inputs have
     * degree 1; a bias adds degree 0; σ = Σ c_k x^k maps a set S of degrees to
     * the union of the k-fold sums of S over k with c_k ≠ 0. This is dim V when
     * all degrees up to D occur (or only D, in the homogeneous case), and
     * smaller for instance for odd σ without biases.
     */
    private long ambient(int a, int b) {
        BitSet degrees = degrees(a, b);
        if (degrees == null) {
            return Long.MAX_VALUE;
        }
        BigInteger count = BigInteger.ZERO;
        for (int e = degrees.nextSetBit(0); e >= 0; e = degrees.nextSetBit(e + 1)) {
            count = count.add(Monomials.count(d[a], e, true));
        }
        count = count.multiply(BigInteger.valueOf(d[b]));
        return count.bitLength() < 63 ? count.longValue() : Long.MAX_VALUE;
    }

    /** @return the degrees that can occur, or null when D is too large to track them */
    private BitSet degrees(int a, int b) {
        BigInteger maxDegree = BigInteger.valueOf(sigma.degree()).pow(b - a - 1);
        if (maxDegree.compareTo(BigInteger.valueOf(MAX_TRACKED_DEGREE)) > 0) {
            return null;
        }
        Rational[] c = sigma.coefficients();
        BitSet degrees = new BitSet();
        degrees.set(1);
        for (int i = a + 1; i <= b; i++) {
            if (bias[i - 1]) {
                degrees.set(0);
            }
            if (i < b) {
                BitSet next = new BitSet();
                BitSet power = new BitSet();
                power.set(0);
                for (int k = 0; k < c.length; k++) {
                    if (!c[k].isZero()) {
                        next.or(power);
                    }
                    power = sumSet(power, degrees);
                }
                degrees = next;
            }
        }
        return degrees;
    }

    private static BitSet sumSet(BitSet x, BitSet y) {
        BitSet sum = new BitSet();
        for (int i = x.nextSetBit(0); i >= 0; i = x.nextSetBit(i + 1)) {
            for (int j = y.nextSetBit(0); j >= 0; j = y.nextSetBit(j + 1)) {
                sum.set(i + j);
            }
        }
        return sum;
    }

    private long affineDimension() {
        long rho = minWidth(0, layers);
        long inner = rho * (d[0] + d[layers] - rho);
        int k = lastConstantLayer();
        if (k < 0) {
            return inner;
        }
        long top = minWidth(k, layers);
        long bottom = minWidth(0, k);
        return top <= bottom ? inner + rho : inner + d[layers];
    }

    /** @return the last layer that adds a constant vector, or -1 */
    private int lastConstantLayer() {
        boolean constantActivation = !sigma.coefficients()[0].isZero();
        for (int i = layers; i >= 1; i--) {
            if (bias[i - 1] || i < layers && constantActivation) {
                return i;
            }
        }
        return -1;
    }

    private int minWidth(int a, int b) {
        int min = Integer.MAX_VALUE;
        for (int i = a; i <= b; i++) {
            min = Math.min(min, d[i]);
        }
        return min;
    }

    private String widths(int a, int b) {
        StringBuilder sb = new StringBuilder("("); //$NON-NLS-1$
        for (int i = a; i <= b; i++) {
            sb.append(i > a ? "," : "").append(d[i]); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return sb.append(')').toString();
    }
}
