// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Counts the distinct points of a zero-dimensional ideal: the number of
 * distinct eigenvalues of multiplication by a random linear form ℓ on the
 * quotient ring k[x]/I.
 * <p>
 * Why this is the number of points: the eigenvalues of multiplication by ℓ
 * are the values ℓ(z) at the solutions z, and a random ℓ takes distinct
 * values at distinct solutions. The number of distinct eigenvalues is the
 * degree of the squarefree part of the minimal polynomial, found by
 * Berlekamp–Massey from the scalar sequence uᵀ Mᵏ v, k &lt; 2D, for random u,
 * v (Wiedemann). Each random choice fails with probability at most about
 * D²/p.
 */
final class DistinctSolutions {

    private final long prime;
    /** Column j of the multiplication matrix: row indices and values. */
    private final int[][] rowsOfColumn;
    private final long[][] valuesOfColumn;

    /**
     * @param layout
     *            the monomial layout
     * @param prime
     *            the prime
     * @param basis
     *            a reduced Gröbner basis of a zero-dimensional ideal
     * @param standard
     *            its standard monomials
     * @param random
     *            the source of the random linear form
     */
    DistinctSolutions(MonomialLayout layout, long prime, List<ModPolynomial> basis, List<Long> standard,
            SplittableRandom random) {
        this.prime = prime;
        int n = layout.variableCount();
        long[] form = new long[n];
        for (int v = 0; v < n; v++) {
            form[v] = 1 + random.nextLong(prime - 1);
        }
        MacaulayMatrix matrix = new MacaulayMatrix(layout, prime, basis);
        for (long b : standard) {
            long[] monomials = new long[n];
            for (int v = 0; v < n; v++) {
                monomials[v] = layout.multiply(b, layout.variable(v));
            }
            matrix.addRowToReduce(new Multiple(0, ModPolynomial.of(layout, prime, monomials, form)));
        }
        List<ModPolynomial> products = matrix.normalForms();
        LongIntMap indexOf = new LongIntMap();
        for (int i = 0; i < standard.size(); i++) {
            indexOf.put(standard.get(i), i);
        }
        int size = standard.size();
        rowsOfColumn = new int[size][];
        valuesOfColumn = new long[size][];
        for (int j = 0; j < size; j++) {
            ModPolynomial column = products.get(j);
            rowsOfColumn[j] = new int[column.size()];
            valuesOfColumn[j] = new long[column.size()];
            for (int k = 0; k < column.size(); k++) {
                rowsOfColumn[j][k] = indexOf.get(column.monomial(k));
                valuesOfColumn[j][k] = column.coefficient(k);
            }
        }
    }

    /**
     * @param random
     *            the source of the projection vectors u and v
     * @return the number of distinct solutions
     */
    int count(SplittableRandom random) {
        int size = rowsOfColumn.length;
        if (size == 0) {
            return 0;
        }
        long[] u = randomVector(size, random);
        long[] w = randomVector(size, random);
        List<Long> sequence = new ArrayList<>(2 * size);
        for (int k = 0; k < 2 * size; k++) {
            sequence.add(dot(u, w));
            w = multiply(w);
        }
        long[] minimal = UnivariateModP.recurrencePolynomial(sequence, prime);
        return UnivariateModP.squarefreeDegree(minimal, prime);
    }

    private long[] randomVector(int size, SplittableRandom random) {
        long[] x = new long[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextLong(prime);
        }
        return x;
    }

    private long dot(long[] a, long[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum = (sum + a[i] * b[i]) % prime;
        }
        return sum;
    }

    private long[] multiply(long[] w) {
        // sums stay below p² (< 2^62): one comparison per update, one division per entry
        long pSquared = prime * prime;
        long[] y = new long[w.length];
        for (int j = 0; j < w.length; j++) {
            if (w[j] == 0) {
                continue;
            }
            int[] rows = rowsOfColumn[j];
            long[] values = valuesOfColumn[j];
            for (int k = 0; k < rows.length; k++) {
                long sum = y[rows[k]] + values[k] * w[j];
                y[rows[k]] = sum >= pSquared ? sum - pSquared : sum;
            }
        }
        for (int i = 0; i < y.length; i++) {
            y[i] %= prime;
        }
        return y;
    }
}
