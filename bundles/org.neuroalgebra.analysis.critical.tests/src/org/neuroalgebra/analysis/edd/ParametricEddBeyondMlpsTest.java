// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonObject;

/**
 * The parametric formulation of architectures that are not MLPs, in a chart of their
 * parameters with their symmetries fixed (docs/MATHEMATICS.md §6.2): it must agree with the implicit formulation where that
 * applies, and with closed formulas where M is not a hypersurface.
 */
class ParametricEddBeyondMlpsTest {

    private static final String MODEL = """
            architecture lightning_pair {
              attention d=2 t=2 a=2 out=1
            }

            analysis parametric {
              edd of lightning_pair metric random seed 3 seed 2
              formulation=parametric
            }

            analysis implicit {
              edd of lightning_pair metric random seed 3 seed 2
              formulation=implicit
            }

            architecture strided {
              input 6
              conv kernel=2 stride=2 bias=false
              conv kernel=3 stride=1 bias=false
            }

            analysis strided_edd {
              edd of strided metric identity seed 4
              formulation=parametric
            }

            analysis strided_implicit {
              edd of strided metric identity seed 4
              formulation=implicit
            }

            analysis strided_generic_parametric {
              edd of strided metric random seed 6 seed 4
              formulation=parametric
            }

            analysis strided_generic_implicit {
              edd of strided metric random seed 6 seed 4
              formulation=implicit
            }
            """;

    private final EddAnalysis analysis = new EddAnalysis(ModelText.solvers());

    private JsonObject run(String name) throws Exception {
        return analysis.run(ModelText.request(MODEL, name), ProgressMonitor.NULL).toJson();
    }

    /**
     * The talk's quartic from attention d = t = a = 2 with one output row: the implicit formulation
     * certifies EDD = 14 for a generic Q (docs/MATHEMATICS.md §6.6). The parametric formulation works
     * in 5 unknowns of a slice of the 10 parameters, where each image has several parameter points
     * (the slice meets the 5-dimensional fibres GL(2) × C* several times), and must find the same 14
     * images, all pure, at the same data.
     */
    @Test
    void attentionByBothFormulationsAgrees() throws Exception {
        JsonObject implicit = run("implicit"); //$NON-NLS-1$
        JsonObject parametric = run("parametric"); //$NON-NLS-1$
        assertEquals(14, implicit.get("edDegree").getAsInt(), implicit.toString()); //$NON-NLS-1$
        assertTrue(implicit.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertEquals(14, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
        assertEquals("parametric", parametric.get("formulation").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(parametric.get("certified").getAsBoolean()); //$NON-NLS-1$
    }

    /**
     * Stride 2, kernels (2, 3) on length 6: the output coefficients are the 3 × 2 matrix W2ᵀW1 of
     * rank ≤ 1 (docs/MATHEMATICS.md §1.6), a variety of codimension 2, where the implicit formulation
     * (a hypersurface in its span) does not apply. With the identity metric the coordinates are the
     * matrix entries, so Eckart–Young gives EDD = C(min(3, 2), 1) = 2.
     */
    @Test
    void stridedCnnHasTheEckartYoungCount() throws Exception {
        JsonObject result = run("strided_edd"); //$NON-NLS-1$
        assertEquals(2, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
    }

    /**
     * The same CNN in the implicit formulation, in codimension 2: the 2 × 2 minors of the 3 × 2
     * matrix (degree 2) cut out V(F) ⊇ M. With the identity the count is Eckart–Young's 2 again; with
     * a generic metric both formulations must find the generic ED degree of the rank-one 2 × 3
     * matrices, 10 (the sum of the polar degrees of P¹ × P², which Macaulay2 and PHCpack also
     * give in docs/benchmarks.md). The implicit count stays numerical: that the minors found
     * generate the ideal is not proven here.
     */
    @Test
    void stridedCnnInCodimensionTwoAgreesAcrossFormulations() throws Exception {
        JsonObject identity = run("strided_implicit"); //$NON-NLS-1$
        assertEquals(2, identity.get("edDegree").getAsInt(), identity.toString()); //$NON-NLS-1$
        assertEquals("implicit", identity.get("formulation").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(identity.get("certified").getAsBoolean()); //$NON-NLS-1$
        JsonObject implicit = run("strided_generic_implicit"); //$NON-NLS-1$
        JsonObject parametric = run("strided_generic_parametric"); //$NON-NLS-1$
        assertEquals(10, implicit.get("edDegree").getAsInt(), implicit.toString()); //$NON-NLS-1$
        assertEquals(10, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
    }
}
