// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.List;

import org.neuroalgebra.algebra.number.Ring;

/**
 * A lightning self-attention layer inside a stack of them (docs/MATHEMATICS.md §1.5): the input
 * signals are the d·t entries of X row by row, the outputs the out·t entries of
 * Σ_h V_h X Xᵀ K_hᵀ Q_h X row by row, so the next layer reads them as its X with d = out.
 */
public final class AttentionLayerMap implements LayerMap {

    private final AttentionHeads layer;

    /**
     * @param d
     *            the rows of X
     * @param t
     *            the tokens
     * @param a
     *            the rows of K_h and Q_h
     * @param out
     *            the rows of V_h, the next layer's d
     * @param heads
     *            the number of heads
     */
    public AttentionLayerMap(int d, int t, int a, int out, int heads) {
        if (d < 1 || t < 1 || a < 1 || out < 1 || heads < 1) {
            throw new IllegalArgumentException("attention sizes must be positive: d=" + d + " t=" + t + " a=" + a //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " out=" + out + " heads=" + heads); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.layer = new AttentionHeads(d, t, a, out, heads);
    }

    @Override
    public int inputWidth() {
        return layer.d() * layer.t();
    }

    @Override
    public int outputWidth() {
        return layer.out() * layer.t();
    }

    @Override
    public int parameterCount() {
        return layer.parameterCount();
    }

    @Override
    public List<String> parameterNames() {
        return layer.parameterNames();
    }

    @Override
    public int degree() {
        return 3;
    }

    @Override
    public boolean preservesForms() {
        return true;
    }

    @Override
    public <S> S[] apply(Ring<S> ring, S[] parameters, S[] inputs) {
        return layer.apply(ring, parameters, inputs);
    }

    @Override
    public SymmetryBound symmetry() {
        return layer.symmetry();
    }

    /** @return the rows of this layer's input X */
    public int rows() {
        return layer.d();
    }

    /** @return the rows of K_h and Q_h */
    public int keyRows() {
        return layer.a();
    }

    /** @return the number of heads */
    public int heads() {
        return layer.heads();
    }

    /** @return the rows of this layer's output */
    public int outputRows() {
        return layer.out();
    }

    @Override
    public String describe() {
        return "attention d=" + layer.d() + " a=" + layer.a() + " out=" + layer.out() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (layer.heads() > 1 ? " heads=" + layer.heads() : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
