// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;

/**
 * Eckart–Young (MATH.md §6): the m × n matrices of rank ≤ r with the Frobenius (identity) form
 * have ED degree C(min(m, n), r) — the critical points are the truncations of the SVD to r of
 * its min(m, n) singular triples, all real. The variety is given by its (r+1) × (r+1) minors, so
 * below the hypersurface case these exercise codimension (m − r)(n − r) > 1 with more equations
 * than the codimension, and the exact count of the same system confirms the number.
 */
class EckartYoungTest {

    /** @return the (r+1) × (r+1) minors of the generic m × n matrix, entries x_{ij} row by row */
    static List<Polynomial> minors(int m, int n, int r) {
        int size = r + 1;
        List<Polynomial> minors = new ArrayList<>();
        for (int[] rows : subsets(m, size)) {
            for (int[] columns : subsets(n, size)) {
                minors.add(determinant(m * n, n, rows, columns, 0, new boolean[size]));
            }
        }
        return minors;
    }

    private static Polynomial determinant(int variables, int n, int[] rows, int[] columns, int row, boolean[] used) {
        if (row == rows.length) {
            return Polynomial.constant(variables, Rational.ONE);
        }
        Polynomial sum = Polynomial.zero(variables);
        boolean even = true;
        for (int k = 0; k < columns.length; k++) {
            if (used[k]) {
                continue;
            }
            used[k] = true;
            Polynomial term = Polynomial.variable(variables, rows[row] * n + columns[k])
                    .mul(determinant(variables, n, rows, columns, row + 1, used));
            used[k] = false;
            sum = even ? sum.add(term) : sum.sub(term);
            even = !even;
        }
        return sum;
    }

    private static List<int[]> subsets(int n, int k) {
        List<int[]> subsets = new ArrayList<>();
        collect(subsets, new int[k], 0, 0, n);
        return subsets;
    }

    private static void collect(List<int[]> subsets, int[] current, int position, int from, int n) {
        if (position == current.length) {
            subsets.add(current.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            current[position] = i;
            collect(subsets, current, position + 1, i + 1, n);
        }
    }

    private static long binomial(int n, int k) {
        long value = 1;
        for (int i = 0; i < k; i++) {
            value = value * (n - i) / (i + 1);
        }
        return value;
    }

    @ParameterizedTest(name = "{0} x {1}, rank <= {2}")
    @CsvSource({ "2, 2, 1", "2, 3, 1", "3, 3, 2", "2, 4, 1", "3, 3, 1" })
    void frobeniusFormGivesTheBinomial(int m, int n, int r) {
        List<Polynomial> equations = minors(m, n, r);
        int codimension = (m - r) * (n - r);
        Metric identity = Metric.identity(m * n);
        long seed = 40 + 7L * m + n + r;
        EdDegreeResult result = EdDegreeComputationTest.COMPUTATION.compute(equations, codimension, identity, null,
                seed, ProgressMonitor.NULL);
        long expected = binomial(Math.min(m, n), r);
        assertEquals(expected, result.edDegree(), result::toString);
        assertEquals(expected, result.realCount(), "the SVD truncations are real"); //$NON-NLS-1$
        EddAnalysis.CrossCheck check = EddAnalysis.crossCheck(new GroebnerSolutionCounter(), equations, codimension,
                identity, result, seed, ProgressMonitor.NULL);
        assertTrue(check.agrees(), check::toString);
        assertEquals(expected, check.distinct());
    }
}
