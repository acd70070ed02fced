// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Ring;

/**
 * One lightning self-attention layer with H heads, X ↦ Σ_h V_h X Xᵀ K_hᵀ Q_h X on a d × t
 * input, in ring operations: what {@link AttentionParametrization} evaluates at points and what
 * {@link AttentionLayerMap} applies to polynomial signals in a stack.
 *
 * @param d
 *            the rows of X
 * @param t
 *            the tokens (columns of X)
 * @param a
 *            the rows of K_h and Q_h
 * @param out
 *            the rows of V_h
 * @param heads
 *            H
 */
record AttentionHeads(int d, int t, int a, int out, int heads) {

    /** @return the parameters of one head: V, K, Q */
    int headParameters() {
        return out * d + 2 * a * d;
    }

    int parameterCount() {
        return heads * headParameters();
    }

    /** @return V[1,1], …, K[1,1], …, Q[1,1], … per head; V2[1,1], … for the second of several heads */
    List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int h = 1; h <= heads; h++) {
            String suffix = heads == 1 ? "" : Integer.toString(h); //$NON-NLS-1$
            addMatrixNames(names, "V" + suffix, out); //$NON-NLS-1$
            addMatrixNames(names, "K" + suffix, a); //$NON-NLS-1$
            addMatrixNames(names, "Q" + suffix, a); //$NON-NLS-1$
        }
        return names;
    }

    private void addMatrixNames(List<String> names, String matrix, int rows) {
        for (int r = 1; r <= rows; r++) {
            for (int c = 1; c <= d; c++) {
                names.add(matrix + "[" + r + "," + c + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
    }

    /**
     * @param theta
     *            the parameters, {@link #parameterCount()} of them
     * @param x
     *            the entries of X row by row
     * @return the out × t output row by row
     */
    <T> T[] apply(Ring<T> ring, T[] theta, T[] x) {
        if (x.length != d * t) {
            throw new IllegalArgumentException("expected " + d * t + " inputs, got " + x.length); //$NON-NLS-1$ //$NON-NLS-2$
        }
        T[] f = ring.zeros(out * t);
        for (int h = 0; h < heads; h++) {
            T[] head = applyHead(ring, theta, h * headParameters(), x);
            for (int k = 0; k < f.length; k++) {
                f[k] = ring.add(f[k], head[k]);
            }
        }
        return f;
    }

    private <T> T[] applyHead(Ring<T> ring, T[] theta, int vOffset, T[] x) {
        int kOffset = vOffset + out * d;
        int qOffset = kOffset + a * d;
        T[] vx = product(ring, theta, vOffset, out, x);
        T[] qx = product(ring, theta, qOffset, a, x);
        // B = Kᵀ (Q X), d × t
        T[] b = ring.zeros(d * t);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < t; j++) {
                for (int c = 0; c < a; c++) {
                    b[i * t + j] = ring.mulAdd(b[i * t + j], theta[kOffset + c * d + i], qx[c * t + j]);
                }
            }
        }
        // G = Xᵀ B, t × t
        T[] g = ring.zeros(t * t);
        for (int l = 0; l < t; l++) {
            for (int j = 0; j < t; j++) {
                for (int i = 0; i < d; i++) {
                    g[l * t + j] = ring.mulAdd(g[l * t + j], x[i * t + l], b[i * t + j]);
                }
            }
        }
        T[] f = ring.zeros(out * t);
        for (int o = 0; o < out; o++) {
            for (int j = 0; j < t; j++) {
                for (int l = 0; l < t; l++) {
                    f[o * t + j] = ring.mulAdd(f[o * t + j], vx[o * t + l], g[l * t + j]);
                }
            }
        }
        return f;
    }

    /** M X for the rows × d matrix M stored at {@code offset}, row-major over (r, j). */
    private <T> T[] product(Ring<T> ring, T[] theta, int offset, int rows, T[] x) {
        T[] result = ring.zeros(rows * t);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < t; j++) {
                for (int i = 0; i < d; i++) {
                    result[r * t + j] = ring.mulAdd(result[r * t + j], theta[offset + r * d + i], x[i * t + j]);
                }
            }
        }
        return result;
    }

    /**
     * @return the symmetries of the layer's parameters (see {@link AttentionParametrization}): per
     *         head GL(a) on (K, Q) (or the fibres of (K, Q) ↦ KᵀQ when a &gt; d) and the scaling
     *         (λV, KᵀQ/λ); with several heads and a ≥ d, GL(H) mixing them
     */
    SymmetryBound symmetry() {
        String perHead;
        int headSymmetry;
        if (a <= d) {
            headSymmetry = a * a + 1;
            perHead = "GL(" + a + ") acting on (K, Q) by (gK, g^(−T)Q), a² = " + a * a //$NON-NLS-1$ //$NON-NLS-2$
                    + ", plus the scaling (λV, KᵀQ/λ)"; //$NON-NLS-1$
        } else {
            headSymmetry = 2 * a * d - d * d + 1;
            perHead = "fibres of (K, Q) ↦ KᵀQ onto all " + d + "×" + d //$NON-NLS-1$ //$NON-NLS-2$
                    + " matrices (a > d), 2ad − d² = " + (2 * a * d - d * d) + ", plus the scaling (λV, KᵀQ/λ)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (heads == 1) {
            return new SymmetryBound(headSymmetry, perHead);
        }
        String derivation = heads + " heads × " + headSymmetry + " (" + perHead + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (a >= d && heads <= Math.min(out * d, d * d)) {
            return new SymmetryBound(heads * (headSymmetry - 1) + heads * heads, derivation
                    + ", where the head scalings are part of GL(" + heads + ") mixing the heads: every KᵀQ is an arbitrary " //$NON-NLS-1$ //$NON-NLS-2$
                    + d + "×" + d + " matrix (a ≥ d), so Σ_h V_h ⊗ K_hᵀQ_h is a matrix of rank ≤ " + heads //$NON-NLS-1$ //$NON-NLS-2$
                    + " whose factorizations form GL(" + heads + ")-orbits of dimension " + heads * heads); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new SymmetryBound(heads * headSymmetry, derivation);
    }
}
