// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialMatrices;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The singular locus of a hypersurface V(F): the common zeros of F and all its partial
 * derivatives, or of a variety given by several equations: where its Jacobian drops rank
 * ({@link #ofVariety}); counted exactly (Gröbner bases) modulo two primes that must agree.
 *
 * @param dimension
 *            dim Sing(V(F)) over C, −1 when V(F) is smooth
 * @param degree
 *            its degree (number of points with multiplicity when finite)
 * @param distinctPoints
 *            the number of distinct points when finite, else −1
 * @param primes
 *            the two primes used
 * @param method
 *            the counter's account
 */
public record SingularLocus(int dimension, long degree, long distinctPoints, List<Long> primes, String method) {

    /**
     * @throws IllegalStateException
     *             when the primes disagree (an unlucky prime)
     */
    public static SingularLocus of(Polynomial hypersurface, SolutionCounter counter, long seed, ProgressMonitor monitor) {
        int n = hypersurface.variableCount();
        List<Polynomial> equations = new ArrayList<>();
        equations.add(hypersurface);
        for (int v = 0; v < n; v++) {
            equations.add(hypersurface.derivative(v));
        }
        return count(equations, n, counter, seed, monitor);
    }

    /**
     * The singular locus of V(f₁, …, f_c) by the Jacobian criterion: the points of V where the
     * Jacobian ∂f_i/∂x_j has rank below the codimension k = n − dim V, i.e. V together with all
     * k × k minors. Valid when the equations generate the ideal of V (a radical ideal) and V has
     * pure dimension; otherwise the locus found is too large (for the ideal (x², y) every point).
     *
     * @throws IllegalArgumentException
     *             when V is empty
     * @throws IllegalStateException
     *             when the primes disagree (an unlucky prime)
     */
    public static SingularLocus ofVariety(List<Polynomial> equations, SolutionCounter counter, long seed,
            ProgressMonitor monitor) {
        int n = equations.get(0).variableCount();
        CountResult variety = counter.count(equations, n, List.of(), ModP.PRIME_1, seed, monitor);
        if (variety.isEmpty()) {
            throw new IllegalArgumentException("the equations have no common zero over C"); //$NON-NLS-1$
        }
        int codimension = n - variety.dimension();
        if (codimension == 0) {
            return count(List.of(Polynomial.constant(n, Rational.ONE)), n, counter,
                    seed, monitor);
        }
        Polynomial[][] jacobian = new Polynomial[equations.size()][n];
        for (int i = 0; i < equations.size(); i++) {
            for (int j = 0; j < n; j++) {
                jacobian[i][j] = equations.get(i).derivative(j);
            }
        }
        List<Polynomial> system = new ArrayList<>(equations);
        PolynomialMatrices.minors(jacobian, codimension).stream().filter(minor -> !minor.isZero()).forEach(system::add);
        return count(system, n, counter, seed, monitor);
    }

    /** Counts the system modulo two primes, which must agree on dimension and degree. */
    private static SingularLocus count(List<Polynomial> system, int n, SolutionCounter counter, long seed,
            ProgressMonitor monitor) {
        CountResult first = counter.count(system, n, List.of(), ModP.PRIME_1, seed, monitor);
        CountResult second = counter.count(system, n, List.of(), ModP.PRIME_2, seed, monitor);
        if (first.dimension() != second.dimension() || first.degree() != second.degree()) {
            throw new IllegalStateException("the primes " + first.prime() + " and " + second.prime() //$NON-NLS-1$ //$NON-NLS-2$
                    + " disagree on the singular locus"); //$NON-NLS-1$
        }
        return new SingularLocus(first.dimension(), first.degree(), first.distinctSolutions(),
                List.of(first.prime(), second.prime()), first.method());
    }

    /** @return true when the hypersurface has no singular point over C */
    public boolean isEmpty() {
        return dimension < 0;
    }
}
