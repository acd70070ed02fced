// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.param;

import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.number.Ring;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * A univariate polynomial activation σ and the structural facts about it
 * that decide the symmetries of a network: its degree r, whether it is a
 * monomial a·x^r, and whether it is a shifted power a·(x + c)^r + e.
 */
final class Activation {

    private final Polynomial polynomial;
    private final Rational[] coefficients;
    private final int degree;
    private final Rational shift;
    private final Rational offset;
    private final boolean shiftedPower;

    Activation(Polynomial polynomial) {
        if (polynomial.variableCount() != 1) {
            throw new IllegalArgumentException("an activation is a polynomial in one variable, not " //$NON-NLS-1$
                    + polynomial.variableCount());
        }
        if (polynomial.degree() < 1) {
            throw new IllegalArgumentException("a constant activation " + polynomial + " makes every network constant"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        this.polynomial = polynomial;
        this.coefficients = polynomial.univariateCoefficients();
        this.degree = polynomial.degree();
        Rational a = coefficients[degree];
        // the only shift that can work kills the x^(r-1) term: c = coeff_(r-1) / (r·a)
        this.shift = coefficients[degree - 1].div(a.mul(Rational.of(degree)));
        Polynomial x = Polynomial.variable(1, 0);
        Polynomial shifted = compose(x.sub(Polynomial.constant(1, shift)));
        this.offset = shifted.coefficient(Monomial.of(0));
        this.shiftedPower = shifted.sub(Polynomial.constant(1, offset)).termCount() == 1;
    }

    private Polynomial compose(Polynomial inner) {
        Polynomial result = Polynomial.zero(1);
        for (int k = degree; k >= 0; k--) {
            result = result.mul(inner).add(Polynomial.constant(1, coefficients[k]));
        }
        return result;
    }

    Polynomial polynomial() {
        return polynomial;
    }

    /** @return c_k, the coefficient of x^k, for k = 0..r */
    Rational[] coefficients() {
        return coefficients.clone();
    }

    /**
     * σ(z) for one scalar z by Horner's rule, (…(c_r z + c_{r−1}) z + …) z + c_0, skipping the
     * multiplications by one and the additions of zero (which for a tape would be nodes).
     */
    <T> T applyAt(Ring<T> ring, T z) {
        int r = coefficients.length - 1;
        T acc = coefficients[r].equals(Rational.ONE) ? z : ring.mul(ring.fromRational(coefficients[r]), z);
        for (int k = r - 1; k >= 0; k--) {
            if (!coefficients[k].isZero()) {
                acc = ring.add(acc, ring.fromRational(coefficients[k]));
            }
            if (k > 0) {
                acc = ring.mul(acc, z);
            }
        }
        return acc;
    }

    /** @return r */
    int degree() {
        return degree;
    }

    /** @return true for a·x^r, including a·x */
    boolean isMonomial() {
        return polynomial.termCount() == 1;
    }

    /** @return true for a·x + e */
    boolean isAffine() {
        return degree == 1;
    }

    /** @return true if σ = a·(x + c)^r + e; every quadratic and affine σ is */
    boolean isShiftedPower() {
        return shiftedPower;
    }

    /** @return c in σ = a·(x + c)^r + e (meaningful when {@link #isShiftedPower()}) */
    Rational shift() {
        return shift;
    }

    /** @return e = σ(−c) in σ = a·(x + c)^r + e */
    Rational offset() {
        return offset;
    }

    @Override
    public String toString() {
        return polynomial.toString(List.of("x")); //$NON-NLS-1$
    }
}
