// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.SolutionCertificate.Reality;

/** Krawczyk certificates on systems whose solutions are known exactly. */
class SolutionCertifierTest {

    private static PolynomialSystem system(String text) {
        try {
            return SystemTextFormat.parse(text);
        } catch (SystemSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static Complex[] point(double... reIm) {
        Complex[] z = new Complex[reIm.length / 2];
        for (int i = 0; i < z.length; i++) {
            z[i] = new Complex(reIm[2 * i], reIm[2 * i + 1]);
        }
        return z;
    }

    private static boolean contains(SolutionCertificate certificate, int i, Rational re, Rational im) {
        ComplexInterval box = certificate.box(i);
        return Rational.of(new BigDecimal(box.reLow())).compareTo(re) <= 0
                && re.compareTo(Rational.of(new BigDecimal(box.reHigh()))) <= 0
                && Rational.of(new BigDecimal(box.imLow())).compareTo(im) <= 0
                && im.compareTo(Rational.of(new BigDecimal(box.imHigh()))) <= 0;
    }

    @Test
    void aClusteredPairThatDoublePrecisionCannotSeparateIsCertifiedTwice() {
        // (x - 1)(x - 1 - 10^-9): in double the coefficients' rounding alone moves the roots by 10^-7.
        PolynomialSystem system = system("variables x\n(x - 1)*(x - 1 - 1/1000000000)\n");
        CertificationResult result = SolutionCertifier.certify(system,
                List.of(point(1 - 1e-11, 0), point(1 + 1e-9 + 1e-11, 0)));
        assertEquals(2, result.certifiedCount(), result::toString);
        assertTrue(result.pairwiseDisjoint());
        assertEquals(2, result.provenDistinct());
        assertEquals(2, result.provenRealCount());
        SolutionCertificate first = result.certificate(0);
        SolutionCertificate second = result.certificate(1);
        assertTrue(first.radius() < 5e-10 && second.radius() < 5e-10, result::toString);
        assertTrue(contains(first, 0, Rational.ONE, Rational.ZERO), first::toString);
        assertTrue(contains(second, 0, Rational.of(1_000_000_001, 1_000_000_000), Rational.ZERO), second::toString);
        assertFalse(contains(first, 0, Rational.of(1_000_000_001, 1_000_000_000), Rational.ZERO));
        assertTrue(first.disjointFrom(second));
    }

    @Test
    void aClusteredPairInTwoVariables() {
        PolynomialSystem system = system("variables x y\n(x - 1)*(x - 1 - 1/100000000)\ny = x\n");
        CertificationResult result = SolutionCertifier.certify(system,
                List.of(point(1, 0, 1, 0), point(1 + 1e-8, 0, 1 + 1e-8, 0)));
        assertEquals(2, result.certifiedCount(), result::toString);
        assertTrue(result.allCertifiedAndDistinct());
    }

    @Test
    void aRealRootAndAComplexConjugatePair() {
        PolynomialSystem system = system("variables x\n(x^2 + 1)*(x - 2)\n");
        CertificationResult result = SolutionCertifier.certify(system,
                List.of(point(2 + 1e-9, 1e-12), point(1e-10, 1 - 1e-9), point(-1e-10, -1 + 1e-9)));
        assertEquals(3, result.certifiedCount(), result::toString);
        assertEquals(Reality.REAL, result.certificate(0).reality());
        assertEquals(Reality.NON_REAL, result.certificate(1).reality());
        assertEquals(Reality.NON_REAL, result.certificate(2).reality());
        assertEquals(1, result.provenRealCount());
        assertEquals(2, result.provenNonRealCount());
        assertTrue(result.allCertifiedAndDistinct());
        assertTrue(contains(result.certificate(0), 0, Rational.of(2), Rational.ZERO));
        assertTrue(contains(result.certificate(1), 0, Rational.ZERO, Rational.ONE));
        assertTrue(contains(result.certificate(2), 0, Rational.ZERO, Rational.MINUS_ONE));
        assertEquals(0, result.certificate(0).center()[0].im());
        assertEquals("3 of 3 solutions certified (Krawczyk), 1 proven real", result.summary());
    }

    @Test
    void aSingularSolutionStaysUncertifiedWithTheReason() {
        PolynomialSystem system = system("variables x\nx^2\n");
        CertificationResult result = SolutionCertifier.certify(system, List.of(point(0, 0), point(1e-9, 0)));
        assertEquals(0, result.certifiedCount());
        for (SolutionCertificate certificate : result.certificates()) {
            assertNull(certificate.kind());
            assertTrue(certificate.reason().startsWith("singular Jacobian")
                    || certificate.reason().equals("Krawczyk test failed"), certificate::reason);
        }
        assertTrue(result.certificate(0).reason().startsWith("singular Jacobian"), result.certificate(0)::reason);
        assertThrows(IllegalStateException.class, () -> result.certificate(0).box(0));
    }

    @Test
    void pointsOnACurveAreNotCertified() {
        // x*y = 0 twice: every point of the axes is a singular solution.
        PolynomialSystem system = system("variables x y\nx*y\nx^2*y\n");
        CertificationResult result = SolutionCertifier.certify(system, List.<Complex[]>of(point(0, 0, 3, 0)));
        assertFalse(result.certificate(0).certified());
        assertTrue(result.certificate(0).reason().startsWith("singular Jacobian"), result.certificate(0)::reason);
    }

    private static final List<Complex[]> CIRCLE_HYPERBOLA = List.of(point(1, 0, 2, 0), point(2, 0, 1, 0),
            point(-1, 0, -2, 0), point(-2 + 1e-12, 0, -1, 1e-13));

    @Test
    void fourRealIntersectionsAreCertifiedPointByPoint() {
        PolynomialSystem system = system("variables x y\nx^2 + y^2 = 5\nx*y = 2\n");
        CertificationResult result = SolutionCertifier.certify(system, CIRCLE_HYPERBOLA);
        assertEquals("4 of 4 solutions certified (Krawczyk), 4 proven real", result.summary());
        assertTrue(result.allCertifiedAndDistinct());
        assertTrue(contains(result.certificate(3), 0, Rational.of(-2), Rational.ZERO));
        assertTrue(contains(result.certificate(3), 1, Rational.of(-1), Rational.ZERO));
    }

    @Test
    void aPerturbedSystemRejectsThePointsOfTheOriginal() {
        // One coefficient off by 1/1000: the points of x*y = 2 are not solutions of x*y = 2.001.
        PolynomialSystem wrong = system("variables x y\nx^2 + y^2 = 5\nx*y = 2001/1000\n");
        CertificationResult result = SolutionCertifier.certify(wrong, CIRCLE_HYPERBOLA);
        assertEquals(0, result.certifiedCount(), result::toString);
        for (SolutionCertificate certificate : result.certificates()) {
            assertTrue(certificate.reason().startsWith("Newton's method moves the point by "), certificate::reason);
        }
    }

    @Test
    void twoApproximationsOfOneSolutionAreNotTwoSolutions() {
        PolynomialSystem system = system("variables x\nx^2 - 2\n");
        CertificationResult result = SolutionCertifier.certify(system,
                List.of(point(Math.sqrt(2), 0), point(Math.nextUp(Math.sqrt(2)), 0), point(-Math.sqrt(2), 0)));
        assertEquals(3, result.certifiedCount());
        assertFalse(result.pairwiseDisjoint());
        assertEquals(2, result.provenDistinct());
        assertFalse(result.allCertifiedAndDistinct());
        assertTrue(result.summary().endsWith(", only 2 proven distinct"), result::summary);
    }

    @Test
    void parametersAreSubstitutedExactly() {
        PolynomialSystem system = system("variables x\nparameters a\nx^2 - a\n");
        CertificationResult result = SolutionCertifier.certify(system, new Rational[] { Rational.of(3) },
                List.<Complex[]>of(point(1.7320508, 0)));
        SolutionCertificate certificate = result.certificate(0);
        assertTrue(certificate.provenReal(), certificate::toString);
        // x^2 over the certified box encloses 3, and nothing far from it.
        Polynomial square = system("variables x\nx^2\n").equations().get(0);
        ComplexInterval value = SolutionCertifier.enclose(square, certificate);
        assertTrue(value.reLow() <= 3 && 3 <= value.reHigh(), value::toString);
        assertTrue(value.reHigh() - value.reLow() < 1e-12, value::toString);
        assertThrows(IllegalArgumentException.class, () -> SolutionCertifier.certify(system, List.<Complex[]>of(point(1, 0))));
    }

    @Test
    void aNonSquareSystemIsNotCertifiedAndSaysWhy() {
        PolynomialSystem system = system("variables x y\nx - 1\ny - 2\nx + y = 3\n");
        CertificationResult result = SolutionCertifier.certify(system, List.<Complex[]>of(point(1, 0, 2, 0)));
        assertEquals(0, result.certifiedCount());
        assertTrue(result.certificate(0).reason().startsWith("not a square system (3 equations in 2 unknowns)"),
                result.certificate(0)::reason);
    }

    @Test
    void aPointFarFromEverySolutionIsRejected() {
        PolynomialSystem system = system("variables x\nx^2 - 2\n");
        SolutionCertificate certificate = SolutionCertifier.certify(system, List.<Complex[]>of(point(1.3, 0)))
                .certificate(0);
        assertFalse(certificate.certified());
        assertTrue(certificate.reason().startsWith("Newton's method moves the point by 1.14e-01"), certificate::reason);
    }
}
