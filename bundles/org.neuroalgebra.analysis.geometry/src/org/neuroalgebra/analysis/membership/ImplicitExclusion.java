// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.implicit.ImplicitEquations;
import org.neuroalgebra.algebra.implicit.Implicitization;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;

/**
 * A certified "not a member, even over C" for a target off a proper subvariety M
 * (docs/MATHEMATICS.md §3.2): an equation of M of low degree, found by interpolation
 * ({@link Implicitization}), proven to vanish on M by substituting c(θ) symbolically (the zero
 * polynomial, not only zero at sample points), that is not zero at the target. Then the target
 * is not in the Zariski closure of M. Small cases only: the interpolation and the substitution are
 * bounded up front, and nothing is claimed beyond them.
 */
final class ImplicitExclusion {

    /** The highest degree of equations searched. */
    static final int MAX_DEGREE = 3;

    /**
     * The widest interpolation attempted: its exact elimination costs about the cube of this, a
     * fraction of a second, so that the attempt never dominates the homotopy that follows.
     */
    static final long MAX_INTERPOLATION_MONOMIALS = 1_000;

    /** The largest symbolic substitution attempted, in monomials of the parameters. */
    static final long MAX_SUBSTITUTION_MONOMIALS = 20_000;

    private ImplicitExclusion() {
    }

    /**
     * @param parametrization
     *            a map whose image M is a proper subvariety of V
     * @param target
     *            c_target
     * @param seed
     *            the seed of the interpolation's sample points
     * @param monitor
     *            cancellation
     * @return the proof that the target is off M, or empty when none was found within the bounds
     */
    static Optional<String> of(Parametrization parametrization, Rational[] target, long seed, ProgressMonitor monitor) {
        ImplicitEquations equations = null;
        for (int degree = MAX_DEGREE; degree >= 1 && equations == null; degree--) {
            try {
                equations = Implicitization.compute(parametrization, degree, MAX_INTERPOLATION_MONOMIALS, List.of(), seed,
                        monitor);
            } catch (IllegalArgumentException | ArithmeticException e) {
                // too large in this degree, or not liftable to Q: try a lower one
            }
        }
        if (equations == null) {
            return Optional.empty();
        }
        PolynomialRing ring = new PolynomialRing(parametrization.parameterCount());
        List<Polynomial> symbolic = List.of(parametrization.evaluate(ring, ring.symbols()));
        int degree = symbolic.stream().mapToInt(Polynomial::degree).max().orElse(1);
        for (Polynomial equation : equations.all()) {
            Rational value = equation.evaluate(target);
            // the substitution has at most as many monomials as all of degree deg E · deg c in the parameters
            BigInteger size = Monomials.count(parametrization.parameterCount(), equation.degree() * degree, false);
            if (value.signum() == 0 || size.compareTo(BigInteger.valueOf(MAX_SUBSTITUTION_MONOMIALS)) > 0) {
                continue;
            }
            if (equation.substitute(symbolic).isZero()) {
                return Optional.of("the equation " + equation.toString(parametrization.coordinateNames()) + " = 0 of M " //$NON-NLS-1$ //$NON-NLS-2$
                        + "(vanishing identically under the parametrization, by symbolic substitution) is " + value //$NON-NLS-1$
                        + " ≠ 0 at the target: it is not in M, even over C"); //$NON-NLS-1$
            }
        }
        return Optional.empty();
    }
}
