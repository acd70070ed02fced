// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.AttentionParametrization;
import org.neuroalgebra.analysis.internal.ProportionInterval;
import org.neuroalgebra.analysis.singular.Stratum;
import org.neuroalgebra.analysis.train.Optimizer;
import org.neuroalgebra.analysis.train.TrainingSettings;

/**
 * Lightning self-attention with d = 1, t = 2, a = 1: X = (x₁, x₂) ↦ v(x₁² + x₂²)kq·(x₁, x₂). With s =
 * vkq the network function is s·((x₁³ + x₁x₂²), (x₁²x₂ + x₂³)), so M is the line through 0 spanned
 * by the coefficient vector e with four entries 1 (ambient dimension 2 · 4 = 8). The nearest point
 * to u is its projection ⟨u, e⟩e/4, at squared distance ‖u‖² − ⟨u, e⟩²/4, a smooth point (Jacobian
 * rank 1 = dim M wherever s ≠ 0); attention is classified by its Jacobian rank alone.
 */
class AttentionBiasTest {

    private static final int SAMPLES = 12;

    @Test
    void nearestPointIsTheProjectionOntoTheLine() throws Exception {
        AttentionParametrization attention = AttentionParametrization.create(1, 2, 1, 1, BigInteger.valueOf(1000));
        double[] e = attention.evaluate(new double[] { 1, 1, 1 });
        assertEquals(8, e.length);
        assertEquals(4, e[0] * e[0] + e[1] * e[1] + e[2] * e[2] + e[3] * e[3] + e[4] * e[4] + e[5] * e[5]
                + e[6] * e[6] + e[7] * e[7], "four coefficients 1, the others 0"); //$NON-NLS-1$
        NetworkNearestPoint problem = new NetworkNearestPoint(attention,
                new TrainingSettings(Optimizer.ADAM, 4, 300, 0.03, 0.7, 1e-3, 0, 2));
        VoronoiMassEstimator.Estimate estimate = VoronoiMassEstimator.estimate(problem, Box.cube(8, 1), SAMPLES, 5,
                ProportionInterval.Z_99, ProgressMonitor.NULL);
        for (int k = 0; k < SAMPLES; k++) {
            double[] u = estimate.samples().get(k);
            double inner = 0;
            double norm = 0;
            for (int i = 0; i < 8; i++) {
                inner += u[i] * e[i];
                norm += u[i] * u[i];
            }
            Nearest nearest = estimate.minimizers().get(k);
            assertEquals(norm - inner * inner / 4, nearest.distance(), 1e-9, "sample " + k); //$NON-NLS-1$
            for (int i = 0; i < 8; i++) {
                assertEquals(inner * e[i] / 4, nearest.point()[i], 1e-6, "sample " + k); //$NON-NLS-1$
            }
            assertEquals(Stratum.SMOOTH, nearest.stratum(), "sample " + k); //$NON-NLS-1$
        }
    }
}
