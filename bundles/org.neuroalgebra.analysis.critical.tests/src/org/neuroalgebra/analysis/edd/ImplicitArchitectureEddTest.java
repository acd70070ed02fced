// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.analysis.AnalysisException;
import org.neuroalgebra.analysis.testing.ModelText;
import org.neuroalgebra.solver.MonodromyResult;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The implicit formulation of the {@code edd} analysis for architectures end to end (docs/MATHEMATICS.md §6):
 * the talk's lightning self-attention with data-induced metrics from |S| = 3, 2, 1 samples (k =
 * 0, 2, 4), Eckart–Young for the linear network (2,1,2), and refusals.
 */
class ImplicitArchitectureEddTest {

    private static final String ARCHITECTURES = """
            architecture lightning_pair {
              attention d=2 t=2 a=2 out=1
            }
            architecture linear {
              input 2
              dense 1 bias=false
              dense 2 bias=false
            }
            architecture linear_333 {
              input 3
              dense 1 bias=false
              dense 3 bias=false
            }
            architecture square {
              input 2
              dense 2 bias=false
              activation x^2
              dense 1 bias=false
            }
            architecture cubes {
              input 2
              dense 1 bias=false
              activation x^3
              dense 1 bias=false
            }
            architecture fourth_powers {
              input 2
              dense 1 bias=false
              activation x^4
              dense 1 bias=false
            }
            analysis cubes_implicit {
              edd of cubes metric random seed 5
              formulation=implicit
            }
            analysis fourth_powers_implicit {
              edd of fourth_powers metric random seed 2
              formulation=implicit
            }
            analysis cubes_blind {
              edd of cubes metric weights (1, 1, 0, 0) seed 2
              formulation=implicit
            }
            dataset wrong_size {
              point (1, 2, 3) -> (1, 0)
            }
            analysis eckart_young {
              edd of linear metric identity
              formulation=implicit
            }
            analysis generic_metric {
              edd of linear metric random seed 5
              formulation=implicit
            }
            analysis codimension_four {
              edd of linear_333
              formulation=implicit
            }
            analysis filling {
              edd of square
              formulation=implicit
            }
            analysis wrong_input {
              edd of lightning_pair metric data wrong_size
            }
            """;

    private final EddAnalysis analysis = new EddAnalysis(ModelText.solvers());

    /** @return the model with a dataset of |S| seeded random 2×2 inputs (multiples of 1/4) and outputs */
    static String withSamples(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(ARCHITECTURES).append("dataset samples {\n"); //$NON-NLS-1$
        for (int k = 0; k < size; k++) {
            text.append(String.format("  point (%d/4, %d/4, %d/4, %d/4) -> (%d/4, %d/4)%n", random.nextInt(-8, 9), //$NON-NLS-1$
                    random.nextInt(-8, 9), random.nextInt(-8, 9), random.nextInt(-8, 9), random.nextInt(-8, 9),
                    random.nextInt(-8, 9)));
        }
        return text.append("}\nanalysis data {\n  edd of lightning_pair metric data samples seed 1\n}\n").toString(); //$NON-NLS-1$
    }

    private JsonObject run(String model, String name) throws Exception {
        return analysis.run(ModelText.request(model, name), ProgressMonitor.NULL).toJson();
    }

    private static List<JsonObject> components(JsonObject result, String kind) {
        return result.getAsJsonArray("components").asList().stream().map(JsonElement::getAsJsonObject) //$NON-NLS-1$
                .filter(c -> c.get("kind").getAsString().equals(kind)).toList(); //$NON-NLS-1$
    }

