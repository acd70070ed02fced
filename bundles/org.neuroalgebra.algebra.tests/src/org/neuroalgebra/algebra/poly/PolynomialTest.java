// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.poly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.number.Rational;

class PolynomialTest {

    private static final List<String> XY = List.of("x", "y");

    private static Polynomial p(String text, List<String> names) throws PolynomialSyntaxException {
        return PolynomialParser.parse(text, names);
    }

    @Test
    void substitutionComposesPolynomials() throws PolynomialSyntaxException {
        List<String> st = List.of("s", "t"); //$NON-NLS-1$ //$NON-NLS-2$
        // By hand: x^2 + y at x = s + t, y = s*t is s^2 + 2st + t^2 + st = s^2 + 3st + t^2.
        Polynomial composed = p("x^2 + y", XY).substitute(List.of(p("s + t", st), p("s*t", st))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(p("s^2 + 3*s*t + t^2", st), composed); //$NON-NLS-1$
        // A constant stays itself; the variables of the result are those of the g_i.
        assertEquals(Polynomial.constant(2, Rational.of(7)), p("7", XY).substitute(List.of(p("s", st), p("t", st)))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void binomialTheorem() {
        Polynomial x = Polynomial.variable(2, 0);
        Polynomial y = Polynomial.variable(2, 1);
        Polynomial cube = x.add(y).pow(3);
        assertEquals("x^3 + 3*x^2*y + 3*x*y^2 + y^3", cube.toString(XY));
        assertEquals(3, cube.degree());
        assertTrue(cube.isHomogeneous());
        assertEquals(Rational.of(3), cube.coefficient(Monomial.of(1, 2)));
    }

    @Test
    void talkExampleExpandsToTheStatedCoefficients() throws PolynomialSyntaxException {
        // docs/MATHEMATICS.md §2: e(ax+by)^2 + f(cx+dy)^2 = (a²e+c²f) x² + 2(abe+cdf) xy + (b²e+d²f) y²
        List<String> names = List.of("a", "b", "c", "d", "e", "f", "x", "y");
        Polynomial f = p("e*(a*x+b*y)^2 + f*(c*x+d*y)^2", names);
        Polynomial expected = p("(a^2*e + c^2*f)*x^2 + 2*(a*b*e + c*d*f)*x*y + (b^2*e + d^2*f)*y^2", names);
        assertEquals(expected, f);
        assertEquals(6, f.termCount());
    }

    @Test
    void termsInDecreasingGradedLexOrder() throws PolynomialSyntaxException {
        Polynomial f = p("1 + y + x + y^2 + x*y + x^2", XY);
        List<Monomial> order = f.terms().stream().map(Polynomial.Term::monomial).toList();
        assertEquals(List.of(Monomial.of(2, 0), Monomial.of(1, 1), Monomial.of(0, 2), Monomial.of(1, 0),
                Monomial.of(0, 1), Monomial.of(0, 0)), order);
        assertFalse(f.isHomogeneous());
    }

    @Test
    void ringAxiomsOnSamples() throws PolynomialSyntaxException {
        Polynomial a = p("x^2 - 1/3*y", XY);
        Polynomial b = p("2*x*y + 5", XY);
        Polynomial c = p("y^3 - x", XY);
        assertEquals(a.mul(b.add(c)), a.mul(b).add(a.mul(c)));
        assertEquals(a.mul(b), b.mul(a));
        assertTrue(a.sub(a).isZero());
        assertEquals(-1, a.sub(a).degree());
        assertEquals(a.mul(a).mul(a), a.pow(3));
        assertEquals(a.scale(Rational.of(2)), a.add(a));
    }

    @Test
    void derivativeObeysLeibniz() throws PolynomialSyntaxException {
        Polynomial a = p("x^3*y - 2*y^2", XY);
        Polynomial b = p("x*y + 7*x", XY);
        for (int v = 0; v < 2; v++) {
            assertEquals(a.derivative(v).mul(b).add(a.mul(b.derivative(v))), a.mul(b).derivative(v));
        }
        assertEquals(p("3*x^2*y", XY), a.derivative(0));
    }

    @Test
    void evaluationsAgreeAcrossRings() throws PolynomialSyntaxException {
        Polynomial f = p("1/2*x^2*y - 3*y^3 + 7/5", XY);
        Rational[] q = { Rational.of(2, 3), Rational.of(-5, 7) };
        Rational exact = f.evaluate(q);
        // 1/2 · 4/9 · (−5/7) − 3 · (−125/343) + 7/5, by hand: −10/63 + 375/343 + 7/5
        assertEquals(Rational.of(-10, 63).add(Rational.of(375, 343)).add(Rational.of(7, 5)), exact);
        assertEquals(exact.doubleValue(), f.evaluate(new double[] { 2.0 / 3, -5.0 / 7 }), 1e-12);
        long prime = ModP.PRIME_2;
        long[] qp = { q[0].modP(prime), q[1].modP(prime) };
        assertEquals(exact.modP(prime), f.evaluate(qp, prime));
    }

    @Test
    void univariateCoefficients() throws PolynomialSyntaxException {
        Polynomial sigma = p("1/2*x^2 + x", List.of("x"));
        assertEquals(List.of(Rational.ZERO, Rational.ONE, Rational.of(1, 2)), List.of(sigma.univariateCoefficients()));
        assertEquals(sigma, Polynomial.univariate(sigma.univariateCoefficients()));
    }
}
