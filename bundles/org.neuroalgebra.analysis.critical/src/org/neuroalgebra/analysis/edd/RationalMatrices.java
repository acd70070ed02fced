// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.algebra.linear.RationalEchelon;
import org.neuroalgebra.algebra.number.Rational;

/** Exact linear algebra on small Rational matrices (row-major arrays). */
final class RationalMatrices {

    private RationalMatrices() {
    }

    /** @return AᵀA */
    static Rational[][] gram(Rational[][] a) {
        int rows = a.length;
        int n = rows == 0 ? 0 : a[0].length;
        Rational[][] result = new Rational[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                Rational sum = Rational.ZERO;
                for (int r = 0; r < rows; r++) {
                    sum = sum.add(a[r][i].mul(a[r][j]));
                }
                result[i][j] = sum;
            }
        }
        return result;
    }

    /**
     * @param a
     *            an n × n matrix
     * @param b
     *            a vector in the column space of A
     * @return a solution of A u = b (the one with the free coordinates of the echelon form zero)
     * @throws IllegalArgumentException
     *             if there is none
     */
    static Rational[] solve(Rational[][] a, Rational[] b) {
        int n = b.length;
        Rational[][] augmented = new Rational[a.length][];
        for (int i = 0; i < a.length; i++) {
            augmented[i] = java.util.Arrays.copyOf(a[i], n + 1);
            augmented[i][n] = b[i].neg();
        }
        // the basis vector of the free column n, if that column is free, is (u, 1)
        for (Rational[] v : nullSpace(augmented, n + 1)) {
            if (v[n].isOne()) {
                return java.util.Arrays.copyOf(v, n);
            }
        }
        throw new IllegalArgumentException("the linear system has no solution"); //$NON-NLS-1$
    }

    /**
     * @param a
     *            an m × n matrix
     * @return a basis of {v : A v = 0}, from the reduced row echelon form (one
     *         vector per free column, with a 1 in that column)
     */
    static List<Rational[]> nullSpace(Rational[][] a, int n) {
        if (a.length == 0) {
            List<Rational[]> basis = new ArrayList<>();
            for (int free = 0; free < n; free++) {
                Rational[] v = new Rational[n];
                java.util.Arrays.fill(v, Rational.ZERO);
                v[free] = Rational.ONE;
                basis.add(v);
            }
            return basis;
        }
        return List.of(RationalEchelon.of(a).nullSpace());
    }
}
