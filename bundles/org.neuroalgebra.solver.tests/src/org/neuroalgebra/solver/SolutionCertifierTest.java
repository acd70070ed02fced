// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

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
        assertNoneCertified(SolutionCertifier.certify(wrong, CIRCLE_HYPERBOLA), MOVED);
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

    /**
     * u + y + z = 6, u y z = 6, u³ + y³ + z³ = 36 with x = 2^30 u. Newton's identity
     * p₃ = e₁³ − 3 e₁ e₂ + 3 e₃ gives e₂ = (216 + 18 − 36) / 18 = 11, so u, y, z are the roots of
     * t³ − 6t² + 11t − 6 = (t − 1)(t − 2)(t − 3) in some order: six solutions, x of size 10⁹ next to
     * y and z of size 1.
     */
    private static final String SCALED_ROOTS = "variables x y z\n"
            + "x*y*z = 6*(2^30)\n"
            + "x + (2^30)*y + (2^30)*z = 6*(2^30)\n"
            + "x^3 + (2^30)^3*y^3 + (2^30)^3*z^3 = 36*(2^30)^3\n";

    private static final double K = Math.scalb(1.0, 30);

    private static final int[][] ORDERINGS = { { 1, 2, 3 }, { 1, 3, 2 }, { 2, 1, 3 }, { 2, 3, 1 }, { 3, 1, 2 },
            { 3, 2, 1 } };

    /** @return the six solutions, each moved by a relative 10⁻⁹ and off the real axis by 10⁻¹² */
    private static List<Complex[]> scaledRoots() {
        return Arrays.stream(ORDERINGS)
                .map(o -> point(K * o[0] * (1 + 1e-9), 1e-12, o[1] * (1 + 1e-9), 1e-12, o[2], -1e-12)).toList();
    }

    @Test
    void solutionsWithCoordinatesOfDifferentSizesAreCertifiedInScaledBoxes() {
        // With one radius for all coordinates the certifier reported "singular Jacobian (condition number
        // 9.7e+28)" for all six: measured in the unknowns' own units (x in units of 2^30) they are regular.
        CertificationResult result = SolutionCertifier.certify(system(SCALED_ROOTS), scaledRoots());
        assertEquals("6 of 6 solutions certified (Krawczyk), 6 proven real", result.summary(), result::toString);
        assertTrue(result.allCertifiedAndDistinct());
        for (int i = 0; i < ORDERINGS.length; i++) {
            SolutionCertificate certificate = result.certificate(i);
            int[] o = ORDERINGS[i];
            // the scale of a coordinate is the power of two at or below its size
            assertArrayEquals(new double[] { o[0] == 1 ? K : 2 * K, o[1] == 1 ? 1 : 2, o[2] == 1 ? 1 : 2 },
                    certificate.scales(), certificate::toString);
            assertTrue(certificate.scaled());
            assertTrue(contains(certificate, 0, Rational.of((1L << 30) * o[0]),
                    Rational.ZERO), certificate::toString);
            assertTrue(contains(certificate, 1, Rational.of(o[1]), Rational.ZERO), certificate::toString);
            assertTrue(contains(certificate, 2, Rational.of(o[2]), Rational.ZERO), certificate::toString);
            // y and z are pinned to within 10⁻¹², x to within 10⁻¹² relative: a box with one radius could not
            // be narrower than the rounding of x (an ulp of 2^30 is 2^-22) in y and z
            assertTrue(certificate.box(1).reHigh() - certificate.box(1).reLow() < 1e-12, certificate::toString);
            assertTrue(certificate.box(0).reHigh() - certificate.box(0).reLow() < 1e-12 * certificate.scales()[0],
                    certificate::toString);
            // x y z = 6 · 2^30 at the solution, so over the box
            ComplexInterval product = SolutionCertifier.enclose(system("variables x y z\nx*y*z\n").equations().get(0),
                    certificate);
            assertTrue(product.contains(new Complex(6 * K, 0)), product::toString);
            assertTrue(product.reHigh() - product.reLow() < 1e-12 * 6 * K, product::toString);
        }
    }

    @Test
    void aPerturbedBadlyScaledSystemRejectsThePointsOfTheOriginal() {
        // x y z = 6.006 · 2^30 moves e₃ by 10⁻³, so every root u by about 10⁻³ · 2^30 ≈ 10⁶, far beyond the
        // tolerance of 10⁻⁶ · 3 · 2^30 ≈ 3 · 10³
        PolynomialSystem wrong = system(SCALED_ROOTS.replace("x*y*z = 6*(2^30)", "x*y*z = 6006/1000*(2^30)"));
        assertNoneCertified(SolutionCertifier.certify(wrong, scaledRoots()), MOVED);
    }

    @Test
    void aBadlyScaledDoubleRootStaysUncertified() {
        // x = 2^30 is a double root of the first equation, y = 2 from the second: the Jacobian is singular
        // there, however the unknowns are scaled, so no box around it can pass the test
        PolynomialSystem system = system("variables x y\n(x - 2^30)^2\nx*y = 2^31\n");
        assertNoneCertified(SolutionCertifier.certify(system,
                List.of(point(K, 0, 2, 0), point(K * (1 + 1e-9), 0, 2 * (1 - 1e-9), 0))),
                reason -> reason.startsWith("singular Jacobian") || reason.equals("Krawczyk test failed"));
    }

    private static final Predicate<String> MOVED = reason -> reason.startsWith("Newton's method moves the point by ");

    private static void assertNoneCertified(CertificationResult result, Predicate<String> expectedReason) {
        assertEquals(0, result.certifiedCount(), result::toString);
        for (SolutionCertificate certificate : result.certificates()) {
            assertTrue(expectedReason.test(certificate.reason()), certificate::reason);
        }
    }
}
