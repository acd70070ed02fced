// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.internal.param.DensePolynomialSpace;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.poly.Monomials;

/**
 * Lightning self-attention, one layer, no softmax (docs/MATHEMATICS.md §1.4):
 * X ∈ R^{d×t} ↦ Σ_h V_h X Xᵀ K_hᵀ Q_h X over H heads, with V_h ∈ R^{out×d},
 * K_h, Q_h ∈ R^{a×d}. Each of the out·t output entries is a cubic form in the
 * d·t entries of X.
 * <p>
 * <b>Parameters</b> θ, in order: V, K, Q of head 1, each row by row, then
 * those of head 2, …, named {@code V[1,2]}, {@code K[1,2]}, {@code Q[1,2]}
 * (1-based) with one head and {@code V2[1,2]} etc. with several.
 * <p>
 * <b>Ambient space</b> V = (cubic forms in d·t variables)^{out·t}. The
 * input variables are the entries of X row by row, named {@code x_{i,j}}
 * (row i ≤ d, token j ≤ t), variable index (i − 1)·t + (j − 1). The
 * coefficient vector is output-major: entry (1,1), (1,2), …, (1,t), (2,1), …
 * of the out×t output, each in the {@link Monomials} order; coordinates are
 * named {@code y[o,j]:x_{1,1}^2*x_{2,1}} (just the monomial when out·t = 1).
 * <p>
 * <b>Symmetries.</b> f depends on K and Q only through A = KᵀQ: for g ∈ GL(a),
 * (gK, g^{−T}Q) has the same A. When a ≤ d the map (K, Q) ↦ A onto the
 * matrices of rank ≤ a (dimension a(2d − a)) has generic fibres of dimension
 * 2ad − a(2d − a) = a², which is this GL(a)-orbit; when a &gt; d it is onto
 * all d×d matrices with fibres of dimension 2ad − d². Moreover f is linear in
 * V and in A separately, so (λV, A/λ) gives the same f: one more dimension.
 * Symmetry dimension: a² + 1 (a ≤ d), 2ad − d² + 1 (a &gt; d), hence
 * dim M ≤ out·d + min(a(2d − a), d²) − 1. The Jacobian rank meets this
 * bound from t = 2 tokens on for (d, a) = (2,1), (2,2), (3,1), (3,2), (3,3),
 * (4,2) (checked up to t = 4). With t = 1 it is lower as soon as a ≥ 2:
 * f(x) = (Vx)(xᵀAx) then only sees the symmetric part of A, e.g. d = a = 2
 * gives 6 instead of 7; for a = 1 the symmetric part (kqᵀ + qkᵀ)/2 still
 * determines k and q up to order and scale, so t = 1 already attains the
 * bound.
 */
public final class AttentionParametrization extends AbstractParametrization implements PointEvaluation {

    private static final int DEGREE = 3;

    private final int d;
    private final int t;
    private final int a;
    private final int out;
    private final int heads;
    private final Monomials basis;
    private final DensePolynomialSpace space;

    private AttentionParametrization(int d, int t, int a, int out, int heads) {
        this.d = d;
        this.t = t;
        this.a = a;
        this.out = out;
        this.heads = heads;
        this.basis = Monomials.homogeneous(d * t, DEGREE);
        this.space = new DensePolynomialSpace(d * t, DEGREE);
    }

