// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.data;

import org.neuroalgebra.algebra.poly.Monomials;

/**
 * Evaluates a polynomial network function stored as a coefficient vector in the output-major
 * layout of {@link org.neuroalgebra.algebra.param.MlpParametrization}: coordinate
 * {@code o·m + j} is the coefficient of monomial j of the basis in output o, m = |basis|.
 */
public final class NetworkFunction {

    private NetworkFunction() {
    }

    /** @return v_D(a): the values of the basis monomials at the point a */
    public static double[] veronese(Monomials basis, double[] a) {
        double[] values = new double[basis.size()];
        for (int j = 0; j < values.length; j++) {
            int[] exponents = basis.get(j).exponents();
            double value = 1;
            for (int v = 0; v < exponents.length; v++) {
                value *= Math.pow(a[v], exponents[v]);
            }
            values[j] = value;
        }
        return values;
    }

    /**
     * @param coefficients
     *            c_f, of length |basis| · outputs
     * @return f(a), of length outputs
     */
    public static double[] evaluate(Monomials basis, double[] coefficients, double[] a) {
        int m = basis.size();
        int outputs = coefficients.length / m;
        double[] v = veronese(basis, a);
        double[] result = new double[outputs];
        for (int o = 0; o < outputs; o++) {
            double sum = 0;
            for (int j = 0; j < m; j++) {
                sum += coefficients[o * m + j] * v[j];
            }
            result[o] = sum;
        }
        return result;
    }
}
