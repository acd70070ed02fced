// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.bias;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The {@code bias} analysis end to end on the linear network (2, 1, 2). */
class BiasAnalysisTest {

    private static final String MODEL = """
            architecture rank_one {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }
            analysis rank_one_bias {
              bias of rank_one samples=12 starts=3 steps=800 seed 2
            }
            """;

    /**
     * M = 2 × 2 matrices of rank ≤ 1, a hypersurface (det = 0) in R⁴. Eckart–Young: the nearest
     * point is the rank-1 truncation of the SVD, at squared distance σ₂², a smooth point of M
     * (rank 1, not the zero matrix) for almost every u.
     */
    @Test
    void rankOneMatricesAttractAlmostAllDataToSmoothPointsAtTheEckartYoungDistance() throws Exception {
        JsonObject json = new BiasAnalysis().run(ModelText.request(MODEL, "rank_one_bias"), ProgressMonitor.NULL) //$NON-NLS-1$
                .toJson();
        assertEquals(12, json.getAsJsonArray("samples").size()); //$NON-NLS-1$
        for (JsonElement element : json.getAsJsonArray("samples")) { //$NON-NLS-1$
            JsonObject sample = element.getAsJsonObject();
            double[] u = new double[4];
            for (int i = 0; i < 4; i++) {
                u[i] = sample.getAsJsonArray("u").get(i).getAsDouble(); //$NON-NLS-1$
            }
            assertEquals(smallerSingularValueSquared(u), sample.get("distance").getAsDouble(), 1e-6); //$NON-NLS-1$
            assertEquals("smooth", sample.get("stratum").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        JsonObject smooth = json.getAsJsonArray("strata").get(0).getAsJsonObject(); //$NON-NLS-1$
        assertEquals("smooth", smooth.get("kind").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1.0, smooth.get("mass").getAsDouble()); //$NON-NLS-1$
        assertTrue(smooth.get("low").getAsDouble() > 0.5); //$NON-NLS-1$
        assertEquals(2, json.get("seed").getAsLong()); //$NON-NLS-1$
    }

    /** σ₂² of [[a, b], [c, d]] from the characteristic polynomial of MᵀM: t² − ‖M‖²t + det². */
    private static double smallerSingularValueSquared(double[] m) {
        double frobenius = m[0] * m[0] + m[1] * m[1] + m[2] * m[2] + m[3] * m[3];
        double det = m[0] * m[3] - m[1] * m[2];
        return (frobenius - Math.sqrt(frobenius * frobenius - 4 * det * det)) / 2;
    }
}
