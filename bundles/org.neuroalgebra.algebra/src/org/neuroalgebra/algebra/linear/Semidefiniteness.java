// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.linear;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neuroalgebra.algebra.number.Rational;

/**
 * Decides exactly whether a symmetric rational matrix is positive semidefinite, by symmetric
 * Gaussian elimination with diagonal pivots (an LDLᵀ factorization). When it is not, the answer
 * is a witness that anyone can check by hand: a principal minor that is negative.
 * <p>
 * Why the elimination finds one: after eliminating the pivots P (all positive), the remaining
 * Schur complement S has det Q[P ∪ I] = (∏ pivots) · det S[I] for every index set I outside P.
 * Q is positive semidefinite if and only if S is. S is not when one of its diagonal entries is
 * negative (I = {i}), or when every diagonal entry is zero but some entry s_ij is not
 * (I = {i, j}, det = −s_ij²); otherwise a positive diagonal entry is the next pivot, or S = 0.
 */
public final class Semidefiniteness {

    /**
     * A negative principal minor: the determinant of the submatrix on the given rows and the
     * same columns.
     *
     * @param indices
     *            the rows (and columns), 0-based, ascending
     * @param value
     *            the determinant, negative
     */
    public record NegativeMinor(List<Integer> indices, Rational value) {

        /** Copies the indices. */
        public NegativeMinor {
            indices = List.copyOf(indices);
        }
    }

    private Semidefiniteness() {
    }

    /**
     * @param q
     *            a symmetric n × n matrix (only the entries on and above the diagonal are read)
     * @return a negative principal minor, or empty when q is positive semidefinite
     */
    public static Optional<NegativeMinor> negativeMinor(Rational[][] q) {
        int n = q.length;
        Rational[][] s = new Rational[n][];
        for (int i = 0; i < n; i++) {
            if (q[i].length != n) {
                throw new IllegalArgumentException("the matrix must be square"); //$NON-NLS-1$
            }
            s[i] = q[i].clone();
        }
        boolean[] eliminated = new boolean[n];
        List<Integer> pivots = new ArrayList<>();
        Rational pivotProduct = Rational.ONE;
        for (int step = 0; step < n; step++) {
            int pivot = -1;
            for (int i = 0; i < n; i++) {
                if (!eliminated[i] && s[i][i].signum() < 0) {
                    return Optional.of(minor(pivots, pivotProduct.mul(s[i][i]), i));
                }
                if (!eliminated[i] && pivot < 0 && s[i][i].signum() > 0) {
                    pivot = i;
                }
            }
            if (pivot < 0) {
                return zeroDiagonalWitness(s, eliminated, pivots, pivotProduct);
            }
            eliminate(s, eliminated, pivot);
            pivots.add(pivot);
            pivotProduct = pivotProduct.mul(s[pivot][pivot]);
        }
        return Optional.empty();
    }

    /** @return whether q is positive semidefinite */
    public static boolean isPositiveSemidefinite(Rational[][] q) {
        return negativeMinor(q).isEmpty();
    }

    /** S ← S − s_p s_pᵀ / s_pp on the rows and columns not yet eliminated. */
    private static void eliminate(Rational[][] s, boolean[] eliminated, int pivot) {
        int n = s.length;
        eliminated[pivot] = true;
        for (int i = 0; i < n; i++) {
            if (eliminated[i] || entry(s, i, pivot).isZero()) {
                continue;
            }
            Rational factor = entry(s, i, pivot).div(s[pivot][pivot]);
            for (int j = i; j < n; j++) {
                if (!eliminated[j]) {
                    s[i][j] = s[i][j].sub(factor.mul(entry(s, pivot, j)));
                }
            }
        }
    }

    /** Every remaining diagonal entry is zero: S is positive semidefinite only if it is zero. */
    private static Optional<NegativeMinor> zeroDiagonalWitness(Rational[][] s, boolean[] eliminated,
            List<Integer> pivots, Rational pivotProduct) {
        int n = s.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!eliminated[i] && !eliminated[j] && !s[i][j].isZero()) {
                    return Optional.of(minor(pivots, pivotProduct.mul(s[i][j].mul(s[i][j]).neg()), i, j));
                }
            }
        }
        return Optional.empty();
    }

    /** The upper triangle is the one kept up to date. */
    private static Rational entry(Rational[][] s, int i, int j) {
        return i <= j ? s[i][j] : s[j][i];
    }

    private static NegativeMinor minor(List<Integer> pivots, Rational value, int... more) {
        List<Integer> indices = new ArrayList<>(pivots);
        for (int index : more) {
            indices.add(index);
        }
        indices.sort(null);
        return new NegativeMinor(indices, value);
    }
}
