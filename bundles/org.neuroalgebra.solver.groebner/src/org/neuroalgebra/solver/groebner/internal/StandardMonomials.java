// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The monomials outside the leading ideal of a zero-dimensional Gröbner
 * basis: a vector-space basis of the quotient ring k[x]/I.
 */
final class StandardMonomials {

    private StandardMonomials() {
    }

    /**
     * Enumerates by breadth-first search from 1: every divisor of a standard
     * monomial is standard, so each one is reached through standard
     * monomials.
     *
     * @param layout
     *            the monomial layout
     * @param basis
     *            a Gröbner basis of a zero-dimensional ideal
     * @param limit
     *            the largest count accepted
     * @return the standard monomials
     * @throws IllegalStateException
     *             if there are more than limit (for example because the ideal
     *             is not zero-dimensional)
     */
    static List<Long> enumerate(MonomialLayout layout, List<ModPolynomial> basis, int limit) {
        List<Long> found = new ArrayList<>();
        LongIntMap seen = new LongIntMap();
        if (!isStandard(layout, basis, 0L)) {
            return found;
        }
        found.add(0L);
        seen.put(0L, 0);
        for (int k = 0; k < found.size(); k++) {
            long m = found.get(k);
            for (int v = 0; v < layout.variableCount(); v++) {
                long next = layout.multiply(m, layout.variable(v));
                if (seen.get(next) < 0 && isStandard(layout, basis, next)) {
                    if (found.size() == limit) {
                        throw new IllegalStateException("more than " + limit + " standard monomials"); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    seen.put(next, found.size());
                    found.add(next);
                }
            }
        }
        return found;
    }

    private static boolean isStandard(MonomialLayout layout, List<ModPolynomial> basis, long m) {
        for (ModPolynomial g : basis) {
            if (layout.divides(g.leadingMonomial(), m)) {
                return false;
            }
        }
        return true;
    }
}
