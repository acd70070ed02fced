// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.implicit;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.number.ModP;

/**
 * A growing linear span of vectors over Z/p, kept in echelon form, to decide
 * whether a new vector is independent of the ones added before.
 */
final class ModularSpan {

    private final long prime;
    private final List<long[]> rows = new ArrayList<>();
    private final List<Integer> pivots = new ArrayList<>();

    ModularSpan(long prime) {
        this.prime = prime;
    }

    /**
     * @param vector
     *            a vector mod p (not modified)
     * @return true if it was independent of the span, which now contains it
     */
    boolean add(long[] vector) {
        long[] v = vector.clone();
        for (int r = 0; r < rows.size(); r++) {
            int pivot = pivots.get(r);
            if (v[pivot] != 0) {
                long factor = v[pivot];
                long[] row = rows.get(r);
                for (int c = pivot; c < v.length; c++) {
                    v[c] = ModP.sub(v[c], ModP.mul(factor, row[c], prime), prime);
                }
            }
        }
        for (int c = 0; c < v.length; c++) {
            if (v[c] != 0) {
                long inverse = ModP.inverse(v[c], prime);
                for (int k = c; k < v.length; k++) {
                    v[k] = ModP.mul(v[k], inverse, prime);
                }
                // keep the rows sorted by pivot, so reduction stays left to right
                int at = 0;
                while (at < pivots.size() && pivots.get(at) < c) {
                    at++;
                }
                eliminateFromRows(v, c, at);
                rows.add(at, v);
                pivots.add(at, c);
                return true;
            }
        }
        return false;
    }

    private void eliminateFromRows(long[] v, int pivot, int upTo) {
        for (int r = 0; r < upTo; r++) {
            long[] row = rows.get(r);
            if (row[pivot] != 0) {
                long factor = row[pivot];
                for (int c = pivot; c < row.length; c++) {
                    row[c] = ModP.sub(row[c], ModP.mul(factor, v[c], prime), prime);
                }
            }
        }
    }

    /** @return the basis in reduced echelon form (unique for the span), rows sorted by pivot */
    List<long[]> rows() {
        return rows.stream().map(long[]::clone).toList();
    }

    /** @return the dimension of the span */
    int dimension() {
        return rows.size();
    }
}
