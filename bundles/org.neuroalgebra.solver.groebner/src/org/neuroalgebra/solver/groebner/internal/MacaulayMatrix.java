// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The linear algebra step of F4: rows are monomial multiples of polynomials,
 * columns are their monomials in decreasing order. Symbolic preprocessing adds
 * a pivot row (a multiple of a reducer, which must be monic) for every column
 * whose monomial is divisible by a reducer's leading monomial; the rows to
 * reduce are then fully reduced against the pivots, left to right, with a
 * dense accumulator.
 * <p>
 * One instance serves one reduction; it is not reusable.
 */
final class MacaulayMatrix {

    private final MonomialLayout layout;
    private final long prime;
    private final List<ModPolynomial> reducers;

    private final LongIntMap indexOfMonomial = new LongIntMap();
    private long[] monomials = new long[256];
    private int[] pivotOfMonomial = new int[256];
    private int monomialCount;

    private final List<int[]> pivotColumns = new ArrayList<>();
    private final List<int[]> pivotCoefficients = new ArrayList<>();
    private final List<int[]> reduceColumns = new ArrayList<>();
    private final List<int[]> reduceCoefficients = new ArrayList<>();

    private int[] columnOfIndex;
    private long[] monomialOfColumn;
    private int[] pivotOfColumn;

    /**
     * @param layout
     *            the monomial layout
     * @param prime
     *            the prime
     * @param reducers
     *            monic polynomials used for symbolic preprocessing
     */
    MacaulayMatrix(MonomialLayout layout, long prime, List<ModPolynomial> reducers) {
        this.layout = layout;
        this.prime = prime;
        this.reducers = reducers;
    }

    /**
     * Adds a monic multiple meant to be the pivot of its leading column; if that
     * column already has a pivot, the multiple becomes a row to reduce.
     */
    void addPivotCandidate(Multiple row) {
        int[] indices = insert(row);
        if (pivotOfMonomial[indices[0]] < 0) {
            pivotOfMonomial[indices[0]] = pivotColumns.size();
            pivotColumns.add(indices);
            pivotCoefficients.add(row.polynomial().coefficients());
        } else {
            addIndices(indices, row.polynomial().coefficients());
        }
    }

    /** Adds a row to reduce. */
    void addRowToReduce(Multiple row) {
        addIndices(insert(row), row.polynomial().coefficients());
    }

    private void addIndices(int[] indices, int[] coefficients) {
        reduceColumns.add(indices);
        reduceCoefficients.add(coefficients);
    }

    private int[] insert(Multiple row) {
        ModPolynomial f = row.polynomial();
        int[] indices = new int[f.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = indexOf(layout.multiply(row.multiplier(), f.monomial(i)));
        }
        return indices;
    }

    private int indexOf(long monomial) {
        int index = indexOfMonomial.get(monomial);
        if (index >= 0) {
            return index;
        }
        if (monomialCount == monomials.length) {
            monomials = Arrays.copyOf(monomials, 2 * monomialCount);
            pivotOfMonomial = Arrays.copyOf(pivotOfMonomial, 2 * monomialCount);
        }
        monomials[monomialCount] = monomial;
        pivotOfMonomial[monomialCount] = -1;
        indexOfMonomial.put(monomial, monomialCount);
        return monomialCount++;
    }

    /**
     * Symbolic preprocessing: every monomial that a reducer's leading monomial
     * divides gets a pivot row, including the monomials those rows bring in.
     */
    private void addReducerRows() {
        for (int k = 0; k < monomialCount; k++) {
            if (pivotOfMonomial[k] >= 0) {
                continue;
            }
            long monomial = monomials[k];
            ModPolynomial reducer = findReducer(monomial);
            if (reducer != null) {
                long multiplier = layout.quotient(monomial, reducer.leadingMonomial());
                int[] indices = insert(new Multiple(multiplier, reducer));
                pivotOfMonomial[k] = pivotColumns.size();
                pivotColumns.add(indices);
                pivotCoefficients.add(reducer.coefficients());
            }
        }
    }

    /** Prefers the shortest reducer: its row brings in the fewest new columns. */
    private ModPolynomial findReducer(long monomial) {
        ModPolynomial best = null;
        for (ModPolynomial g : reducers) {
            if (layout.divides(g.leadingMonomial(), monomial) && (best == null || g.size() < best.size())) {
                best = g;
            }
        }
        return best;
    }