    /**
     * @param d
     *            embedding dimension (rows of X)
     * @param t
     *            number of tokens (columns of X)
     * @param a
     *            rows of K and Q
     * @param out
     *            rows of V
     * @param heads
     *            the number of heads H
     * @return the sizes, computed without building anything
     */
    public static SizeEstimate estimate(int d, int t, int a, int out, int heads) {
        if (d < 1 || t < 1 || a < 1 || out < 1 || heads < 1) {
            throw new IllegalArgumentException("attention sizes must be positive: d=" + d + " t=" + t + " a=" + a //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " out=" + out + " heads=" + heads); //$NON-NLS-1$ //$NON-NLS-2$
        }
        BigInteger ambient = Monomials.count(d * t, DEGREE, true).multiply(BigInteger.valueOf((long) out * t));
        // evaluate() keeps the t·t quadratic forms of G = Xᵀ Kᵀ Q X dense, next to the table of all
        // monomials of degree <= 3 in the d·t entries of X
        BigInteger gram = SizeEstimate.layerSize(t * t, d * t, 2);
        BigInteger table = SizeEstimate.layerSize(1, d * t, DEGREE);
        boolean gramLarger = gram.compareTo(table) >= 0;
        return new SizeEstimate(ambient, heads * ((long) out * d + 2L * a * d), DEGREE, true, gram.max(table),
                gramLarger ? SizeEstimate.describeLayer(1, t * t, d * t, 2) : SizeEstimate.describeLayer(1, 1, d * t, DEGREE));
    }

    /**
     * @param d
     *            embedding dimension
     * @param t
     *            number of tokens
     * @param a
     *            rows of K and Q
     * @param out
     *            rows of V (d in the standard model)
     * @param ambientLimit
     *            the largest acceptable dim V (also bounds the dense working
     *            space of degree ≤ 3)
     * @return the parametrization
     * @throws TooLargeException
     *             if the limit is exceeded
     */
    public static AttentionParametrization create(int d, int t, int a, int out, BigInteger ambientLimit)
            throws TooLargeException {
        return create(d, t, a, out, 1, ambientLimit);
    }

    /**
     * @param heads
     *            the number of heads H, each with its own V, K and Q
     * @return the parametrization of Σ_h V_h X Xᵀ K_hᵀ Q_h X
     * @throws TooLargeException
     *             if the limit is exceeded
     * @see #create(int, int, int, int, BigInteger)
     */
    public static AttentionParametrization create(int d, int t, int a, int out, int heads, BigInteger ambientLimit)
            throws TooLargeException {
        SizeEstimate estimate = estimate(d, t, a, out, heads);
        if (estimate.exceeds(ambientLimit)) {
            throw new TooLargeException(estimate, ambientLimit);
        }
        return new AttentionParametrization(d, t, a, out, heads);
    }

    @Override
    public int parameterCount() {
        return layer().parameterCount();
    }

    @Override
    public int ambientDimension() {
        return basis.size() * out * t;
    }

    /** @return x_{1,1}, …, x_{1,t}, x_{2,1}, …: the entries of X row by row */
    public List<String> inputNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            for (int j = 1; j <= t; j++) {
                names.add("x_{" + i + "," + j + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        return names;
    }

    @Override
    public List<String> coordinateNames() {
        List<String> monomials = basis.names(inputNames());
        List<String> names = new ArrayList<>();
        for (int o = 1; o <= out; o++) {
            for (int j = 1; j <= t; j++) {
                for (String m : monomials) {
                    names.add(out * t == 1 ? m : "y[" + o + "," + j + "]:" + m); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
        return names;
    }

    @Override
    public List<String> parameterNames() {
        return layer().parameterNames();
    }

    /** V X Xᵀ Kᵀ Q X summed over the heads on one matrix X (entries row by row), as matrix products of scalars. */
    @Override
    public <T> T[] evaluateAt(Ring<T> ring, T[] theta, T[] x) {
        checkParameters(theta.length);
        return layer().apply(ring, theta, x);
    }

    @Override
    public SymmetryBound symmetryBound() {
        return layer().symmetry();
    }

    /**
     * @return for every head, the indices in θ of its V and of its K: scaling either by λ and
     *         the head's Q by 1/λ keeps f, two of the symmetries of {@link #symmetryBound()} per
     *         head that a linear normalization can fix
     */
    public List<int[]> scaledParameterGroups() {
        List<int[]> groups = new ArrayList<>();
        for (int h = 0; h < heads; h++) {
            int offset = h * layer().headParameters();
            int[] v = new int[out * d];
            int[] k = new int[a * d];
            for (int i = 0; i < v.length; i++) {
                v[i] = offset + i;
            }
            for (int i = 0; i < k.length; i++) {
                k[i] = offset + v.length + i;
            }
            groups.add(v);
            groups.add(k);
        }
        return groups;
    }

    /** @return d, the rows of X */
    public int rows() {
        return d;
    }

    /** @return a, the rows of K and Q */
    public int keyRows() {
        return a;
    }

    /** @return out, the rows of V */
    public int outputRows() {
        return out;
    }

    /** @return the number of heads */
    public int heads() {
        return heads;
    }

    private AttentionHeads layer() {
        return new AttentionHeads(d, t, a, out, heads);
    }

    @Override
    public <T> T[] evaluate(Ring<T> ring, T[] theta) {
        checkParameters(theta.length);
        T[] coefficients = ring.zeros(ambientDimension());
        for (int h = 0; h < heads; h++) {
            T[] head = evaluateHead(ring, theta, h * layer().headParameters());
            for (int k = 0; k < coefficients.length; k++) {
                coefficients[k] = ring.add(coefficients[k], head[k]);
            }
        }
        return coefficients;
    }

    /** The coefficients of V X Xᵀ Kᵀ Q X for the head whose V starts at {@code vOffset}. */
    private <T> T[] evaluateHead(Ring<T> ring, T[] theta, int vOffset) {
        int kOffset = vOffset + out * d;
        int qOffset = kOffset + a * d;
        List<T[]> vx = linearForms(ring, theta, vOffset, out);
        List<T[]> qx = linearForms(ring, theta, qOffset, a);
        // B = Kᵀ (Q X), d × t linear forms
        List<T[]> b = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < t; j++) {
                T[] bij = ring.zeros(space.size(1));
                for (int c = 0; c < a; c++) {
                    DensePolynomialSpace.addScaled(ring, bij, theta[kOffset + c * d + i], qx.get(c * t + j));
                }
                b.add(bij);
            }
        }
        // G = Xᵀ B, t × t quadratic forms
        List<T[]> g = new ArrayList<>();
        for (int l = 0; l < t; l++) {
            for (int j = 0; j < t; j++) {
                T[] glj = ring.zeros(space.size(2));
                for (int i = 0; i < d; i++) {
                    DensePolynomialSpace.addScaled(ring, glj, ring.one(),
                            space.multiply(ring, space.variable(ring, i * t + l), 1, b.get(i * t + j), 1));
                }
                g.add(glj);
            }
        }
        T[] coefficients = ring.zeros(ambientDimension());
        int perOutput = basis.size();
        int n = space.size();
        for (int o = 0; o < out; o++) {
            for (int j = 0; j < t; j++) {
                T[] f = ring.zeros(space.size(DEGREE));
                for (int l = 0; l < t; l++) {
                    DensePolynomialSpace.addScaled(ring, f, ring.one(),
                            space.multiply(ring, vx.get(o * t + l), 1, g.get(l * t + j), 2));
                }
                int base = (o * t + j) * perOutput;
                for (int v = 0; v < perOutput; v++) {
                    coefficients[base + v] = f[n - 1 - v];
                }
            }
        }
        return coefficients;
    }

    /** (M X)_{r,j} for the rows × d matrix M stored at {@code offset}, row-major over (r, j). */
    private <T> List<T[]> linearForms(Ring<T> ring, T[] theta, int offset, int rows) {
        List<T[]> forms = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < t; j++) {
                T[] form = ring.zeros(space.size(1));
                for (int i = 0; i < d; i++) {
                    DensePolynomialSpace.addScaled(ring, form, theta[offset + r * d + i], space.variable(ring, i * t + j));
                }
                forms.add(form);
            }
        }
        return forms;
    }

    @Override
    public int inputCount() {
        return d * t;
    }

    @Override
    public int outputCount() {
        return out * t;
    }

    @Override
    public String describe() {
        return "lightning self-attention d=" + d + " t=" + t + " a=" + a + " out=" + out //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + (heads == 1 ? ": X ↦ V X Xᵀ Kᵀ Q X" : " heads=" + heads + ": X ↦ Σ_h V_h X Xᵀ K_hᵀ Q_h X") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "; V = " + out * t + " cubic forms in " + d * t + " variables (dim " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ambientDimension() + "); " + parameterCount() + " parameters"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
