// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;

/** The generated inputs are the problems they claim to be, and the fit is least squares. */
class ProblemCatalogTest {

    @Test
    void katsuraHasTwoToTheNSolutions() {
        for (int n = 2; n <= 4; n++) {
            List<String> variables = new ArrayList<>();
            for (int i = 0; i <= n; i++) {
                variables.add("u" + i); //$NON-NLS-1$
            }
            List<Polynomial> equations = ProblemCatalog.katsuraEquations(n).stream().map(e -> Problems.parse(e, variables))
                    .toList();
            assertEquals(n + 1, equations.size());
            CountResult count = new GroebnerSolutionCounter().count(equations, n + 1, List.of(), ModP.PRIME_1, 1,
                    ProgressMonitor.NULL);
            assertEquals(0, count.dimension(), "Katsura-" + n + " is finite"); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(1L << n, count.degree(), "Katsura-" + n + " has 2^n solutions"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void multinomialsOfOneDegreeSumToAPowerOfTheNumberOfVariables() {
        // (x1 + x2 + x3)^4 at x = 1: the coefficients sum to 3^4, over C(6, 2) = 15 monomials.
        List<int[]> monomials = Monomials.ofDegree(3, 4);
        assertEquals(15, monomials.size());
        BigInteger sum = monomials.stream().map(Monomials::multinomial).reduce(BigInteger.ZERO, BigInteger::add);
        assertEquals(BigInteger.valueOf(81), sum);
        assertEquals(BigInteger.valueOf(12), Monomials.multinomial(new int[] { 2, 1, 1 }));
    }

    @Test
    void problemIdsAreUniqueAndFreeOfTheOnlySeparator() {
        List<Problem> problems = ProblemCatalog.all();
        assertEquals(problems.size(), new HashSet<>(problems.stream().map(Problem::id).toList()).size());
        assertTrue(problems.stream().noneMatch(p -> p.id().contains(",")), "--only splits at commas"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void slopeOfAnExactPowerLawIsItsExponent() {
        double[] x = { 2, 5, 11, 40 };
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 3 * Math.pow(x[i], 1.5);
        }
        assertEquals(1.5, Growth.slope(x, y), 1e-12);
        assertEquals(y[2], Growth.fitted(x, y)[2], 1e-9 * y[2]);
        // Least squares, not two points: log-log points (0, 0), (a, a), (2a, 3a) with a = ln 2 have
        // means (a, 4a/3), Sxy = (−a)(−4a/3) + a(5a/3) = 3a², Sxx = 2a², slope 3/2, although the
        // last two points alone would give 2.
        assertEquals(1.5, Growth.slope(new double[] { 1, 2, 4 }, new double[] { 1, 2, 8 }), 1e-12);
    }
}