    /** |S| = 3: Q_y has rank 3·2 = 6 = n, k = 0, and the quartic has 14 critical points. */
    @Test
    void threeSamplesGiveFourteenCertifiedCriticalPoints() throws Exception {
        JsonObject result = run(withSamples(3, 1), "data"); //$NON-NLS-1$
        assertEquals(14, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertEquals(14, result.getAsJsonObject("crossCheck").get("distinct").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("implicit", result.get("formulation").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.get("pure").isJsonNull()); //$NON-NLS-1$
        JsonObject chart = result.getAsJsonObject("chart"); //$NON-NLS-1$
        assertEquals(6, chart.get("spanDimension").getAsInt()); //$NON-NLS-1$
        assertEquals(5, chart.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(4, chart.get("degree").getAsInt()); //$NON-NLS-1$
        assertEquals(6, result.getAsJsonArray("coordinates").size()); //$NON-NLS-1$
    }

    /**
     * |S| = 2, k = 2: the zero-loss set is a conic in the plane u + ker Q (ker Q = pairs of quadrics
     * proportional to one quadric n = m₁m₂, so the pairs with a common root form a rational curve of
     * degree 2), and M contains the two 4-spaces {(ℓ₁mᵢ, ℓ₂mᵢ)} ⊃ ker Q, each carrying a line of
     * critical points: "a curve and two lines". The Gröbner count of the whole critical set agrees
     * on its degree in (x, λ): 2 + 3 + 3 (λ is a rational function of degree 2 along each line).
     */
    @Test
    void twoSamplesGiveAConicAndTwoLines() throws Exception {
        JsonObject result = run(withSamples(2, 1), "data"); //$NON-NLS-1$
        List<JsonObject> zeroLoss = components(result, "zero-loss"); //$NON-NLS-1$
        assertEquals(1, zeroLoss.size(), result.toString());
        assertEquals(1, zeroLoss.get(0).get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(2, zeroLoss.get(0).get("degree").getAsInt()); //$NON-NLS-1$
        List<JsonObject> lines = components(result, "ramification"); //$NON-NLS-1$
        assertEquals(2, lines.size(), result.toString());
        for (JsonObject line : lines) {
            assertEquals(1, line.get("dimension").getAsInt()); //$NON-NLS-1$
            assertEquals(1, line.get("degree").getAsInt()); //$NON-NLS-1$
        }
        assertEquals(0, result.get("edDegree").getAsInt()); //$NON-NLS-1$
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertEquals(1, check.get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(1, check.get("ramificationDimension").getAsInt()); //$NON-NLS-1$
        // the exact count agrees, but points of curves carry no certificates: numerical (docs/CERTIFICATES.md)
        assertTrue(check.get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertFalse(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertTrue(result.getAsJsonArray("notes").asList().stream() //$NON-NLS-1$
                .anyMatch(note -> note.getAsString().contains("split") && note.getAsString().contains("numerical")), //$NON-NLS-1$ //$NON-NLS-2$
                "what the certificate does not cover is said"); //$NON-NLS-1$
    }

    /** |S| = 1, k = 4: the zero-loss set (u + ker Q) ∩ M has dimension 5 + 4 − 6 = 3. */
    @Test
    void oneSampleGivesAThreeDimensionalZeroLossSet() throws Exception {
        JsonObject result = run(withSamples(1, 1), "data"); //$NON-NLS-1$
        List<JsonObject> zeroLoss = components(result, "zero-loss"); //$NON-NLS-1$
        assertEquals(1, zeroLoss.size(), result.toString());
        assertEquals(3, zeroLoss.get(0).get("dimension").getAsInt()); //$NON-NLS-1$
        assertEquals(3, result.getAsJsonObject("crossCheck").get("dimension").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.getAsJsonObject("crossCheck").get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    /** Rank ≤ 1 2×2 matrices, the quadric det = 0 filling nothing: Eckart–Young C(2, 1) = 2, both real. */
    @Test
    void linearNetworkImplicitlyIsEckartYoung() throws Exception {
        JsonObject result = run(ARCHITECTURES, "eckart_young"); //$NON-NLS-1$
        assertEquals(2, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(2, result.get("realCount").getAsInt()); //$NON-NLS-1$
        assertEquals(2, result.getAsJsonObject("chart").get("degree").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    /** docs/MATHEMATICS.md §6: the quadric det = 0 has generic ED degree 6. */
    @Test
    void linearNetworkWithAGenericMetricHasSix() throws Exception {
        JsonObject result = run(ARCHITECTURES, "generic_metric"); //$NON-NLS-1$
        assertEquals(6, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    /**
     * The linear network (3,1,3) asked for the implicit formulation: the rank-one 3 × 3 matrices have
     * codimension 4 in their span, cut out by the 2 × 2 minors (degree 2). With the identity metric
     * Eckart–Young gives C(3, 1) = 3 critical points. Certified: V(F) has dimension 5 and degree 6,
     * the degree of the Segre variety P² × P² (C(4, 2)), which is also the degree of M counted on its
     * chart, so M is the only top-dimensional component of V(F) (docs/MATHEMATICS.md §6.2). (By default
     * the refusal stands, see ArchitectureEddTest.)
     */
    @Test
    void rankOneMatricesInCodimensionFourGiveEckartYoung() throws Exception {
        JsonObject result = run(ARCHITECTURES, "codimension_four"); //$NON-NLS-1$
        assertEquals(3, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
        String notes = result.getAsJsonArray("notes").toString(); //$NON-NLS-1$
        assertTrue(notes.contains("implicit formulation in codimension 4"), result.toString()); //$NON-NLS-1$
        assertTrue(notes.contains("V(F) has dimension 5 and degree 6; M has degree 6"), result.toString()); //$NON-NLS-1$
    }

    /**
     * Binary cubics that are cubes, w·(a·x + b·y)³: the cone over the twisted cubic, codimension 2 in C⁴
     * and degree 3, cut out by the three 2 × 2 minors of its Hankel matrix. Its generic ED degree is
     * 3D − 2 = 7 (docs/MATHEMATICS.md §6.5), which the gauge-fixed formulation also certifies
     * (GaugeFixedEddTest); here the implicit formulation in codimension 2 certifies it independently.
     * Cubes of binary quartics likewise: codimension 3, degree 4, 3·4 − 2 = 10.
     */
    @Test
    void rationalNormalCurveConesInHigherCodimensionAreCertified() throws Exception {
        JsonObject cubic = run(ARCHITECTURES, "cubes_implicit"); //$NON-NLS-1$
        assertEquals(7, cubic.get("edDegree").getAsInt(), cubic.toString()); //$NON-NLS-1$
        assertTrue(cubic.get("certified").getAsBoolean(), cubic.toString()); //$NON-NLS-1$
        assertTrue(cubic.getAsJsonArray("notes").toString().contains("V(F) has dimension 2 and degree 3; M has degree 3"), //$NON-NLS-1$ //$NON-NLS-2$
                cubic.toString());
        JsonObject quartic = run(ARCHITECTURES, "fourth_powers_implicit"); //$NON-NLS-1$
        assertEquals(10, quartic.get("edDegree").getAsInt(), quartic.toString()); //$NON-NLS-1$
        assertTrue(quartic.get("certified").getAsBoolean(), quartic.toString()); //$NON-NLS-1$
    }

    /**
     * A metric blind to the last two coefficients, Q = diag(1, 1, 0, 0), on the cubes (p³, 3p²q, 3pq², q³).
     * Derived by hand: zero loss needs p³ = u₁ and 3p²q = u₂, one point of M (the three solutions (p, q)
     * differ by a cube root of unity and have the same image). On the line p = 0 of M, the points
     * (0, 0, 0, d), the tangent space is spanned by e₃ and e₄ and Q(x − u) = (−u₁, −u₂, 0, 0) is orthogonal
     * to it: a whole line of critical points. J_G K vanishes identically along that line, so it is found
     * on the locus where J_G K has rank 0, not among the rank drops by one (docs/MATHEMATICS.md §6.4); the
     * exact count must confirm a one-dimensional critical set.
     */
    @Test
    void aMetricBlindToTwoCoefficientsOfTheCubesHasALineOfCriticalPoints() throws Exception {
        JsonObject result = run(ARCHITECTURES, "cubes_blind"); //$NON-NLS-1$
        assertEquals(1, components(result, "zero-loss").stream().mapToInt(c -> c.get("degree").getAsInt()).sum(), //$NON-NLS-1$ //$NON-NLS-2$
                result.toString());
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertTrue(check.get("primesAgree").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertEquals(1, check.get("dimension").getAsInt(), result.toString()); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$
        List<JsonObject> curves = components(result, "ramification"); //$NON-NLS-1$
        assertEquals(1, curves.size(), result.toString());
        assertEquals(1, curves.get(0).get("dimension").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(1, curves.get(0).get("degree").getAsInt(), result.toString()); // a line //$NON-NLS-1$
        // points of a curve are not certified one by one
        assertFalse(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    /**
     * The note that a numerical answer contradicts the exact count, on a result whose search found only
     * the isolated zero-loss point of the case above but not its line of critical points.
     */
    @Test
    void aResultTheExactCountContradictsSaysItIsIncomplete() {
        EdDegreeResult partial = new EdDegreeResult(1, 1, List.of(), List.of(new Component(0, 1, "zero-loss", "solved")), //$NON-NLS-1$ //$NON-NLS-2$
                Map.of(), 0, 0, MonodromyResult.TraceTest.NOT_RUN, new double[4], 0, 0, "test", false, List.of()); //$NON-NLS-1$
        EddAnalysis.CrossCheck check = new EddAnalysis.CrossCheck("groebner-f4", 1, 2, -1, 1, 2, List.of(3L, 5L), //$NON-NLS-1$
                true, false, null);
        String note = EddAnalysis.withCheck(partial, check).notes().get(0);
        assertEquals("incomplete: the exact count modulo 3 and 5 finds a critical set of dimension 1 and degree 2; " //$NON-NLS-1$
                + "off the zero-loss set, dimension 1 and degree 2, where homotopy continuation found 1 isolated " //$NON-NLS-1$
                + "critical points; the answer above misses critical points or keeps spurious ones", note); //$NON-NLS-1$
    }

    @Test
    void aManifoldFillingItsSpanIsRefused() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> run(ARCHITECTURES, "filling")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("fills its span"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void datasetOfTheWrongInputSizeIsRefused() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> run(ARCHITECTURES, "wrong_input")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("3 entries") && e.getMessage().contains("needs 4"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
