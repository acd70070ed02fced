// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.analysis.testing.ModelText;

/** Random inputs and teacher targets, checked against a hand-written forward pass. */
class DatasetMaterializerTest {

    private static final String MODEL = """
            architecture square_mlp {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }
            dataset cloud {
              point (1, 2) -> 7
              random 30 inputs in [-1, 1]^2 seed 7
              targets from square_mlp seed 11
            }
            analysis look {
              loss of square_mlp data cloud
            }
            """;

    @Test
    void teacherTargetsAreTheForwardPassOfTheSeededExactParameters() throws Exception {
        AnalysisRequest request = ModelText.request(MODEL, "look"); //$NON-NLS-1$
        MlpParametrization mlp = RequestInputs.mlp(request);
        Samples samples = DatasetMaterializer.forRequest(request, mlp);
        assertEquals(31, samples.size());
        assertArrayEquals(new double[] { 7 }, samples.outputs()[0]);
        // θ = (a, b, c, d, e, f) = k/4 with k uniform in {−8..8}; f(x) = e(ax + by)² + f(cx + dy)².
        SplittableRandom random = new SplittableRandom(11);
        double[] t = new double[6];
        for (int i = 0; i < 6; i++) {
            t[i] = random.nextInt(-8, 9) / 4.0;
        }
        for (int k = 1; k < samples.size(); k++) {
            double[] a = samples.inputs()[k];
            assertTrue(Math.abs(a[0]) <= 1 && Math.abs(a[1]) <= 1);
            double h1 = t[0] * a[0] + t[1] * a[1];
            double h2 = t[2] * a[0] + t[3] * a[1];
            assertEquals(t[4] * h1 * h1 + t[5] * h2 * h2, samples.outputs()[k][0], 1e-12);
        }
        assertTrue(samples.description().contains("seed 7") && samples.description().contains("seed 11")); //$NON-NLS-1$ //$NON-NLS-2$
        // The same seeds give the same data.
        assertArrayEquals(samples.inputs()[5], DatasetMaterializer.forRequest(request, mlp).inputs()[5]);
    }
}
