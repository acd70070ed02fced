// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;

/**
 * The cone {(ax + by)^D} over the rational normal curve in the coefficients
 * c_i of x^{D−i} y^i (docs/MATHEMATICS.md §6): ED degree D with the Bombieri–Weyl form,
 * 3D − 2 with a generic one. For D ≥ 3 it is not a complete intersection
 * (C(D, 2) quadrics, codimension D − 1), which exercises the randomized
 * Lagrange system and the removal of solutions off the variety.
 */
class RationalNormalCurveTest {

    /**
     * (ax + by)^D has c_i = C(D, i) a^{D−i} b^i, so z_i = c_i / C(D, i) has
     * rank one as a Hankel sequence: z_i z_{j+1} = z_{i+1} z_j.
     */
    static List<Polynomial> hankelMinors(int degree) {
        int n = degree + 1;
        Polynomial[] z = new Polynomial[n];
        BigInteger binomial = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            z[i] = Polynomial.variable(n, i).scale(Rational.of(BigInteger.ONE, binomial));
            binomial = binomial.multiply(BigInteger.valueOf(degree - i)).divide(BigInteger.valueOf(i + 1));
        }
        List<Polynomial> minors = new ArrayList<>();
        for (int i = 0; i < degree; i++) {
            for (int j = i + 1; j < degree; j++) {
                minors.add(z[i].mul(z[j + 1]).sub(z[i + 1].mul(z[j])));
            }
        }
        return minors;
    }

    private static EdDegreeResult compute(int degree, Metric metric, long seed) {
        return EdDegreeComputationTest.COMPUTATION.compute(hankelMinors(degree), degree - 1, metric, null, seed,
                ProgressMonitor.NULL);
    }

    @Test
    void parametrizationSatisfiesTheMinors() {
        // (2x + 3y)^3 = 8x^3 + 36x^2y + 54xy^2 + 27y^3
        Rational[] c = { Rational.of(8), Rational.of(36), Rational.of(54), Rational.of(27) };
        for (Polynomial minor : hankelMinors(3)) {
            assertEquals(Rational.ZERO, minor.evaluate(c));
        }
        assertEquals(3, hankelMinors(3).size());
    }

    /**
     * The count only: the trace test does not apply here. With the
     * Bombieri–Weyl form critical points escape to infinity at finite
     * (complex, isotropic) data along a line, so even the complete set has a
     * non-affine trace (it passes only for D = 2 by symmetry).
     */
    @Test
    void bombieriWeylGivesD() {
        for (int degree = 2; degree <= 5; degree++) {
            EdDegreeResult result = compute(degree, Metric.bombieriWeyl(degree), 10 + degree);
            assertEquals(degree, result.edDegree(), "D = " + degree + ": " + result);
        }
    }

    @Test
    void genericMetricGivesThreeDMinusTwo() {
        for (int degree = 2; degree <= 5; degree++) {
            EdDegreeResult result = compute(degree, Metric.randomPositiveDefinite(degree + 1, degree), 20 + degree);
            assertEquals(3 * degree - 2, result.edDegree(), "D = " + degree + ": " + result);
        }
    }

    /**
     * The analysis-level cross-check in codimension D − 1: the same Lagrange system (c random
     * combinations of the minors, plus all minors, with the c × c minors of the Jacobian
     * saturated) counted exactly modulo a prime agrees with homotopy continuation.
     */
    @Test
    void exactCountAgreesInCodimensionAboveOne() {
        GroebnerSolutionCounter counter = new GroebnerSolutionCounter();
        for (int degree = 2; degree <= 4; degree++) {
            for (Metric metric : List.of(Metric.bombieriWeyl(degree), Metric.randomPositiveDefinite(degree + 1, degree))) {
                long seed = 30 + degree;
                EdDegreeResult result = compute(degree, metric, seed);
                EddAnalysis.CrossCheck check = EddAnalysis.crossCheck(counter, hankelMinors(degree), degree - 1, metric,
                        result, seed, ProgressMonitor.NULL);
                assertTrue(check.agrees(), "D = " + degree + ", " + metric.description() + ": " + check); //$NON-NLS-1$ //$NON-NLS-2$
                assertEquals(result.edDegree(), check.distinct());
            }
        }
    }
}
