// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Dimension, degree and number of distinct solutions of an ideal, read off
 * its reduced Gröbner basis in a degree-compatible order.
 */
public final class IdealInvariants {

    /**
     * Distinct solutions are only counted up to this many solutions: the
     * Wiedemann sequence costs 2D products with a D×D matrix that can be
     * dense.
     */
    public static final int MAX_DISTINCT_COUNT = 2_000;

    private final MonomialLayout layout;
    private final long prime;
    private final List<ModPolynomial> basis;
    private final HilbertSeries series;

    /**
     * @param layout
     *            the monomial layout
     * @param prime
     *            the prime
     * @param basis
     *            a reduced Gröbner basis in grevlex order
     */
    public IdealInvariants(MonomialLayout layout, long prime, List<ModPolynomial> basis) {
        this.layout = layout;
        this.prime = prime;
        this.basis = basis;
        List<int[]> leading = new ArrayList<>(basis.size());
        for (ModPolynomial g : basis) {
            leading.add(layout.unpack(g.leadingMonomial()));
        }
        this.series = new HilbertSeries(layout.variableCount(), leading);
    }

    /** @return the dimension of the solution set, -1 if empty */
    public int dimension() {
        return series.dimension();
    }

    /** @return the degree (with multiplicity), 0 if empty */
    public long degree() {
        return series.degree();
    }

    /**
     * @param random
     *            the source of the random linear form and projections
     * @return the number of distinct solutions of a zero-dimensional ideal
     * @throws IllegalStateException
     *             if the ideal is not zero-dimensional or has more than
     *             {@link #MAX_DISTINCT_COUNT} solutions
     */
    public int distinctSolutions(SplittableRandom random) {
        if (dimension() != 0) {
            throw new IllegalStateException("distinct solutions are counted for finitely many solutions only"); //$NON-NLS-1$
        }
        List<Long> standard = StandardMonomials.enumerate(layout, basis, MAX_DISTINCT_COUNT);
        return new DistinctSolutions(layout, prime, basis, standard, random).count(random);
    }
}
