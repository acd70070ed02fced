// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.testing.ModelText;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The {@code edd} analysis of architectures end to end: the parametric formulation, pure and
 * spurious counts in the JSON, and the exact count of the critical equations (modulo two primes) as
 * evidence that does not certify the number of images.
 */
class ArchitectureEddTest {

    private static final String MODEL = """
            architecture cone {
              input 2
              dense 1 bias=false
              activation x^3
              dense 1 bias=false
            }
            architecture quadratic_cone {
              input 2
              dense 1 bias=false
              activation x^2
              dense 1 bias=false
            }
            architecture linear {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }
            architecture lightning {
              attention d=2 t=2 a=1
            }
            dataset single {
              point (1, 2) -> 1
            }
            analysis generic {
              edd of cone metric random seed 5
              formulation=parametric
            }
            analysis eckart_young {
              edd of linear metric identity
              formulation=parametric
            }
            analysis one_sample {
              edd of quadratic_cone metric data single
            }
            analysis one_sample_parametric {
              edd of quadratic_cone metric data single
              formulation=parametric
            }
            analysis attention {
              edd of lightning
            }
            analysis degenerate_parametric {
              edd of quadratic_cone metric kernel 1 seed 3 seed 2
              formulation=parametric
            }
            analysis degenerate_implicit {
              edd of quadratic_cone metric kernel 1 seed 3 seed 2
              formulation=implicit
            }
            analysis degenerate_cubes {
              edd of cone metric kernel 2 seed 6 seed 2
            }
            analysis degenerate_cubes_parametric {
              edd of cone metric kernel 2 seed 6 seed 2
              formulation=parametric
            }
            analysis blind_parametric {
              edd of quadratic_cone metric weights (1, 1, 0) seed 2
              formulation=parametric
            }
            analysis blind_implicit {
              edd of quadratic_cone metric weights (1, 1, 0) seed 2
              formulation=implicit
            }
            """;

    private final EddAnalysis analysis = new EddAnalysis(ModelText.solvers());

    private JsonObject run(String name) throws Exception {
        return analysis.run(ModelText.request(MODEL, name), ProgressMonitor.NULL).toJson();
    }

