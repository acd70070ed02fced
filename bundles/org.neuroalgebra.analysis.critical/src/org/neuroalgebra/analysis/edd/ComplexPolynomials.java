// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;

/**
 * Evaluation of exact polynomials at complex points, and the symbolic
 * operations the ED-degree systems are built from (embedding into more
 * variables, substitution of polynomials for variables). Used at endpoints
 * only, never in a path tracker's inner loop.
 */
final class ComplexPolynomials {

    private ComplexPolynomials() {
    }

    /** @return f(x) for a point with at least f.variableCount() coordinates */
    static Complex evaluate(Polynomial f, Complex[] x) {
        double re = 0;
        double im = 0;
        for (Polynomial.Term term : f.terms()) {
            int[] e = term.exponents();
            double tr = term.coefficient().doubleValue();
            double ti = 0;
            for (int v = 0; v < e.length; v++) {
                for (int k = 0; k < e[v]; k++) {
                    double r = tr * x[v].re() - ti * x[v].im();
                    ti = tr * x[v].im() + ti * x[v].re();
                    tr = r;
                }
            }
            re += tr;
            im += ti;
        }
        return new Complex(re, im);
    }

    /** @return the matrix ∂f_i/∂x_j (j over the first {@code variables} variables) at x */
    static Complex[][] jacobian(List<Polynomial> fs, int variables, Complex[] x) {
        Complex[][] j = new Complex[fs.size()][variables];
        for (int i = 0; i < fs.size(); i++) {
            for (int v = 0; v < variables; v++) {
                j[i][v] = evaluate(fs.get(i).derivative(v), x);
            }
        }
        return j;
    }

    /** @return the modulus of the largest term of f at x (the scale a residual is measured against) */
    static double size(Polynomial f, Complex[] x) {
        double max = 0;
        for (Polynomial.Term term : f.terms()) {
            double t = Math.abs(term.coefficient().doubleValue());
            int[] e = term.exponents();
            for (int v = 0; v < e.length; v++) {
                t *= Math.pow(x[v].abs(), e[v]);
            }
            max = Math.max(max, t);
        }
        return max;
    }

    /**
     * @return f as a polynomial in {@code total} variables, its variable i
     *         becoming variable {@code offset + i}
     */
    static Polynomial embed(Polynomial f, int total, int offset) {
        Map<Monomial, Rational> map = new HashMap<>();
        for (Polynomial.Term term : f.terms()) {
            int[] e = term.exponents();
            int[] wide = new int[total];
            System.arraycopy(e, 0, wide, offset, e.length);
            map.put(Monomial.of(wide), term.coefficient());
        }
        return Polynomial.of(total, map);
    }

    /** @return the affine-linear polynomial c_0 + Σ c_j z_j in {@code vars} variables */
    static Polynomial linear(Rational constant, Rational[] coefficients) {
        int vars = coefficients.length;
        Polynomial p = Polynomial.constant(vars, constant);
        for (int j = 0; j < vars; j++) {
            p = p.add(Polynomial.variable(vars, j).scale(coefficients[j]));
        }
        return p;
    }
}
