// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * The affine symmetries of a polynomial activation σ of degree r ≥ 2, computed from its
 * coefficients (docs/MATHEMATICS.md §4.1): the pairs of affine maps x ↦ s·x + c, y ↦ t·y + e
 * (s ≠ 0) with σ(s·x + c) = t·σ(x) + e identically.
 * <p>
 * <b>Derivation.</b> Comparing the coefficients of x^r gives t = s^r, those of x^(r−1) give
 * c = x0·(1 − s) with the centre x0 = −a_(r−1)/(r·a_r): every symmetry fixes x0. Writing
 * σ(x0 + u) = a_r·u^r + Σ_(k ≤ r−2) b_k·u^k, the identity becomes b_k·s^k = s^r·b_k for
 * 1 ≤ k ≤ r − 2 and e = b_0·(1 − s^r) with b_0 = σ(x0). So if no b_k (1 ≤ k ≤ r − 2) is non-zero,
 * σ is a shifted power and every s ≠ 0 works (the continuous scalings); otherwise s ranges over
 * the g-th roots of unity, g = gcd{r − k : b_k ≠ 0}, a cyclic group of order g whose only
 * rational (and only real) elements are 1 and, when g is even, the reflection s = −1.
 * Example: σ = x³ + x² has x0 = −1/3, σ(x0 + u) = u³ − u/3 + 2/27, g = 2, so
 * σ(−x − 2/3) = −σ(x) + 4/27. Every cubic is point-symmetric about its inflection point.
 * <p>
 * <b>In a network.</b> The symmetry s of one hidden neuron maps its pre-activation z to
 * s·z + x0·(1 − s), which needs a bias on its layer unless x0 = 0 or s = 1, and its output y to
 * s^r·y + σ(x0)·(1 − s^r), which the next layer absorbs by dividing the neuron's outgoing
 * weights by s^r and needs a bias there unless σ(x0) = 0 or s^r = 1 ({@link #neuronOrder}). This
 * is the scaling rule of {@link MlpDimensionBounds} extended to the discrete symmetries.
 */
public final class ActivationSymmetry {

    private final Polynomial sigma;
    private final int degree;
    private final Rational center;
    private final Rational centerValue;
    private final int rootOrder;

    private ActivationSymmetry(Polynomial sigma, int degree, Rational center, Rational centerValue,
            int rootOrder) {
        this.sigma = sigma;
        this.degree = degree;
        this.center = center;
        this.centerValue = centerValue;
        this.rootOrder = rootOrder;
    }

    /**
     * @param sigma
     *            a univariate polynomial of degree at least 2
     * @return its symmetries
     * @throws IllegalArgumentException
     *             if σ is not univariate or has degree below 2 (an affine σ has the whole
     *             two-dimensional affine group as symmetries)
     */
    public static ActivationSymmetry of(Polynomial sigma) {
        Activation activation = new Activation(sigma);
        int r = activation.degree();
        if (r < 2) {
            throw new IllegalArgumentException("an affine activation " + activation //$NON-NLS-1$
                    + " has every affine map as a symmetry; the group is computed for degree ≥ 2"); //$NON-NLS-1$
        }
        // the shift of Activation kills the x^(r−1) term: x0 = −c
        Rational x0 = activation.shift().neg();
        Polynomial centered = sigma.substitute(
                List.of(Polynomial.variable(1, 0).add(Polynomial.constant(1, x0))));
        Rational[] b = centered.univariateCoefficients();
        BigInteger g = BigInteger.ZERO;
        for (int k = 1; k <= r - 2; k++) {
            if (!b[k].isZero()) {
                g = g.gcd(BigInteger.valueOf(r - k));
            }
        }
        return new ActivationSymmetry(sigma, r, x0, b[0], g.intValueExact());
    }

    /** @return σ */
    public Polynomial activation() {
        return sigma;
    }

    /** @return r, the degree of σ */
    public int degree() {
        return degree;
    }

    /** @return x0 = −a_(r−1)/(r·a_r), the point every symmetry fixes */
    public Rational center() {
        return center;
    }

    /** @return σ(x0) */
    public Rational centerValue() {
        return centerValue;
    }

    /** @return true when σ = a·(x − x0)^r + σ(x0): every s ≠ 0 is a symmetry */
    public boolean continuous() {
        return rootOrder == 0;
    }

    /** @return g: the symmetries are the g-th roots of unity s (0 when {@link #continuous()}) */
    public int rootOrder() {
        return rootOrder;
    }

    /**
     * @param s
     *            the factor on the input, a g-th root of unity (any s ≠ 0 when continuous)
     * @return the symmetry with that s: c = x0·(1 − s), t = s^r, e = σ(x0)·(1 − s^r)
     * @throws IllegalArgumentException
     *             if s is not a symmetry
     */
    public AffineSymmetry map(Rational s) {
        boolean allowed = continuous() ? !s.isZero()
                : s.isOne() || s.equals(Rational.MINUS_ONE) && rootOrder % 2 == 0;
        if (!allowed) {
            throw new IllegalArgumentException("x ↦ " + s + "·x + c is no symmetry of σ = " + this.describeSigma() //$NON-NLS-1$ //$NON-NLS-2$
                    + " for any c"); //$NON-NLS-1$
        }
        Rational t = s.pow(degree);
        return new AffineSymmetry(s, center.mul(Rational.ONE.sub(s)), t, centerValue.mul(Rational.ONE.sub(t)));
    }

    /**
     * @return the rational symmetries besides the identity up to the continuous scalings: the
     *         reflection s = −1 when g is even or σ is a shifted power (then it represents the
     *         scalings' sign), else none
     */
    public List<AffineSymmetry> rationalSymmetries() {
        List<AffineSymmetry> maps = new ArrayList<>();
        if (continuous() || rootOrder % 2 == 0) {
            maps.add(map(Rational.MINUS_ONE));
        }
        return maps;
    }

    /**
     * The symmetries one hidden neuron can use in a network.
     *
     * @param biasIn
     *            whether the neuron's layer has a bias (needed to move the centre when x0 ≠ 0)
     * @param biasOut
     *            whether the next layer has a bias (needed to absorb e when σ(x0) ≠ 0)
     * @return the order of the group of usable s, or 0 when it is all of C* (a continuous
     *         scaling, as in {@link MlpDimensionBounds})
     */
    public int neuronOrder(boolean biasIn, boolean biasOut) {
        if (!center.isZero() && !biasIn) {
            return 1;
        }
        if (!centerValue.isZero() && !biasOut) {
            // only the s with s^r = 1 leave e = 0
            return continuous() ? degree : BigInteger.valueOf(rootOrder).gcd(BigInteger.valueOf(degree)).intValue();
        }
        return rootOrder;
    }

    /** @return the group in words */
    public String describe() {
        String prefix = "σ = " + describeSigma() + ": σ(s·(x − x0) + x0) = s^" + degree + "·(σ(x) − σ(x0)) + σ(x0) with x0 = " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + center + ", σ(x0) = " + centerValue; //$NON-NLS-1$
        if (continuous()) {
            return prefix + " for every s ≠ 0 (a shifted power: continuous scalings)"; //$NON-NLS-1$
        }
        if (rootOrder == 1) {
            return prefix + " only for s = 1: no symmetry"; //$NON-NLS-1$
        }
        return prefix + " for the " + rootOrder + "-th roots of unity s (cyclic of order " + rootOrder + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (rootOrder % 2 == 0 ? "; the reflection s = −1 is " + map(Rational.MINUS_ONE) : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String describeSigma() {
        return sigma.toString(List.of("x")); //$NON-NLS-1$
    }

    /**
     * One symmetry σ(s·x + c) = t·σ(x) + e.
     *
     * @param s
     *            the input factor
     * @param c
     *            the input shift
     * @param t
     *            the output factor s^r
     * @param e
     *            the output shift
     */
    public record AffineSymmetry(Rational s, Rational c, Rational t, Rational e) {

        /**
         * @param sigma
         *            a univariate polynomial
         * @return whether σ(s·x + c) − t·σ(x) − e is the zero polynomial (an exact check)
         */
        public boolean holdsFor(Polynomial sigma) {
            Polynomial x = Polynomial.variable(1, 0);
            Polynomial left = sigma.substitute(List.of(x.scale(s).add(Polynomial.constant(1, c))));
            return left.sub(sigma.scale(t)).sub(Polynomial.constant(1, e)).isZero();
        }

        @Override
        public String toString() {
            return "σ(" + s + "·x + " + c + ") = " + t + "·σ(x) + " + e; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }
}
