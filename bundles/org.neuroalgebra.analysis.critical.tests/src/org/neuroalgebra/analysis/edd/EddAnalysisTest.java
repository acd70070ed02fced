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
import org.neuroalgebra.analysis.AnalysisRequest;
import org.neuroalgebra.model.Analysis;
import org.neuroalgebra.model.DataPoint;
import org.neuroalgebra.model.Dataset;
import org.neuroalgebra.model.Metric;
import org.neuroalgebra.model.MetricKind;
import org.neuroalgebra.model.NalgFactory;
import org.neuroalgebra.model.Variety;
import org.neuroalgebra.solver.SolverRegistry;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;
import org.neuroalgebra.solver.homotopy.HomotopyContinuationSolver;

import com.google.gson.JsonObject;

/**
 * The {@code edd} analysis end to end: homotopy continuation cross-checked by a Gröbner count of
 * the same system, on values from docs/MATHEMATICS.md §6.
 */
class EddAnalysisTest {

    private static final String QUARTIC = "y1^2*y6^2 + y4^2*y3^2 + y1*y3*y5^2 + y2^2*y4*y6 - 2*y1*y4*y3*y6" //$NON-NLS-1$
            + " - y2*y1*y6*y5 - y2*y4*y3*y5"; //$NON-NLS-1$

    private final EddAnalysis analysis = new EddAnalysis(registry());

    private static SolverRegistry registry() {
        SolverRegistry registry = new SolverRegistry();
        registry.addSolver(new HomotopyContinuationSolver());
        registry.addCounter(new GroebnerSolutionCounter());
        return registry;
    }

