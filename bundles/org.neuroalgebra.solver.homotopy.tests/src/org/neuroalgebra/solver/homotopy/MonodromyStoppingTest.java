// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuroalgebra.solver.homotopy.Systems.assertAccounted;
import static org.neuroalgebra.solver.homotopy.Systems.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/** Which rule stops monodromy, and that its answer does not depend on the thread count. */
class MonodromyStoppingTest {

    private final HomotopyContinuationSolver solver = new HomotopyContinuationSolver();

    /**
     * Two cubics with the parameters as constant terms, leading forms x³ + 2xy² and y³ − x²y without a
     * common zero in P¹ (x = 0 forces y = 0): 3·3 = 9 solutions for generic (a, b).
     */
    private final PolynomialSystem cubics = system(List.of("x", "y"), List.of("a", "b"),
            "x^3 + 2*x*y^2 - y + 1/2 - a", "y^3 - x^2*y + 3*x - b");

    private Complex[] plantedParameters(Complex x, Complex y) {
        Complex a = x.mul(x).mul(x).add(Complex.real(2).mul(x).mul(y).mul(y)).sub(y).add(Complex.real(0.5));
        Complex b = y.mul(y).mul(y).sub(x.mul(x).mul(y)).add(Complex.real(3).mul(x));
        return new Complex[] { a, b };
    }

    @Test
    void completeSetStopsByTheTraceTestAndAgreesWithATotalDegreeSolve() {
        Complex x = new Complex(0.3, -0.8);
        Complex y = new Complex(-0.5, 0.4);
        Complex[] parameters = plantedParameters(x, y);
        MonodromyResult monodromy = solver.monodromy(cubics, parameters, new Complex[] { x, y }, 2,
                SolverOptions.defaults(), ProgressMonitor.NULL);
        SolveResult direct = solver.solve(cubics, parameters, SolverOptions.defaults(), ProgressMonitor.NULL);
        assertEquals(9, direct.finiteSolutions().size(), direct.summary());
        assertEquals(9, monodromy.solutionCount(), monodromy.result().summary());
        assertEquals(MonodromyResult.TraceTest.PASSED, monodromy.traceTest());
        assertEquals(MonodromyResult.StoppedBy.TRACE_TEST, monodromy.stoppedBy());
        assertAccounted(monodromy.result());
    }

    @Test
    void threadCountDoesNotChangeTheAnswer() {
        Complex x = new Complex(-0.6, 0.1);
        Complex y = new Complex(0.2, 0.7);
        Complex[] parameters = plantedParameters(x, y);
        SolverOptions one = SolverOptions.builder().seed(11).threads(1).build();
        MonodromyResult serial = solver.monodromy(cubics, parameters, new Complex[] { x, y }, 2, one,
                ProgressMonitor.NULL);
        MonodromyResult parallel = solver.monodromy(cubics, parameters, new Complex[] { x, y }, 2,
                one.toBuilder().threads(3).build(), ProgressMonitor.NULL);
        assertEquals(9, serial.solutionCount());
        assertEquals(serial.loops(), parallel.loops());
        assertEquals(serial.stoppingRule(), parallel.stoppingRule());
        assertEquals(serial.traceDefect(), parallel.traceDefect());
        for (int i = 0; i < 9; i++) {
            Complex[] s = serial.result().finiteSolutions().get(i).coordinates();
            Complex[] p = parallel.result().finiteSolutions().get(i).coordinates();
            for (int k = 0; k < 2; k++) {
                assertArrayEquals(new double[] { s[k].re(), s[k].im() }, new double[] { p[k].re(), p[k].im() });
            }
        }
    }

    /**
     * x·p = 1 has the single solution 1/p, which grows faster than linearly along a line through p: a
     * complete set that fails the trace test, so only stagnation can stop the loops, after the stall
     * loops twice over (the failed test asks for a second round).
     */
    @Test
    void aCompleteSetThatFailsTheTraceTestStopsByStagnation() {
        PolynomialSystem reciprocal = system(List.of("x"), List.of("p"), "x*p - 1");
        Complex p = new Complex(1.5, -0.5);
        SolverOptions options = SolverOptions.builder().monodromyStallLoops(3).seed(5).build();
        // 1 / (3/2 − i/2) = (3/2 + i/2) / (5/2) = 3/5 + i/5
        MonodromyResult monodromy = solver.monodromy(reciprocal, new Complex[] { p },
                new Complex[] { new Complex(0.6, 0.2) }, 1, options, ProgressMonitor.NULL);
        assertEquals(1, monodromy.solutionCount());
        Complex found = monodromy.result().finiteSolutions().get(0).coordinates()[0];
        assertEquals(0, found.mul(p).sub(Complex.real(1)).abs(), 1e-12);
        assertEquals(MonodromyResult.TraceTest.FAILED, monodromy.traceTest());
        assertEquals(MonodromyResult.StoppedBy.STAGNATION, monodromy.stoppedBy());
        assertTrue(monodromy.loops() >= 6, monodromy.loops() + " loops, " + monodromy.stoppingRule());
    }

    /** One loop around x⁴ + x = p cannot reach all four roots (seed 3): the loop limit stops it. */
    @Test
    void loopLimitStopsAnIncompleteSearch() {
        PolynomialSystem quartic = system(List.of("x"), List.of("p"), "x^4 + x - p");
        Complex x = new Complex(0.4, -0.3);
        Complex p = x.mul(x).mul(x).mul(x).add(x);
        MonodromyResult early = solver.monodromy(quartic, new Complex[] { p }, new Complex[] { x }, 1,
                SolverOptions.builder().monodromyMaxLoops(1).seed(3).build(), ProgressMonitor.NULL);
        assertTrue(early.solutionCount() < 4);
        assertEquals(1, early.loops());
        assertEquals(MonodromyResult.StoppedBy.LOOP_LIMIT, early.stoppedBy());
    }
}
