// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.residual;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.param.LayerMap;
import org.neuroalgebra.algebra.param.LayerMaps;
import org.neuroalgebra.algebra.param.SymmetryBound;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.model.Layer;
import org.neuroalgebra.model.layers.LayerAttribute;
import org.neuroalgebra.model.layers.LayerAttribute.Type;
import org.neuroalgebra.model.layers.LayerCheck;
import org.neuroalgebra.model.layers.LayerKind;
import org.neuroalgebra.model.layers.LayerShape;
import org.neuroalgebra.model.layers.LayerValues;
import org.osgi.service.component.annotations.Component;

/**
 * The residual (skip) block, an example of a layer kind contributed by a bundle the core does not
 * know: {@code residual hidden=H activation="σ" [bias=B]} computes
 * <pre>
 * f(x) = x + W₂ σ(W₁ x + b₁) + b₂
 * </pre>
 * with W₁ of size H × n, W₂ of size n × H, so that the output has the input's width n. Its layers
 * are stored as {@link org.neuroalgebra.model.ExtensionLayer}s by the defaults of {@link LayerKind};
 * the kind only declares its attributes, checks a layer and builds its {@link LayerMap}.
 */
@Component(service = LayerKind.class)
public class ResidualKind implements LayerKind {

    /** The keyword that starts a residual layer's line. */
    public static final String KEYWORD = "residual"; //$NON-NLS-1$

    static final String HIDDEN = "hidden"; //$NON-NLS-1$
    static final String ACTIVATION = "activation"; //$NON-NLS-1$
    static final String BIAS = "bias"; //$NON-NLS-1$

    @Override
    public String keyword() {
        return KEYWORD;
    }

    @Override
    public String label() {
        return "Residual block"; //$NON-NLS-1$
    }

    @Override
    public String iconPath() {
        return "icons/residual.png"; //$NON-NLS-1$
    }

    @Override
    public String help() {
        return "A skip connection around a hidden layer: f(x) = x + W₂ σ(W₁ x + b₁) + b₂, " //$NON-NLS-1$
                + "with H hidden units; the output has the width of the input."; //$NON-NLS-1$
    }

    @Override
    public List<LayerAttribute> attributes() {
        return List.of(LayerAttribute.required(HIDDEN, Type.POSITIVE_INTEGER, "the number of hidden units H"), //$NON-NLS-1$
                LayerAttribute.required(ACTIVATION, Type.POLYNOMIAL, "σ, a polynomial in x of degree at least 1"), //$NON-NLS-1$
                LayerAttribute.optional(BIAS, Type.BOOLEAN, "true", "whether the block adds the biases b₁ and b₂")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * The output has the input's width n; the parameters are W₁ and W₂ (2nH) and, with biases, b₁
     * and b₂ (H + n); the degree is that of σ (the skip term x keeps degree 1 ≤ deg σ). The block
     * never maps forms to forms: x and W₂ σ(W₁ x) have different degrees unless σ is linear.
     */
    @Override
    public LayerShape check(Layer layer, LayerCheck check) {
        int hidden = LayerValues.integer(this, layer, HIDDEN);
        if (hidden < 1) {
            check.error(HIDDEN, "residual block needs hidden=H with H ≥ 1"); //$NON-NLS-1$
            return null;
        }
        Polynomial sigma = check.polynomial(ACTIVATION, ACTIVATION);
        if (sigma == null) {
            return null;
        }
        if (sigma.degree() < 1) {
            check.error(ACTIVATION, "activation must have degree at least 1"); //$NON-NLS-1$
            return null;
        }
        long n = Math.max(check.inputWidth(), 0);
        boolean bias = LayerValues.bool(this, layer, BIAS);
        long parameters = 2 * n * hidden + (bias ? hidden + n : 0);
        return new LayerShape((int) n, parameters, sigma.degree(), false);
    }

    @Override
    public LayerMap map(Layer layer, int inputWidth) {
        return new ResidualMap(inputWidth, LayerValues.integer(this, layer, HIDDEN),
                LayerValues.polynomial(this, layer, ACTIVATION), LayerValues.bool(this, layer, BIAS));
    }

    /**
     * The map of one block. Parameters in order: W₁ row by row, b₁ (with bias), W₂ row by row,
     * b₂ (with bias), as {@link LayerMaps#affine} reads them.
     */
    record ResidualMap(int width, int hidden, Polynomial sigma, boolean bias) implements LayerMap {

        @Override
        public int inputWidth() {
            return width;
        }

        @Override
        public int outputWidth() {
            return width;
        }

        @Override
        public int parameterCount() {
            return 2 * width * hidden + (bias ? hidden + width : 0);
        }

        private int secondOffset() {
            return hidden * width + (bias ? hidden : 0);
        }

        @Override
        public List<String> parameterNames() {
            List<String> names = new ArrayList<>();
            affineNames(names, "W1", "b1", hidden, width); //$NON-NLS-1$ //$NON-NLS-2$
            affineNames(names, "W2", "b2", width, hidden); //$NON-NLS-1$ //$NON-NLS-2$
            return names;
        }

        private void affineNames(List<String> names, String matrix, String vector, int rows, int cols) {
            for (int r = 1; r <= rows; r++) {
                for (int c = 1; c <= cols; c++) {
                    names.add(matrix + "[" + r + "," + c + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            if (bias) {
                for (int r = 1; r <= rows; r++) {
                    names.add(vector + "[" + r + "]"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }

        @Override
        public int degree() {
            return Math.max(1, sigma.degree());
        }

        @Override
        public <S> S[] apply(Ring<S> ring, S[] parameters, S[] x) {
            S[] h = LayerMaps.affine(ring, parameters, 0, x, hidden, bias);
            S[] s = LayerMaps.activate(ring, sigma, h);
            S[] y = LayerMaps.affine(ring, parameters, secondOffset(), s, width, bias);
            S[] out = ring.zeros(width);
            for (int i = 0; i < width; i++) {
                out[i] = ring.add(x[i], y[i]);
            }
            return out;
        }

        /**
         * When σ = c·x^r and there is no bias, scaling hidden unit j's row of W₁ by t and its
         * column of W₂ by t^(−r) leaves f unchanged: one dimension per hidden unit. With a bias
         * or another σ no continuous symmetry is claimed (knowing fewer is safe).
         */
        @Override
        public SymmetryBound symmetry() {
            if (bias || sigma.termCount() != 1) {
                return SymmetryBound.NONE;
            }
            return new SymmetryBound(hidden, "rescaling each of the " + hidden //$NON-NLS-1$
                    + " hidden units of the residual block (σ is a monomial, no bias)"); //$NON-NLS-1$
        }

        @Override
        public String describe() {
            return "residual " + width + " → " + hidden + " → " + width + ", σ = " + sigma.toString(List.of("x")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    + (bias ? "" : " without bias"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