    /** σ = x³, widths (2,1,1): the cone over the twisted cubic, generic ED degree 3·3 − 2 = 7. */
    @Test
    void coneWithAGenericMetricHasSevenPurePointsAndTheZeroFunction() throws Exception {
        JsonObject result = run("generic"); //$NON-NLS-1$
        assertEquals(7, result.getAsJsonObject("pure").get("count").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(7, result.get("edDegree").getAsInt()); //$NON-NLS-1$
        assertEquals(1, result.getAsJsonObject("spurious").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        // 7 pure parameter points, and c = 0 with (a, b) on the slice a root of the cubic v(a, b)ᵀ Q u = 0: 3 more
        assertEquals(10, result.getAsJsonObject("crossCheck").get("distinct").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertParameterPointsConfirmedButImagesNumerical(result);
        assertFalse(result.get("globalMinimum").isJsonNull()); //$NON-NLS-1$
    }

    @Test
    void linearNetworkGivesEckartYoungWithItsParameterPointsConfirmed() throws Exception {
        JsonObject result = run("eckart_young"); //$NON-NLS-1$
        assertEquals(2, result.getAsJsonObject("pure").get("count").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, result.getAsJsonObject("pure").get("real").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, result.getAsJsonObject("spurious").get("count").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertParameterPointsConfirmedButImagesNumerical(result);
    }

    /**
     * The parametric formulation reports distinct pure images while the exact count (two primes)
     * counts critical parameter points: it is evidence, and the result is numerical with the reason.
     */
    private static void assertParameterPointsConfirmedButImagesNumerical(JsonObject result) {
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertTrue(check.get("primesAgree").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertEquals(List.of(2147483647L, 2147483629L),
                check.getAsJsonArray("primes").asList().stream().map(p -> p.getAsLong()).toList()); //$NON-NLS-1$
        assertFalse(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertTrue(result.getAsJsonArray("notes").get(0).getAsString() //$NON-NLS-1$
                .startsWith("numerical: the ED degree is the number of distinct pure images"), result.toString()); //$NON-NLS-1$
    }

    /**
     * One sample a = (1, 2): Q = v vᵀ with v = (1, 2, 4) on the binary quadratics (x², xy, y²), and M
     * is the cone b² = 4ac. By default (Q degenerate) the implicit formulation: the zero-loss set is
     * the conic {v·c = 1} ∩ M (degree 2), and the ramification locus is where ∇F = (−4c, 2b, −4a)
     * is parallel to v, the line t(−1, 1, −1/4) on M, all of it critical (derived by hand).
     */
    @Test
    void singleSampleDataMetricGivesAZeroLossConicAndARamificationLineConfirmedExactly() throws Exception {
        JsonObject result = run("one_sample"); //$NON-NLS-1$
        assertEquals("implicit", result.get("formulation").getAsString(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> components = result.getAsJsonArray("components").asList().stream() //$NON-NLS-1$
                .map(c -> c.getAsJsonObject().get("dimension").getAsInt() + "/" //$NON-NLS-1$ //$NON-NLS-2$
                        + c.getAsJsonObject().get("degree").getAsInt() + "/" //$NON-NLS-1$ //$NON-NLS-2$
                        + c.getAsJsonObject().get("kind").getAsString()) //$NON-NLS-1$
                .sorted().toList();
        assertEquals(List.of("1/1/ramification", "1/2/zero-loss"), components, result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        // confirmed by the exact count, but curves carry no certificates: numerical (docs/CERTIFICATES.md)
        assertTrue(result.getAsJsonObject("crossCheck").get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    /** The same in the parametric formulation: the ramification line is not separated, so not certified. */
    @Test
    void singleSampleDataMetricReportsAPositiveDimensionalComponentUncertified() throws Exception {
        JsonObject result = run("one_sample_parametric"); //$NON-NLS-1$
        assertTrue(result.get("metric").getAsString().startsWith("data-induced"), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.getAsJsonArray("components").asList().stream() //$NON-NLS-1$
                .anyMatch(c -> c.getAsJsonObject().get("dimension").getAsInt() >= 1), result.toString()); //$NON-NLS-1$
        assertFalse(result.get("certified").getAsBoolean()); //$NON-NLS-1$
    }

    /** d = t = 2, a = 1, out = 2: M (dimension 6) spans 12 dimensions; the implicit formulation needs a hypersurface. */
    @Test
    void attentionOfHighCodimensionInItsSpanIsRefused() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> run("attention")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("codimension 6"), e.getMessage()); //$NON-NLS-1$
    }

    /**
     * A degenerate Q (kernel dimension 1) on the cone b² = 4ac with the parametric formulation forced:
     * the implicit formulation is run as a check, since it also counts the critical points on the
     * ramification locus; the note carries its count, which must be the count of an implicit run of
     * its own.
     */
    @Test
    void aForcedParametricRunWithADegenerateMetricIsCheckedByTheImplicitFormulation() throws Exception {
        JsonObject parametric = run("degenerate_parametric"); //$NON-NLS-1$
        JsonObject implicit = run("degenerate_implicit"); //$NON-NLS-1$
        int all = implicit.get("edDegree").getAsInt(); //$NON-NLS-1$
        List<String> notes = parametric.getAsJsonArray("notes").asList().stream().map(JsonElement::getAsString).toList(); //$NON-NLS-1$
        String check = notes.get(notes.size() - 1);
        assertTrue(check.startsWith("checked by the implicit formulation"), notes.toString()); //$NON-NLS-1$
        assertTrue(check.contains(": " + all + " critical points"), check + " / implicit " + all); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(parametric.get("edDegree").getAsInt() <= all, parametric.toString()); //$NON-NLS-1$
    }

    /**
     * A degenerate Q (kernel dimension 2) on the cubes w·(a·x + b·y)³, the cone over the twisted cubic,
     * of codimension 2 in C⁴. The parametric formulation cannot separate the critical points on the
     * ramification locus, so the implicit one is chosen although M is not a hypersurface, and it is
     * certified. Derived by hand: the zero-loss points are the intersection of M (degree 3) with the
     * plane u + ker Q, a generic plane of complementary dimension, so there are 3. The total is the one
     * EddAnalysisTest finds independently for the same cone given by its three Hankel minors with a
     * kernel of dimension 2 (3 zero-loss + 4 ramification points): the MLP's coordinates differ from
     * those by the invertible diagonal map diag(1, 3, 3, 1), which carries generic semidefinite metrics
     * of kernel dimension 2 to generic ones, so the generic count is the same. (That a forced parametric
     * run carries the implicit total in its check only tests the wiring: the check is the implicit run.)
     */
    @Test
    void aDegenerateMetricInCodimensionTwoChoosesTheImplicitFormulation() throws Exception {
        JsonObject result = run("degenerate_cubes"); //$NON-NLS-1$
        assertEquals("implicit", result.get("formulation").getAsString(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
        long zeroLoss = result.getAsJsonArray("criticalPoints").asList().stream() //$NON-NLS-1$
                .filter(p -> p.getAsJsonObject().get("kind").getAsString().equals("zero-loss")).count(); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, zeroLoss, result.toString());
        int all = result.get("edDegree").getAsInt(); //$NON-NLS-1$
        assertEquals(7, all, result.toString());
        assertEquals(4, result.getAsJsonObject("crossCheck").get("ramificationPoints").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        JsonObject parametric = run("degenerate_cubes_parametric"); //$NON-NLS-1$
        List<String> notes = parametric.getAsJsonArray("notes").asList().stream().map(JsonElement::getAsString).toList(); //$NON-NLS-1$
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("checked by the implicit formulation") //$NON-NLS-1$
                && n.contains(": " + all + " critical points (certified)")), notes + " / implicit " + all); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(parametric.get("edDegree").getAsInt() <= all, parametric.toString()); //$NON-NLS-1$
    }

    /**
     * A metric blind to the y² coefficient: Q = diag(1, 1, 0) on (a, b, c) = (x², xy, y²), M the cone b² = 4ac.
     * Derived by hand: the Lagrange conditions Q(x − u) = λ(−4c, 2b, −4a) give λ = 0 (third row, a ≠ 0), so
     * (a, b) = (u₁, u₂) and c = u₂²/(4u₁), one real critical point at loss 0; a = 0 forces b = 0 on M and then
     * u₂ = 0, which generic data is not. Both formulations, and the implicit check of the parametric one, must
     * count exactly that one point.
     */
    @Test
    void aMetricBlindToOneCoefficientHasTheOneZeroLossPointInBothFormulations() throws Exception {
        JsonObject parametric = run("blind_parametric"); //$NON-NLS-1$
        JsonObject implicit = run("blind_implicit"); //$NON-NLS-1$
        assertEquals(1, implicit.get("edDegree").getAsInt(), implicit.toString()); //$NON-NLS-1$
        assertEquals(1, implicit.get("realCount").getAsInt(), implicit.toString()); //$NON-NLS-1$
        assertEquals(1, parametric.get("edDegree").getAsInt(), parametric.toString()); //$NON-NLS-1$
        // the loss is complex, [re, im]
        assertEquals(0, parametric.getAsJsonObject("globalMinimum").getAsJsonArray("loss").get(0).getAsDouble(), 1e-9, //$NON-NLS-1$ //$NON-NLS-2$
                parametric.toString());
        List<String> notes = parametric.getAsJsonArray("notes").asList().stream().map(JsonElement::getAsString).toList(); //$NON-NLS-1$
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("checked by the implicit formulation") //$NON-NLS-1$
                && n.contains(": 1 critical points")), notes.toString()); //$NON-NLS-1$
    }
}
