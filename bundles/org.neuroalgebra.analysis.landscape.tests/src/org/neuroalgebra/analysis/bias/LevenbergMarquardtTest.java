// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.PolynomialParser;

/**
 * The polish on f = a(w²x² + 1), coefficients (aw², 0, a), θ = (w, a) (see
 * {@link SparseSubnetworkBiasTest} for the geometry).
 */
class LevenbergMarquardtTest {

    private static MlpParametrization constantNeuron() throws Exception {
        return MlpParametrization.create(new int[] { 1, 1, 1 }, new boolean[] { false, false },
                PolynomialParser.parse("x^2 + 1", List.of("x"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** u = (2, 0, 1/2) lies on M at w = ±2, a = 1/2: the polish lands on it. */
    @Test
    void attainedPointIsReachedExactly() throws Exception {
        LevenbergMarquardt.Polished polished = LevenbergMarquardt.polish(constantNeuron(), new double[] { 1, 1 },
                new double[] { 2, 0, 0.5 });
        assertFalse(polished.diverged());
        assertEquals(0, polished.loss(), 1e-20);
        assertArrayEquals(new double[] { 2, 0.5 }, new double[] { Math.abs(polished.theta()[0]), polished.theta()[1] },
                1e-10);
    }

    /**
     * u = (0.74, 0, −0.32): α > 0 > γ and |α| > |γ|, so the infimum γ² ≈ 0.1024 sits at (0.74, 0, 0),
     * which needs a → 0, w → ∞. Started in that valley the polish reports divergence, with a loss
     * within 1e-3 of the infimum.
     */
    @Test
    void valleyToInfinityIsReportedAsDivergence() throws Exception {
        LevenbergMarquardt.Polished polished = LevenbergMarquardt.polish(constantNeuron(), new double[] { 3, 0.05 },
                new double[] { 0.74, 0, -0.32 });
        assertTrue(polished.diverged());
        assertEquals(0.32 * 0.32, polished.loss(), 1e-3);
        assertTrue(polished.theta()[0] > 30, "w grows: " + polished.theta()[0]); //$NON-NLS-1$
    }
}
