// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.SolverOptions;

/** Which paths a batch tracks again in double-double: failures only when asked to. */
class PathBatchRetrackTest {

    /** x² = p from p = 1 + i to p = 4, start x = √(1 + i). */
    private static PathOutcome[] track(int maxSteps, boolean retrackFailures) throws PolynomialSyntaxException {
        CompiledSystem system = new CompiledSystem(List.of(PolynomialParser.parse("x^2 - p", List.of("x", "p"))), 1,
                new int[] { 2 });
        ProjectiveChart chart = new ProjectiveChart(1, new SplittableRandom(7));
        Homotopy homotopy = new ParameterPathHomotopy(system, new double[] { 1, 1 }, new double[] { 4, 0 }, 1, 0,
                chart);
        // √(1 + i) = 2^(1/4) (cos π/8 + i sin π/8)
        double r = Math.pow(2, 0.25);
        double[] start = chart.lift(new double[] { r * Math.cos(Math.PI / 8), r * Math.sin(Math.PI / 8) });
        SolverOptions options = SolverOptions.builder().endgame(false).maxSteps(maxSteps).build();
        return new PathBatch(homotopy, options, new StopSignal(), Long.MAX_VALUE, retrackFailures).run(1,
                i -> start, ProgressMonitor.NULL);
    }

    @Test
    void aFailedPathIsRetrackedOnlyWhenFailuresAreRetracked() throws PolynomialSyntaxException {
        PathOutcome dropped = track(2, false)[0];
        assertEquals(FailureReason.MAX_STEPS, dropped.failure());
        assertFalse(dropped.retracked());
        PathOutcome retried = track(2, true)[0];
        assertTrue(retried.retracked());
    }

    @Test
    void aConvergedPathEndsAtTheRootEitherWay() throws PolynomialSyntaxException {
        for (boolean retrackFailures : new boolean[] { false, true }) {
            PathOutcome outcome = track(20_000, retrackFailures)[0];
            assertTrue(outcome.ok());
            double[] z = outcome.z();
            // x = z_1 / z_0, which must be √4 = 2 on the branch continued from √(1 + i) (Re x stays positive)
            double den = z[2] * z[2] + z[3] * z[3];
            double re = (z[0] * z[2] + z[1] * z[3]) / den;
            double im = (z[1] * z[2] - z[0] * z[3]) / den;
            assertEquals(2, re, 1e-10);
            assertEquals(0, im, 1e-10);
        }
    }
}
