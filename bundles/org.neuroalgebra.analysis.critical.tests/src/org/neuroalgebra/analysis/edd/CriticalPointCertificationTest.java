// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.groebner.GroebnerSolutionCounter;

/**
 * Certificates point by point (docs/CERTIFICATES.md) on varieties with known ED degrees: every
 * critical point proven by Krawczyk's test on the Lagrange system, the points proven distinct, the
 * real ones proven real, and the count certified only together with the exact count modulo two
 * primes.
 */
class CriticalPointCertificationTest {

    private static final GroebnerSolutionCounter COUNTER = new GroebnerSolutionCounter();

    private static EdDegreeResult certify(List<Polynomial> equations, int codimension, Metric metric, long seed) {
        EdDegreeResult result = EdDegreeComputationTest.COMPUTATION.compute(equations, codimension, metric, null,
                seed, ProgressMonitor.NULL);
        return new CriticalPointCertification(equations, codimension, metric, seed).certify(result);
    }

    private static EdDegreeResult checked(List<Polynomial> equations, int codimension, Metric metric, long seed,
            EdDegreeResult certified) {
        EddAnalysis.CrossCheck check = EddAnalysis.crossCheck(COUNTER, equations, codimension, metric, certified,
                seed, ProgressMonitor.NULL);
        assertTrue(check.agrees(), check::toString);
        return EddAnalysis.withCheck(certified, check);
    }

    private static void assertAllCertified(int expected, EdDegreeResult result) {
        Certification certification = result.certification();
        assertEquals(expected, result.edDegree(), result::toString);
        assertEquals(expected, certification.certifiedPoints(), certification::toString);
        assertEquals(expected, certification.points());
        assertTrue(certification.disjoint(), certification::toString);
        for (CriticalPoint p : result.criticalPoints()) {
            assertEquals("krawczyk", p.certificate().kind(), p::toString); //$NON-NLS-1$
            assertTrue(p.certificate().radius() > 0 && p.certificate().radius() < 1e-6, p::toString);
        }
    }

    /** The benchmark's metric (seed 3) and data for the quartic (docs/benchmarks.md, History). */
    private static final double[] QUARTIC_DATA = { 0.5, -1.25, 0.75, 1.5, -0.25, 1.0 };

    /**
     * Proven: two of the 14 points are real and the twelve others are not (PHCpack's summary in the
     * benchmark file says 4 real, by its own floating-point tolerance).
     */
    private static final long REAL_POINTS = 2;

    /** The talk's quartic with a generic metric: 14 critical points, all certified, its real ones proven real. */
    @Test
    void quarticsFourteenPointsAreCertifiedAndItsRealOnesProvenReal() {
        List<Polynomial> quartic = List.of(EdDegreeComputationTest.parse(EdDegreeComputationTest.QUARTIC,
                EdDegreeComputationTest.Y));
        Metric metric = Metric.randomPositiveDefinite(6, 3);
        EdDegreeResult solved = EdDegreeComputationTest.COMPUTATION.compute(quartic, 1, metric, QUARTIC_DATA, 3,
                ProgressMonitor.NULL);
        EdDegreeResult result = new CriticalPointCertification(quartic, 1, metric, 3).certify(solved);
        assertAllCertified(14, result);
        assertTrue(result.certification().realCountProven(), result::toString);
        assertEquals(REAL_POINTS, result.criticalPoints().stream().filter(p -> p.certificate().provenReal()).count());
        assertEquals(REAL_POINTS, result.realCount(), result::toString);
        result.criticalPoints().forEach(p -> assertTrue(p.real() ? p.certificate().provenReal()
                : p.certificate().provenNonReal(), p::toString));
        // the loss enclosures of the real points contain the computed losses and separate the minimum
        for (CriticalPoint p : result.criticalPoints()) {
            if (p.real()) {
                assertTrue(p.lossBounds()[0] <= p.loss().re() && p.loss().re() <= p.lossBounds()[1], p::toString);
            }
        }
        assertTrue(result.certification().globalMinimumProven(), result::toString);
        assertTrue(checked(quartic, 1, metric, 3, result).certified());
    }

