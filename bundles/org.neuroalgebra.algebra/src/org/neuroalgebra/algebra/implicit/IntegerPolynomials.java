// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.algebra.implicit;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;

/** Scales equations to coprime integer coefficients, so they print as a reader expects. */
final class IntegerPolynomials {

    private IntegerPolynomials() {
    }

    /**
     * @param basis
     *            the monomials
     * @param coefficients
     *            one rational per monomial, not all zero
     * @return the polynomial scaled to coprime integer coefficients, the
     *         first non-zero one (in basis order) positive
     */
    static Polynomial primitive(List<Monomial> basis, Rational[] coefficients) {
        BigInteger lcm = BigInteger.ONE;
        BigInteger gcd = BigInteger.ZERO;
        int sign = 0;
        for (Rational c : coefficients) {
            if (!c.isZero()) {
                lcm = lcm.divide(lcm.gcd(c.denominator())).multiply(c.denominator());
                if (sign == 0) {
                    sign = c.signum();
                }
            }
        }
        for (Rational c : coefficients) {
            gcd = gcd.gcd(c.mul(Rational.of(lcm)).numerator());
        }
        Rational factor = Rational.of(lcm.multiply(BigInteger.valueOf(sign)), gcd);
        Map<Monomial, Rational> terms = new LinkedHashMap<>();
        for (int j = 0; j < coefficients.length; j++) {
            terms.put(basis.get(j), coefficients[j].mul(factor));
        }
        return Polynomial.of(basis.get(0).variableCount(), terms);
    }
}
