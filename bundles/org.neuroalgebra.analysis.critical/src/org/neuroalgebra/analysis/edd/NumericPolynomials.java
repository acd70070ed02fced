// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.List;

import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;

/**
 * Polynomials and their first derivatives with the coefficients rounded to double once, for Newton's
 * method on the same equations at many points: {@link ComplexPolynomials#evaluate} converts every
 * rational coefficient at every evaluation, and its Jacobian differentiates the exact polynomials
 * each time, which made refining the endpoints of a homotopy cost as much as tracking them.
 */
final class NumericPolynomials {

    /** One polynomial: for each term its coefficient and its non-zero exponents with their variables. */
    private record Compiled(double[] coefficients, int[][] variables, int[][] powers) {

        static Compiled of(Polynomial f) {
            List<Polynomial.Term> terms = f.terms();
            double[] coefficients = new double[terms.size()];
            int[][] variables = new int[terms.size()][];
            int[][] powers = new int[terms.size()][];
            for (int t = 0; t < terms.size(); t++) {
                Polynomial.Term term = terms.get(t);
                coefficients[t] = term.coefficient().doubleValue();
                int[] e = term.exponents();
                int nonZero = 0;
                for (int p : e) {
                    nonZero += p != 0 ? 1 : 0;
                }
                variables[t] = new int[nonZero];
                powers[t] = new int[nonZero];
                for (int v = 0, j = 0; v < e.length; v++) {
                    if (e[v] != 0) {
                        variables[t][j] = v;
                        powers[t][j++] = e[v];
                    }
                }
            }
            return new Compiled(coefficients, variables, powers);
        }

        Complex at(Complex[] x) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < coefficients.length; t++) {
                double tr = coefficients[t];
                double ti = 0;
                int[] vars = variables[t];
                for (int j = 0; j < vars.length; j++) {
                    double xr = x[vars[j]].re();
                    double xi = x[vars[j]].im();
                    for (int k = 0; k < powers[t][j]; k++) {
                        double r = tr * xr - ti * xi;
                        ti = tr * xi + ti * xr;
                        tr = r;
                    }
                }
                re += tr;
                im += ti;
            }
            return new Complex(re, im);
        }
    }

    private final Compiled[] values;
    private final Compiled[][] derivatives;

    /**
     * @param equations
     *            the polynomials
     * @param variables
     *            the Jacobian is taken in the first this many variables
     */
    NumericPolynomials(List<Polynomial> equations, int variables) {
        values = new Compiled[equations.size()];
        derivatives = new Compiled[equations.size()][variables];
        for (int i = 0; i < values.length; i++) {
            values[i] = Compiled.of(equations.get(i));
            for (int v = 0; v < variables; v++) {
                derivatives[i][v] = Compiled.of(equations.get(i).derivative(v));
            }
        }
    }

    /** @return the values at x (at least as many coordinates as the polynomials' variables) */
    Complex[] values(Complex[] x) {
        Complex[] result = new Complex[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i].at(x);
        }
        return result;
    }

    /** @return the Jacobian in the first variables at x, as {@link ComplexPolynomials#jacobian} gives it */
    Complex[][] jacobian(Complex[] x) {
        Complex[][] result = new Complex[derivatives.length][];
        for (int i = 0; i < derivatives.length; i++) {
            result[i] = new Complex[derivatives[i].length];
            for (int v = 0; v < derivatives[i].length; v++) {
                result[i][v] = derivatives[i][v].at(x);
            }
        }
        return result;
    }
}
