// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuroalgebra.solver.homotopy.Systems.assertAccounted;
import static org.neuroalgebra.solver.homotopy.Systems.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.MonodromyGoal;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

class ParameterHomotopyTest {

    private final HomotopyContinuationSolver solver = new HomotopyContinuationSolver();

    /** x² + a y² = 1, x y = b: four solutions for generic (a, b). */
    private final PolynomialSystem family = system(List.of("x", "y"), List.of("a", "b"), "x^2 + a*y^2 - 1",
            "x*y - b");

    @Test
    void parameterHomotopyAgreesWithAFreshSolve() {
        Complex[] generic = { new Complex(0.7, -1.3), new Complex(-0.4, 0.9) };
        Complex[] target = Complex.real(2, 1.0 / 3);
        SolveResult atGeneric = solver.solve(family, generic, SolverOptions.defaults(), ProgressMonitor.NULL);
        assertEquals(4, atGeneric.finiteSolutions().size());
        List<Complex[]> starts = atGeneric.finiteSolutions().stream().map(Solution::coordinates).toList();
        SolveResult moved = solver.track(family, generic, starts, target, SolverOptions.defaults(),
                ProgressMonitor.NULL);
        SolveResult fresh = solver.solve(family, target, SolverOptions.defaults(), ProgressMonitor.NULL);
        assertAccounted(moved);
        assertEquals(4, moved.finiteSolutions().size(), moved.summary());
        assertEquals(fresh.finiteSolutions().size(), moved.finiteSolutions().size());
        for (int i = 0; i < 4; i++) {
            Complex[] a = moved.finiteSolutions().get(i).coordinates();
            Complex[] b = fresh.finiteSolutions().get(i).coordinates();
            for (int k = 0; k < 2; k++) {
                assertEquals(0, a[k].sub(b[k]).abs(), 1e-10);
            }
        }
        // hand check: x² + 2y² = 1, xy = 1/3 ⇒ 2y⁴ − y² + 1/9 = 0 ⇒ y² = (1 ± 1/3)/4: four real solutions
        assertEquals(4, moved.realSolutions().size());
    }

    /**
     * f(x, y) = (p, q) with two dense quadrics whose leading forms have no
     * common zero: 4 solutions for every generic (p, q). Monodromy from one
     * planted solution must find all four and pass the trace test.
     */
    @Test
    void monodromyFindsTheTotalDegreeCount() {
        PolynomialSystem system = system(List.of("x", "y"), List.of("p", "q"), "x^2 + 3*x*y - 2*y^2 + x - p",
                "2*x^2 - x*y + y^2 - 3*y - q");
        Complex x = new Complex(0.3, 0.2);
        Complex y = new Complex(-0.7, 0.5);
        Complex p = x.mul(x).add(Complex.real(3).mul(x).mul(y)).sub(Complex.real(2).mul(y).mul(y)).add(x);
        Complex q = Complex.real(2).mul(x).mul(x).sub(x.mul(y)).add(y.mul(y)).sub(Complex.real(3).mul(y));
        Complex[] parameters = { p, q };
        MonodromyResult monodromy = solver.monodromy(system, parameters, new Complex[] { x, y }, 2,
                SolverOptions.defaults(), ProgressMonitor.NULL);
        SolveResult direct = solver.solve(system, parameters, SolverOptions.defaults(), ProgressMonitor.NULL);
        assertEquals(4, direct.finiteSolutions().size());
        assertEquals(4, monodromy.solutionCount(), monodromy.result().summary());
        assertEquals(MonodromyResult.TraceTest.PASSED, monodromy.traceTest(), "defect " + monodromy.traceDefect());
        assertAccounted(monodromy.result());
    }

    /**
     * x⁴ = p has the four roots i^k·x. Started from the orbit {x, −x} of x ↦ −x with the goal
     * "4 solutions", the loops must find ±i·x and stop at the count, not by the trace test; started
     * from all four, no loop is needed.
     */
    @Test
    void monodromyFromSeveralStartsStopsAtTheKnownCount() {
        PolynomialSystem system = system(List.of("x"), List.of("p"), "x^4 - p");
        Complex x = new Complex(0.8, 0.3);
        Complex[] p = { x.pow(4) };
        Complex minusX = x.mul(Complex.real(-1));
        MonodromyGoal four = new MonodromyGoal(4, z -> true);
        MonodromyResult fromTwo = solver.monodromy(system, p, List.of(new Complex[] { x }, new Complex[] { minusX }),
                1, four, SolverOptions.defaults(), ProgressMonitor.NULL);
        assertEquals(4, fromTwo.solutionCount(), fromTwo.result().summary());
        assertTrue(fromTwo.loops() >= 1);
        assertTrue(fromTwo.stoppingRule().contains("known count 4"), fromTwo.stoppingRule());
        Complex i = new Complex(0, 1);
        List<Complex[]> orbit = List.of(new Complex[] { x }, new Complex[] { x.mul(i) }, new Complex[] { minusX },
                new Complex[] { minusX.mul(i) });
        MonodromyResult fromAll = solver.monodromy(system, p, orbit, 1, four, SolverOptions.defaults(),
                ProgressMonitor.NULL);
        assertEquals(4, fromAll.solutionCount());
        assertEquals(0, fromAll.loops());
    }

    /** The trace test must reject an incomplete solution set. */
    @Test
    void traceTestFailsWhenMonodromyIsStoppedEarly() {
        PolynomialSystem system = system(List.of("x"), List.of("p"), "x^4 + x - p");
        Complex x = new Complex(0.4, -0.3);
        Complex p = x.mul(x).mul(x).mul(x).add(x);
        SolverOptions oneLoop = SolverOptions.builder().monodromyMaxLoops(1).seed(3).build();
        MonodromyResult early = solver.monodromy(system, new Complex[] { p }, new Complex[] { x }, 1, oneLoop,
                ProgressMonitor.NULL);
        assertTrue(early.solutionCount() < 4, "one loop cannot find all four roots here: " + early.solutionCount());
        assertEquals(MonodromyResult.TraceTest.FAILED, early.traceTest());
        MonodromyResult full = solver.monodromy(system, new Complex[] { p }, new Complex[] { x }, 1,
                SolverOptions.defaults(), ProgressMonitor.NULL);
        assertEquals(4, full.solutionCount());
        assertEquals(MonodromyResult.TraceTest.PASSED, full.traceTest());
    }
}
