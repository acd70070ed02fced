// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;

/**
 * The parametric formulation in the coordinate slice of docs/MATHEMATICS.md §6.9 against the
 * implicit one and known values, on a CNN with channels and on attention with more key rows than
 * embedding dimension.
 */
class CoordinateSliceEddTest {

    private static final String MODEL = """
            architecture channels {
              input 9
              conv kernel=3 stride=3 bias=false channels=2
              conv kernel=3 stride=1 bias=false
            }

            architecture wide {
              attention d=2 t=2 a=3 out=1
            }

            analysis channels_parametric {
              edd of channels metric identity seed 4
              formulation=parametric
            }

            analysis channels_implicit {
              edd of channels metric identity seed 4
              formulation=implicit
            }

            analysis channels_generic {
              edd of channels metric random seed 6 seed 4
              formulation=implicit
            }

            analysis wide_parametric {
              edd of wide metric random seed 3 seed 2
              formulation=parametric
            }

            analysis wide_implicit {
              edd of wide metric random seed 3 seed 2
              formulation=implicit
            }
            """;

    private final EddAnalysis analysis = new EddAnalysis(ModelText.solvers());

    private JsonObject run(String name) throws Exception {
        return analysis.run(ModelText.request(MODEL, name), ProgressMonitor.NULL).toJson();
    }

    /**
     * Stride 3, kernels (3, 3) on length 9 through 2 channels: the coefficient of x_{3m+e} is the
     * entry (m, e) of W₂ᵀW₁ (both 2 × 3), so M is the 3 × 3 matrices of rank ≤ 2, the hypersurface
     * det = 0, and with the identity metric Eckart–Young gives C(3, 2) = 3 critical points, the
     * rank-2 truncations of the SVD of u. The implicit formulation certifies 3; the parametric one,
     * in 8 unknowns with GL(2) fixed on a block of W₁, must find the same 3 images, all pure, and
     * the exact count of its equations modulo two primes must confirm 3 parameter points: one
     * over each image, GL(2) is fixed exactly.
     */
    @Test
    void channelsHaveTheEckartYoungCountByBothFormulations() throws Exception {
        JsonObject implicit = run("channels_implicit"); //$NON-NLS-1$
        assertEquals(3, implicit.get("edDegree").getAsInt(), implicit.toString()); //$NON-NLS-1$
        assertTrue(implicit.get("certified").getAsBoolean()); //$NON-NLS-1$
        JsonObject parametric = run("channels_parametric"); //$NON-NLS-1$
        assertEquals(3, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
        assertEquals(3, parametric.getAsJsonObject("pure").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject check = parametric.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), check.toString()); //$NON-NLS-1$
        assertEquals(3, check.get("distinct").getAsInt()); //$NON-NLS-1$
    }

    /**
     * The same CNN with a generic metric: the ED degree of a variety equals that of its dual for
     * the dual metric (Draisma–Horobeţ–Ottaviani–Sturmfels–Thomas), and the dual of the determinant
     * hypersurface of 3 × 3 matrices is the rank-one 3 × 3 matrices, whose generic ED degree is 39.
     */
    @Test
    void channelsHaveTheGenericEdDegreeOfTheDeterminant() throws Exception {
        JsonObject implicit = run("channels_generic"); //$NON-NLS-1$
        assertEquals(39, implicit.get("edDegree").getAsInt(), implicit.toString()); //$NON-NLS-1$
    }

    /**
     * One head with a = 3 key rows on d = 2: KᵀQ is any 2 × 2 matrix, so M is the attention quartic
     * of docs/MATHEMATICS.md §6.6 with EDD 14 for a generic metric. The chart fixes all of K, one
     * row of Q and one entry of V and keeps 5 unknowns; both formulations must find 14.
     */
    @Test
    void moreKeyRowsThanEmbeddingGiveTheQuarticsCountByBothFormulations() throws Exception {
        JsonObject implicit = run("wide_implicit"); //$NON-NLS-1$
        assertEquals(14, implicit.get("edDegree").getAsInt(), implicit.toString()); //$NON-NLS-1$
        JsonObject parametric = run("wide_parametric"); //$NON-NLS-1$
        assertEquals(14, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
        assertEquals(14, parametric.getAsJsonObject("pure").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
