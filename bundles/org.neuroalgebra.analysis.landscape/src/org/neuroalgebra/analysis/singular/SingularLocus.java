// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.SolutionCounter;

/**
 * The singular locus of a hypersurface V(F): the common zeros of F and all its partial
 * derivatives, counted exactly (Gröbner bases) modulo two primes that must agree.
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
        CountResult first = counter.count(equations, n, List.of(), ModP.PRIME_1, seed, monitor);
        CountResult second = counter.count(equations, n, List.of(), ModP.PRIME_2, seed, monitor);
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