    private void assignColumns() {
        long[] keys = new long[monomialCount];
        for (int k = 0; k < monomialCount; k++) {
            // flip the sign bit so that signed order is the unsigned monomial order
            keys[k] = layout.orderKey(monomials[k]) ^ Long.MIN_VALUE;
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int n = monomialCount;
        monomialOfColumn = new long[n];
        LongIntMap columnOfKey = new LongIntMap();
        for (int c = 0; c < n; c++) {
            long key = sorted[n - 1 - c];
            columnOfKey.put(key, c);
            monomialOfColumn[c] = layout.orderKey(key ^ Long.MIN_VALUE);
        }
        columnOfIndex = new int[n];
        pivotOfColumn = new int[n];
        for (int k = 0; k < n; k++) {
            columnOfIndex[k] = columnOfKey.get(keys[k]);
            pivotOfColumn[columnOfIndex[k]] = pivotOfMonomial[k];
        }
        for (int[] row : pivotColumns) {
            toColumns(row);
        }
        for (int[] row : reduceColumns) {
            toColumns(row);
        }
    }

    private void toColumns(int[] indices) {
        for (int i = 0; i < indices.length; i++) {
            indices[i] = columnOfIndex[indices[i]];
        }
    }

    /**
     * Reduces the rows to reduce one after the other; each non-zero result
     * becomes a pivot for the rows after it, so the results have distinct
     * leading monomials, none divisible by a reducer's.
     *
     * @return the non-zero reduced rows, monic
     */
    List<ModPolynomial> echelonize() {
        return reduce(true);
    }

    /**
     * Reduces every row to reduce independently: the normal forms modulo the
     * reducers, which must form a Gröbner basis for that name to be true.
     *
     * @return the normal form of each row to reduce, in order (zero included)
     */
    List<ModPolynomial> normalForms() {
        return reduce(false);
    }

    private List<ModPolynomial> reduce(boolean newRowsArePivots) {
        addReducerRows();
        assignColumns();
        int n = monomialCount;
        long[] accumulator = new long[n];
        int[] support = new int[n];
        List<ModPolynomial> results = new ArrayList<>(reduceColumns.size());
        for (int r = 0; r < reduceColumns.size(); r++) {
            int[] columns = reduceColumns.get(r);
            int[] coefficients = reduceCoefficients.get(r);
            int first = n;
            for (int i = 0; i < columns.length; i++) {
                accumulator[columns[i]] = coefficients[i];
                first = Math.min(first, columns[i]);
            }
            int count = reduceRow(accumulator, first, support);
            ModPolynomial result = extract(accumulator, support, count);
            if (newRowsArePivots) {
                if (!result.isZero()) {
                    result = result.monic(prime);
                    results.add(result);
                    pivotOfColumn[support[0]] = pivotColumns.size();
                    pivotColumns.add(Arrays.copyOf(support, count));
                    pivotCoefficients.add(result.coefficients());
                }
            } else {
                results.add(result);
            }
        }
        return results;
    }

    /**
     * @return the number of non-zero entries left, whose columns are written
     *         to support in increasing order
     */
    private int reduceRow(long[] accumulator, int first, int[] support) {
        long p = prime;
        // entries stay below p² (< 2^62), so adding a product of two residues
        // cannot overflow, and one comparison replaces a division per update
        long pSquared = p * p;
        int count = 0;
        for (int c = first; c < accumulator.length; c++) {
            long value = accumulator[c];
            if (value == 0) {
                continue;
            }
            value %= p;
            if (value == 0) {
                accumulator[c] = 0;
                continue;
            }
            int pivot = pivotOfColumn[c];
            if (pivot < 0) {
                accumulator[c] = value;
                support[count++] = c;
                continue;
            }
            long factor = p - value;
            int[] columns = pivotColumns.get(pivot);
            int[] coefficients = pivotCoefficients.get(pivot);
            for (int j = 1; j < columns.length; j++) {
                int col = columns[j];
                long sum = accumulator[col] + factor * coefficients[j];
                accumulator[col] = sum >= pSquared ? sum - pSquared : sum;
            }
            accumulator[c] = 0;
        }
        return count;
    }

    private ModPolynomial extract(long[] accumulator, int[] support, int count) {
        long[] m = new long[count];
        int[] c = new int[count];
        for (int i = 0; i < count; i++) {
            m[i] = monomialOfColumn[support[i]];
            c[i] = (int) accumulator[support[i]];
            accumulator[support[i]] = 0;
        }
        return new ModPolynomial(m, c);
    }
}