    @Test
    void circleHasTwoCriticalPointsForTheIdentityAndFourForAGenericMetric() throws AnalysisException {
        JsonObject identity = run(variety("circle", List.of("x", "y"), "x^2 + y^2 = 1"), metric(MetricKind.IDENTITY, 0, 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(2, identity.get("edDegree").getAsInt()); //$NON-NLS-1$
        // Both critical points of the distance from a generic point to the circle are real.
        assertEquals(2, identity.get("realCount").getAsInt()); //$NON-NLS-1$
        assertTrue(identity.get("certified").getAsBoolean(), identity.toString()); //$NON-NLS-1$
        JsonObject generic = run(variety("circle", List.of("x", "y"), "x^2 + y^2 = 1"), metric(MetricKind.RANDOM, 0, 4)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(4, generic.get("edDegree").getAsInt()); //$NON-NLS-1$
        assertTrue(generic.get("crossCheck").getAsJsonObject().get("agrees").getAsBoolean()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void determinantalQuadricFollowsEckartYoungAndHasSixForAGenericMetric() throws AnalysisException {
        Variety rankOne = variety("rank_one", List.of("a", "b", "c", "d"), "a*d - b*c"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        // Eckart–Young: C(min(2,2), 1) = 2 with the Frobenius (identity) form.
        assertEquals(2, run(rankOne, metric(MetricKind.IDENTITY, 0, 0)).get("edDegree").getAsInt()); //$NON-NLS-1$
        JsonObject generic = run(rankOne, metric(MetricKind.RANDOM, 0, 9));
        assertEquals(6, generic.get("edDegree").getAsInt()); //$NON-NLS-1$
        assertTrue(generic.get("certified").getAsBoolean()); //$NON-NLS-1$
    }

    @Test
    void lightningQuarticHasFourteenCertified() throws AnalysisException {
        JsonObject result = run(variety("lsa_quartic", List.of("y1", "y2", "y3", "y4", "y5", "y6"), QUARTIC), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                metric(MetricKind.RANDOM, 0, 3));
        assertEquals(14, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(0, result.get("failedPaths").getAsInt()); //$NON-NLS-1$
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertEquals(14, check.get("distinct").getAsInt()); //$NON-NLS-1$
        assertEquals(List.of(2147483647L, 2147483629L),
                check.getAsJsonArray("primes").asList().stream().map(p -> p.getAsLong()).toList()); //$NON-NLS-1$
        assertTrue(check.get("primesAgree").getAsBoolean()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean()); //$NON-NLS-1$
        assertFalse(result.get("globalMinimum").isJsonNull(), "a real critical point minimizes the distance"); //$NON-NLS-1$ //$NON-NLS-2$
        // every point carries its certificate in the JSON; the real ones are proven real, with a loss enclosure
        JsonObject certification = result.getAsJsonObject("certification"); //$NON-NLS-1$
        assertEquals(14, certification.get("certifiedPoints").getAsInt(), certification.toString()); //$NON-NLS-1$
        assertTrue(certification.get("realCountProven").getAsBoolean(), certification.toString()); //$NON-NLS-1$
        for (var element : result.getAsJsonArray("criticalPoints")) { //$NON-NLS-1$
            JsonObject point = element.getAsJsonObject();
            JsonObject certificate = point.getAsJsonObject("certificate"); //$NON-NLS-1$
            assertEquals("krawczyk", certificate.get("kind").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(certificate.get("radius").getAsDouble() > 0); //$NON-NLS-1$
            assertEquals(point.get("real").getAsBoolean(), certificate.get("real").getAsBoolean(), point.toString()); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(point.get("real").getAsBoolean(), !point.get("lossBounds").isJsonNull()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Test
    void kernelOfDimensionOneGivesFourZeroLossAndTenRamificationPointsConfirmedExactly() throws AnalysisException {
        JsonObject result = run(variety("lsa_quartic", List.of("y1", "y2", "y3", "y4", "y5", "y6"), QUARTIC), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                metric(MetricKind.KERNEL, 1, 5));
        // docs/MATHEMATICS.md §6.6, k = 1: 14 points, 4 of zero loss and 10 on the ramification locus.
        assertEquals(14, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertEquals(14, check.get("distinct").getAsInt(), check.toString()); //$NON-NLS-1$
        assertEquals(10, check.get("ramificationPoints").getAsInt(), check.toString()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    @Test
    void kernelOfDimensionTwoGivesAZeroLossCurveOfDegreeFourAndFourPoints() throws AnalysisException {
        JsonObject result = run(variety("lsa_quartic", List.of("y1", "y2", "y3", "y4", "y5", "y6"), QUARTIC), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                metric(MetricKind.KERNEL, 2, 5));
        // docs/MATHEMATICS.md §6.6, k = 2: a zero-loss curve of degree 4 besides 4 isolated points.
        boolean curve = false;
        for (var component : result.getAsJsonArray("components")) { //$NON-NLS-1$
            JsonObject c = component.getAsJsonObject();
            curve |= c.get("dimension").getAsInt() == 1 && c.get("degree").getAsInt() == 4; //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertTrue(curve, result.toString());
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertEquals(1, check.get("dimension").getAsInt(), check.toString()); //$NON-NLS-1$
        assertEquals(4, check.get("degree").getAsInt(), check.toString()); //$NON-NLS-1$
        assertEquals(4, check.get("ramificationPoints").getAsInt(), check.toString()); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), check.toString()); //$NON-NLS-1$
        // the 4 isolated points are certified, but a curve's points are not: the count is numerical
        assertEquals(4, result.getAsJsonObject("certification").get("certifiedPoints").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertTrue(result.getAsJsonArray("notes").get(0).getAsString().endsWith( //$NON-NLS-1$
                "but the critical set has positive-dimensional components, whose points are not certified"), //$NON-NLS-1$
                result.toString());
    }

    @Test
    void kernelOfDimensionThreeGivesAZeroLossSurface() throws AnalysisException {
        JsonObject result = run(variety("lsa_quartic", List.of("y1", "y2", "y3", "y4", "y5", "y6"), QUARTIC), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                metric(MetricKind.KERNEL, 3, 5));
        // docs/MATHEMATICS.md §6.6, k = 3: the critical set is a surface, (u + ker Q) ∩ M of dimension d + k − n = 2.
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertEquals(2, check.get("dimension").getAsInt(), check.toString()); //$NON-NLS-1$
        int top = 0;
        for (var component : result.getAsJsonArray("components")) { //$NON-NLS-1$
            top = Math.max(top, component.getAsJsonObject().get("dimension").getAsInt()); //$NON-NLS-1$
        }
        assertEquals(2, top, result.toString());
        assertTrue(check.get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    /** The cone over the twisted cubic: the 2 × 2 minors of [[a, b, c], [b, c, d]], codimension 2 and degree 3 in C⁴. */
    private static Variety twistedCubicCone() {
        Variety variety = variety("twisted_cubic_cone", List.of("a", "b", "c", "d"), "a*c - b^2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        variety.getEquations().addAll(List.of("a*d - b*c", "b*d - c^2")); //$NON-NLS-1$ //$NON-NLS-2$
        return variety;
    }

    /**
     * k = 1 below the codimension 2: the line u + ker Q misses the cone, so there is no zero-loss
     * point; every critical point has a multiplier λ ≠ 0 with J_Gᵀλ ⊥ ker Q, and the exact count
     * (two primes, zero-loss points saturated away) confirms all 7, each certified.
     */
    @Test
    void twistedCubicConeWithAKernelOfDimensionOne() throws AnalysisException {
        JsonObject result = run(twistedCubicCone(), metric(MetricKind.KERNEL, 1, 5));
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$
        assertEquals(0, topDimension(result), result.toString());
        assertEquals(7, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(7, check.get("distinct").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(7, check.get("ramificationPoints").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(7, result.getAsJsonObject("certification").get("certifiedPoints").getAsInt()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    /**
     * k = 2 = the codimension: the plane u + ker Q meets the cone (degree 3) in 3 zero-loss points;
     * the other 4 critical points lie where J_G K drops rank; the exact count (two primes) confirms both
     * numbers, and all 7 points are certified.
     */
    @Test
    void twistedCubicConeWithAKernelOfDimensionTwo() throws AnalysisException {
        JsonObject result = run(twistedCubicCone(), metric(MetricKind.KERNEL, 2, 6));
        JsonObject check = result.getAsJsonObject("crossCheck"); //$NON-NLS-1$
        assertTrue(check.get("agrees").getAsBoolean(), result.toString()); //$NON-NLS-1$
        long zeroLoss = result.getAsJsonArray("criticalPoints").asList().stream() //$NON-NLS-1$
                .filter(p -> p.getAsJsonObject().get("kind").getAsString().equals("zero-loss")).count(); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(3, zeroLoss, result.toString());
        assertEquals(7, result.get("edDegree").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(7, check.get("distinct").getAsInt(), result.toString()); //$NON-NLS-1$
        assertEquals(4, check.get("ramificationPoints").getAsInt(), result.toString()); //$NON-NLS-1$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    @Test
    void threeDataPointsGiveADefiniteButSpecialMetric() throws AnalysisException {
        // |S| = 3 points: Q = I₂ ⊗ VᵀV has rank 6 (k = 0). The same block for both outputs makes
        // the distance invariant under rotations mixing the two quadrics, which preserve the
        // variety, so Q is not generic: the number of isolated critical points can only drop below
        // the generic 14. Homotopy and the exact count must agree on how many there are.
        JsonObject result = run(quartic(), dataMetric("1/2", "2", "-3")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        int points = result.get("edDegree").getAsInt(); //$NON-NLS-1$
        assertTrue(points > 0 && points < 14, result.toString());
        assertEquals(points, result.getAsJsonObject("crossCheck").get("distinct").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(result.get("certified").getAsBoolean(), result.toString()); //$NON-NLS-1$
    }

    @Test
    void twoDataPointsGiveACriticalCurve() throws AnalysisException {
        // |S| = 2: rank 4, k = 2: the critical set has a curve (docs/MATHEMATICS.md §6.6: "a curve and two lines").
        JsonObject result = run(quartic(), dataMetric("1/2", "2")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, topDimension(result), result.toString());
        assertEquals(1, result.getAsJsonObject("crossCheck").get("dimension").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void oneDataPointGivesAThreeDimensionalCriticalSet() throws AnalysisException {
        // |S| = 1: rank 2, k = 4: a 3-dimensional set (d + k − n = 5 + 4 − 6).
        JsonObject result = run(quartic(), dataMetric("2")); //$NON-NLS-1$
        assertEquals(3, topDimension(result), result.toString());
        assertEquals(3, result.getAsJsonObject("crossCheck").get("dimension").getAsInt(), result.toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Variety quartic() {
        return variety("lsa_quartic", List.of("y1", "y2", "y3", "y4", "y5", "y6"), QUARTIC); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }

    /** A dataset of one-dimensional inputs with two outputs each: the quartic's pairs of quadrics. */
    private static Metric dataMetric(String... inputs) {
        Dataset dataset = NalgFactory.eINSTANCE.createDataset();
        dataset.setName("data"); //$NON-NLS-1$
        for (String input : inputs) {
            DataPoint point = NalgFactory.eINSTANCE.createDataPoint();
            point.getInput().add(input);
            point.getOutput().addAll(List.of("1", "-1")); //$NON-NLS-1$ //$NON-NLS-2$
            dataset.getPoints().add(point);
        }
        Metric metric = metric(MetricKind.DATA, 0, 0);
        metric.setDataset(dataset);
        return metric;
    }

    private static int topDimension(JsonObject result) {
        int top = 0;
        for (var component : result.getAsJsonArray("components")) { //$NON-NLS-1$
            top = Math.max(top, component.getAsJsonObject().get("dimension").getAsInt()); //$NON-NLS-1$
        }
        return top;
    }

    @Test
    void dataMetricsOnAVarietyAreRefusedClearly() {
        AnalysisException e = assertThrows(AnalysisException.class, () -> run(
                variety("circle", List.of("x", "y"), "x^2 + y^2 = 1"), metric(MetricKind.DATA, 0, 0))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(AnalysisException.Kind.BAD_INPUT, e.kind());
    }

    private JsonObject run(Variety variety, Metric metric) throws AnalysisException {
        Analysis spec = NalgFactory.eINSTANCE.createAnalysis();
        spec.setName("test"); //$NON-NLS-1$
        spec.setKind("edd"); //$NON-NLS-1$
        spec.setSubject(variety);
        spec.setMetric(metric);
        spec.setSeed(11);
        return analysis.run(new AnalysisRequest(spec), ProgressMonitor.NULL).toJson();
    }

    private static Variety variety(String name, List<String> coordinates, String equation) {
        Variety variety = NalgFactory.eINSTANCE.createVariety();
        variety.setName(name);
        variety.getCoordinates().addAll(coordinates);
        variety.getEquations().add(equation);
        return variety;
    }

    private static Metric metric(MetricKind kind, int kernel, long seed) {
        Metric metric = NalgFactory.eINSTANCE.createMetric();
        metric.setKind(kind);
        metric.setKernelDimension(kernel);
        metric.setSeed(seed);
        return metric;
    }
}