    /** The cone over the twisted cubic: codimension 2, the 2 × 2 minors of [[a, b, c], [b, c, d]]; generic ED degree 7. */
    @Test
    void twistedCubicConeIsCertifiedPointByPoint() {
        List<String> names = List.of("a", "b", "c", "d"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<Polynomial> minors = List.of(EdDegreeComputationTest.parse("a*c - b^2", names), //$NON-NLS-1$
                EdDegreeComputationTest.parse("a*d - b*c", names), EdDegreeComputationTest.parse("b*d - c^2", names)); //$NON-NLS-1$ //$NON-NLS-2$
        Metric metric = Metric.randomPositiveDefinite(4, 3);
        EdDegreeResult result = certify(minors, 2, metric, 5);
        assertAllCertified(7, result);
        EdDegreeResult checked = checked(minors, 2, metric, 5, result);
        assertTrue(checked.certified(), checked::toString);
        assertTrue(checked.notes().get(0).startsWith("certified: each of the 7 critical points is certified"), //$NON-NLS-1$
                checked.notes()::toString);
    }

    /** Eckart–Young: 2 × 3 matrices of rank ≤ 1 with the Frobenius form have C(2, 1) = 2 critical points, both real. */
    @Test
    void rankOneMatricesAreCertifiedAndProvenReal() {
        List<Polynomial> minors = EckartYoungTest.minors(2, 3, 1);
        Metric identity = Metric.identity(6);
        EdDegreeResult result = certify(minors, 2, identity, 8);
        assertAllCertified(2, result);
        assertEquals(2, result.realCount());
        assertTrue(result.certification().realCountProven());
        assertTrue(result.certification().globalMinimumProven(), "the best rank-1 approximation is unique"); //$NON-NLS-1$
        assertTrue(checked(minors, 2, identity, 8, result).certified());
    }

    /** A Lagrange system built from a quartic with one coefficient perturbed certifies none of the true points. */
    @Test
    void aPerturbedCoefficientIsCaughtByTheCertificates() {
        List<Polynomial> quartic = List.of(EdDegreeComputationTest.parse(EdDegreeComputationTest.QUARTIC,
                EdDegreeComputationTest.Y));
        Metric metric = Metric.randomPositiveDefinite(6, 3);
        EdDegreeResult result = EdDegreeComputationTest.COMPUTATION.compute(quartic, 1, metric, QUARTIC_DATA, 3,
                ProgressMonitor.NULL);
        // y4^2*y3^2 becomes 1.1 y4^2*y3^2: the points solve the true system to rounding, this one only roughly,
        // and Newton's method would have to move them farther than a certificate allows
        List<Polynomial> wrong = List.of(EdDegreeComputationTest.parse(EdDegreeComputationTest.QUARTIC
                .replace("y4^2*y3^2", "11/10*y4^2*y3^2"), EdDegreeComputationTest.Y)); //$NON-NLS-1$ //$NON-NLS-2$
        EdDegreeResult checkedAgainstWrong = new CriticalPointCertification(wrong, 1, metric, 3).certify(result);
        assertEquals(0, checkedAgainstWrong.certification().certifiedPoints(),
                checkedAgainstWrong.certification()::toString);
        checkedAgainstWrong.criticalPoints().forEach(p -> assertFalse(p.certificate().certified()));
        checkedAgainstWrong.criticalPoints().forEach(p -> assertTrue(p.certificate().reason() != null));
        EddAnalysis.CrossCheck check = EddAnalysis.crossCheck(COUNTER, quartic, 1, metric, checkedAgainstWrong, 3,
                ProgressMonitor.NULL);
        // the numbers agree, the points are not proven: not certified, and the note says why
        EdDegreeResult flagged = EddAnalysis.withCheck(checkedAgainstWrong, check);
        assertFalse(flagged.certified());
        assertTrue(flagged.notes().get(0).endsWith("only 0 of the 14 critical points are certified"), //$NON-NLS-1$
                flagged.notes()::toString);
    }
}
