// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialMatrices;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;

/**
 * Eckart–Young (docs/MATHEMATICS.md §6): the m × n matrices of rank ≤ r with the Frobenius (identity) form
 * have ED degree C(min(m, n), r) — the critical points are the truncations of the SVD to r of
 * its min(m, n) singular triples, all real. The variety is given by its (r+1) × (r+1) minors, so
 * below the hypersurface case these exercise codimension (m − r)(n − r) > 1 with more equations
 * than the codimension, and the exact count of the same system confirms the number.
 */
class EckartYoungTest {

    /** @return the (r+1) × (r+1) minors of the generic m × n matrix, entries x_{ij} row by row */
    static List<Polynomial> minors(int m, int n, int r) {
        Polynomial[][] generic = new Polynomial[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                generic[i][j] = Polynomial.variable(m * n, i * n + j);
            }
        }
        return PolynomialMatrices.minors(generic, r + 1);
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
