// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** The {@code singular} analysis on a CNN (strata and a point) and on lightning self-attention (a point only). */
class SingularOfCnnAndAttentionTest {

    private static final String MODEL = """
            architecture linear_cnn {
              input 4
              conv kernel=3 stride=1 bias=false
              conv kernel=2 stride=1 bias=false
            }
            architecture lightning {
              attention d=2 t=2 a=1
            }
            analysis cnn_strata {
              singular of linear_cnn point="1,-1,0,2,1" seed 4
            }
            analysis attention_strata {
              singular of lightning seed 4
            }
            analysis attention_point {
              singular of lightning point="1,0,0,1,0,0,1,1" seed 4
            }
            """;

    /**
     * Kernels (3, 2): f = (a + bt + ct²)(d + et), the cubics with a real root: all of R⁴ (dim 4 =
     * 3 + 2 − 1). θ = (1, −1, 0, 2, 1): the first filter ends in a zero, (1 − t)(2 + t) of degree 2.
     */
    @Test
    void cnnStrataAndAShortenedFilter() throws Exception {
        JsonObject json = run("cnn_strata").toJson(); //$NON-NLS-1$
        assertEquals(4, json.get("dimension").getAsInt()); //$NON-NLS-1$
        JsonArray strata = json.getAsJsonArray("strata"); //$NON-NLS-1$
        assertEquals(6 * 3 + 2, strata.size());
        JsonObject last = strata.get(strata.size() - 1).getAsJsonObject();
        assertEquals("w1", last.getAsJsonArray("zeroNeurons").get(0).getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, last.get("dimension").getAsInt()); //$NON-NLS-1$
        JsonObject point = json.getAsJsonObject("point"); //$NON-NLS-1$
        assertEquals("sparse-subnetwork", point.get("stratum").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("w1[3]", point.getAsJsonArray("zeroNeurons").get(0).getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void attentionWithoutAPointIsRefusedWithTheReason() throws Exception {
        AnalysisException e = assertThrows(AnalysisException.class, () -> run("attention_strata")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("point="), e.getMessage()); //$NON-NLS-1$
    }

    /**
     * d = 2, t = 2, a = 1: dim M = out·d + a(2d − a) − 1 = 4 + 3 − 1 = 6 (AttentionParametrization).
     * θ = (V = I, K = (0, 0), Q = (1, 1)): K = 0 makes f = 0; the Jacobian keeps only the K
     * columns, δK ↦ V X Xᵀ δKᵀ Q X, of rank 2.
     */
    @Test
    void attentionPointIsClassifiedByItsJacobianRank() throws Exception {
        SingularAnalysisResult result = run("attention_point"); //$NON-NLS-1$
        assertEquals(6, result.dimension());
        assertEquals(6, result.point().genericRank());
        assertEquals(Stratum.SINGULAR, result.point().stratum());
        assertEquals(2, result.point().jacobianRank(), result.summary().toString());
        assertTrue(result.point().zeroNeurons().isEmpty());
    }

    private static SingularAnalysisResult run(String name) throws Exception {
        return (SingularAnalysisResult) new SingularAnalysis().run(ModelText.request(MODEL, name), ProgressMonitor.NULL);
    }
}
