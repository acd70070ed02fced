// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.internal.certify;

import java.math.BigInteger;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;

/**
 * A polynomial with exact rational coefficients prepared for three kinds of
 * evaluation at complex arguments: plain double (Newton steps), interval
 * (Krawczyk's test) and exact (residuals that double precision cannot
 * resolve).
 */
final class CompiledPolynomial {

    private final int[][] exponents;
    private final double[] approximate;
    private final Interval[] enclosures;
    /** Numerators over the common denominator: coefficient t = scaled[t] / denominator. */
    private final BigInteger[] scaled;
    private final BigInteger denominator;

    CompiledPolynomial(Polynomial f) {
        List<Polynomial.Term> terms = f.terms();
        int size = terms.size();
        exponents = new int[size][];
        approximate = new double[size];
        enclosures = new Interval[size];
        scaled = new BigInteger[size];
        BigInteger lcm = BigInteger.ONE;
        for (Polynomial.Term term : terms) {
            BigInteger d = term.coefficient().denominator();
            lcm = lcm.divide(lcm.gcd(d)).multiply(d);
        }
        denominator = lcm;
        for (int t = 0; t < size; t++) {
            Polynomial.Term term = terms.get(t);
            Rational c = term.coefficient();
            exponents[t] = term.exponents();
            approximate[t] = c.doubleValue();
            enclosures[t] = Interval.of(c);
            scaled[t] = c.numerator().multiply(lcm.divide(c.denominator()));
        }
    }

    /** @return the largest exponent of each variable */
    int[] maxExponents(int variableCount) {
        int[] max = new int[variableCount];
        for (int[] e : exponents) {
            for (int v = 0; v < variableCount; v++) {
                max[v] = Math.max(max[v], e[v]);
            }
        }
        return max;
    }

    /**
     * @param powers
     *            powers[v][k] = x_v^k as interleaved (re, im) doubles
     * @return f(x) in double precision, as {re, im}
     */
    double[] evaluate(double[][][] powers) {
        double re = 0;
        double im = 0;
        for (int t = 0; t < exponents.length; t++) {
            double tr = approximate[t];
            double ti = 0;
            int[] e = exponents[t];
            for (int v = 0; v < e.length; v++) {
                if (e[v] > 0) {
                    double[] p = powers[v][e[v]];
                    double r = tr * p[0] - ti * p[1];
                    ti = tr * p[1] + ti * p[0];
                    tr = r;
                }
            }
            re += tr;
            im += ti;
        }
        return new double[] { re, im };
    }

    /**
     * @param powers
     *            powers[v][k] encloses x_v^k over the box
     * @return an enclosure of f over the box
     */
    Interval enclose(Interval[][] powers) {
        Interval sum = Interval.ZERO;
        for (int t = 0; t < exponents.length; t++) {
            Interval term = enclosures[t];
            int[] e = exponents[t];
            for (int v = 0; v < e.length; v++) {
                if (e[v] > 0) {
                    term = term.mul(powers[v][e[v]]);
                }
            }
            sum = sum.add(term);
        }
        return sum;
    }

    /**
     * @param powers
     *            powers[v][k] = x_v^k exactly
     * @return an enclosure of f at the point, as tight as double precision allows
     */
    Interval exact(ExactComplex[][] powers) {
        ExactComplex sum = ExactComplex.ZERO;
        for (int t = 0; t < exponents.length; t++) {
            ExactComplex term = ExactComplex.integer(scaled[t]);
            int[] e = exponents[t];
            for (int v = 0; v < e.length; v++) {
                if (e[v] > 0) {
                    term = term.mul(powers[v][e[v]]);
                }
            }
            sum = sum.add(term);
        }
        return sum.divide(denominator);
    }
}
