// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

class EdDegreeComputationTest {

    static final String QUARTIC = "y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6 - y2*y1*y6*y5 - y2*y4*y3*y5";
    static final List<String> Y = List.of("y1", "y2", "y3", "y4", "y5", "y6");

    private final EdDegreeComputation computation = new EdDegreeComputation(new HomotopyContinuationSolver());

    static Polynomial parse(String text, List<String> variables) {
        try {
            return PolynomialParser.parse(text, variables);
        } catch (PolynomialSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private EdDegreeResult hypersurface(String f, List<String> variables, Metric metric, long seed) {
        EdDegreeResult result = computation.compute(List.of(parse(f, variables)), 1, metric, null, seed,
                ProgressMonitor.NULL);
        assertFalse(result.certified());
        assertEquals(seed, result.seed());
        return result;
    }

    @Test
    void circleWithIdentityHasTwoCriticalPoints() {
        EdDegreeResult result = hypersurface("x^2 + y^2 - 1", List.of("x", "y"), Metric.identity(2), 1);
        assertEquals(2, result.edDegree(), result.toString());
        // with the identity the two critical points are ±u/|u|, both real, losses (|u| ∓ 1)²
        assertEquals(2, result.realCount());
        double[] u = result.data();
        double norm = Math.hypot(u[0], u[1]);
        assertEquals((norm - 1) * (norm - 1), result.globalMinimum().orElseThrow().loss().re(), 1e-9);
        assertEquals(MonodromyResult.TraceTest.PASSED, result.traceTest());
    }

    @Test
    void circleWithGenericMetricHasFour() {
        EdDegreeResult result = hypersurface("x^2 + y^2 - 1", List.of("x", "y"), Metric.randomPositiveDefinite(2, 5), 2);
        assertEquals(4, result.edDegree(), result.toString());
    }

    @Test
    void lightningQuarticHasFourteen() {
        long t0 = System.nanoTime();
        EdDegreeResult result = hypersurface(QUARTIC, Y, Metric.randomPositiveDefinite(6, 11), 3);
        double seconds = (System.nanoTime() - t0) * 1e-9;
        System.out.println("quartic: " + seconds + " s " + result.method() + result.notes());
        assertEquals(14, result.edDegree(), result.toString());
        assertEquals(MonodromyResult.TraceTest.PASSED, result.traceTest());
    }
}
