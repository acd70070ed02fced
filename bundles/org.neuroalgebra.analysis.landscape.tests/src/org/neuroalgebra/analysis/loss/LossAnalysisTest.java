// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Monomials;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;

/** The {@code loss} analysis against hand computations (docs/MATHEMATICS.md §5). */
class LossAnalysisTest {

    private static final String QUADRATIC = """
            architecture quadratic {
              input 1
              dense 1
              activation x^2
              dense 1
            }
            dataset alternating {
              point 0 -> 0
              point 1 -> 1
              point 2 -> 0
              point 3 -> 1
            }
            dataset pair {
              point 1 -> 2
              point -1 -> 5
            }
            analysis fit {
              loss of quadratic data alternating checks=7 seed 4
            }
            analysis underdetermined {
              loss of quadratic data pair
            }
            """;

    private static final String CUBIC = """
            architecture cubic_mlp {
              input 2
              dense 2 bias=false
              activation x^3
              dense 1 bias=false
            }
            dataset four_points {
              point (0, 1) -> 1
              point (1, 0) -> 2
              point (1, 1) -> 0
              point (2, -1) -> 1
            }
            dataset two_points {
              point (0, 1) -> 1
              point (1, 3) -> 2
            }
            analysis cubic_loss {
              loss of cubic_mlp data four_points
            }
            analysis cubic_two {
              loss of cubic_mlp data two_points
            }
            """;

    @Test
    void hankelMomentMatrixAndLeastSquaresResidualOfFourEquallySpacedPoints() throws Exception {
        LossAnalysisResult result = run(QUADRATIC, "fit"); //$NON-NLS-1$
        // σ = x², affine layers: f is any quadratic, basis {x², x, 1}; Q[i][j] = Σ a^(e_i + e_j).
        double[][] q = result.geometry().gram();
        Monomials basis = result.geometry().basis();
        for (int i = 0; i < basis.size(); i++) {
            for (int j = 0; j < basis.size(); j++) {
                int power = basis.get(i).degree() + basis.get(j).degree();
                double moment = 0;
                for (int a = 0; a <= 3; a++) {
                    moment += Math.pow(a, power);
                }
                assertEquals(moment, q[i][j], 1e-12);
                assertEquals(moment, result.moments()[power], 1e-12);
            }
        }
        JsonObject json = result.toJson();
        assertEquals(3, json.get("rankQ").getAsInt()); //$NON-NLS-1$
        assertEquals("metric", json.get("distance").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        // The residual of the quadratic fit is the projection of y = (0,1,0,1) on the discrete cubic
        // (−1, 3, −3, 1): (y·p)²/‖p‖² = 16/20.
        assertEquals(0.8, json.get("offset").getAsDouble(), 1e-9); //$NON-NLS-1$
        assertTrue(json.get("offsetRelativeSpread").getAsDouble() < 1e-10, json.toString()); //$NON-NLS-1$
        assertEquals(7, json.get("checks").getAsInt()); //$NON-NLS-1$
        assertEquals(4, json.get("seed").getAsLong()); //$NON-NLS-1$
        assertTrue(result.certified());
    }

    @Test
    void fewerSamplesThanMonomialsGiveAPseudometricThatInterpolates() throws Exception {
        JsonObject json = run(QUADRATIC, "underdetermined").toJson(); //$NON-NLS-1$
        // |S| = 2 < 3 = dim V: rank Q = 2, k = 1; the data are interpolated, so the offset is 0.
        assertEquals(2, json.get("rankQ").getAsInt()); //$NON-NLS-1$
        assertEquals(2, json.get("exactRankQ").getAsInt()); //$NON-NLS-1$
        assertEquals(1, json.get("kernelDimension").getAsInt()); //$NON-NLS-1$
        assertEquals("pseudometric", json.get("distance").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, json.get("offset").getAsDouble(), 1e-9); //$NON-NLS-1$
    }

    @Test
    void cubicNetworkOnTheDslDatasets() throws Exception {
        // A rows (x³, x²y, xy², y³): e4, e1, (1,1,1,1), (8,−4,2,−1); the x²y, xy² minor of the last
        // two rows is 1·2 − 1·(−4) = 6 ≠ 0, so rank A = rank Q = 4 = dim V.
        LossAnalysisResult four = run(CUBIC, "cubic_loss"); //$NON-NLS-1$
        assertEquals(4, four.rankQ());
        assertEquals(0, four.kernelDimension());
        assertEquals(4, four.series().get(0).values().length);
        LossAnalysisResult two = run(CUBIC, "cubic_two"); //$NON-NLS-1$
        assertEquals(2, two.kernelDimension());
        assertTrue(two.certified());
        assertTrue(two.check().relativeSpread() < 1e-10);
    }

    private static LossAnalysisResult run(String text, String name) throws IOException, AnalysisException {
        return (LossAnalysisResult) new LossAnalysis().run(ModelText.request(text, name), ProgressMonitor.NULL);
    }
}
