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
 * parameters with their symmetries fixed (docs/MATHEMATICS.md §6.2; several heads, a &gt; d, stacks
 * and channels in a coordinate slice, §6.9): it must agree with the implicit formulation where that
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

            architecture channels {
              input 9
              conv kernel=3 stride=3 bias=false channels=2
              conv kernel=3 stride=1 bias=false
            }

            architecture wide {
              attention d=2 t=2 a=3 out=1
            }

            architecture cubic_heads {
              attention d=2 t=1 a=1 out=1 heads=2
            }
            """ + edd("channels_parametric", "channels", "identity seed 4", "parametric") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            + edd("channels_implicit", "channels", "identity seed 4", "implicit") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            + edd("channels_generic", "channels", "random seed 6 seed 4", "implicit") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            + edd("channels_generic_parametric", "channels", "random seed 6 seed 4", "parametric") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            + edd("wide_parametric", "wide", "random seed 3 seed 2", "parametric") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            + edd("wide_implicit", "wide", "random seed 3 seed 2", "implicit") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            + edd("cubic_heads_parametric", "cubic_heads", "random seed 3 seed 2", "parametric"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final EddAnalysis analysis = new EddAnalysis(ModelText.solvers());

    /** @return an edd analysis block with the given metric (and seed) and formulation */
    private static String edd(String name, String architecture, String metric, String formulation) {
        return "\nanalysis " + name + " {\n  edd of " + architecture + " metric " + metric //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "\n  formulation=" + formulation + "\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }

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
     * give in docs/benchmarks.md). Both implicit counts are certified: the minors cut out V(F) of
     * dimension 4 and degree 3, the degree of the Segre variety P¹ × P² that M is the cone over, so M
     * is the only top-dimensional component of V(F) (docs/MATHEMATICS.md §6.2).
     */
    @Test
    void stridedCnnInCodimensionTwoAgreesAcrossFormulations() throws Exception {
        JsonObject identity = run("strided_implicit"); //$NON-NLS-1$
        assertEquals(2, identity.get("edDegree").getAsInt(), identity.toString()); //$NON-NLS-1$
        assertEquals("implicit", identity.get("formulation").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(identity.get("certified").getAsBoolean(), identity.toString()); //$NON-NLS-1$
        JsonObject implicit = run("strided_generic_implicit"); //$NON-NLS-1$
        assertTrue(implicit.get("certified").getAsBoolean(), implicit.toString()); //$NON-NLS-1$
        assertTrue(implicit.toString().contains("V(F) has dimension 4 and degree 3; M has degree 3"), //$NON-NLS-1$
                implicit.toString());
        JsonObject parametric = run("strided_generic_parametric"); //$NON-NLS-1$
        assertEquals(10, implicit.get("edDegree").getAsInt(), implicit.toString()); //$NON-NLS-1$
        assertEquals(10, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
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
     * The parametric formulation of the same CNN at the same metric and data, in the coordinate slice with
     * GL(2) fixed on a block of W₁: it must find the 39 critical points the implicit formulation certifies
     * (docs/MATHEMATICS.md §6.9), each over one parameter point, and the exact count of its critical
     * equations, which now ends its monodromy, must confirm the 39 parameter points.
     */
    @Test
    void channelsGenericByTheParametricFormulationAgreesWithTheImplicitOne() throws Exception {
        JsonObject parametric = run("channels_generic_parametric"); //$NON-NLS-1$
        assertEquals(39, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
        assertEquals(39, parametric.getAsJsonObject("pure").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject check = parametric.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), check.toString()); //$NON-NLS-1$
        assertEquals(39, check.get("distinct").getAsInt()); //$NON-NLS-1$
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

    /**
     * Two heads with one token, d = 2, a = 1, out = 1: each head is (v·x)(k·x)(q·x), a product of
     * three binary linear forms, i.e. any binary cubic, so two heads fill the 4-dimensional space
     * of binary cubics with 8-dimensional fibres (12 parameters, 4 fixed by the groups, 4 more by
     * the slice). M is the whole space: the one critical point is u itself, at zero loss, for any
     * metric; the parametric formulation must find exactly that image.
     */
    @Test
    void headsFillingTheBinaryCubicsHaveTheDataAsOnlyCriticalPoint() throws Exception {
        JsonObject parametric = run("cubic_heads_parametric"); //$NON-NLS-1$
        assertEquals(1, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
        assertEquals(1, parametric.getAsJsonObject("pure").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        double loss = parametric.getAsJsonObject("globalMinimum").getAsJsonArray("loss").get(0).getAsDouble(); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, loss, 1e-9, parametric.toString());
    }
}
