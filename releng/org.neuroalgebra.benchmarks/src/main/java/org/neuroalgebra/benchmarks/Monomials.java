// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Exponent vectors of forms, for writing the other tools' inputs. */
final class Monomials {

    private Monomials() {
    }

    /** @return every exponent vector of k variables and total degree d, in lexicographic order */
    static List<int[]> ofDegree(int k, int d) {
        List<int[]> result = new ArrayList<>();
        fill(new int[k], 0, d, result);
        return result;
    }

    private static void fill(int[] alpha, int index, int left, List<int[]> result) {
        if (index == alpha.length - 1) {
            alpha[index] = left;
            result.add(alpha.clone());
            return;
        }
        for (int e = left; e >= 0; e--) {
            alpha[index] = e;
            fill(alpha, index + 1, left - e, result);
        }
    }

    /** @return d! / (α₁! ⋯ α_k!), the coefficient of x^α in (x₁ + ⋯ + x_k)^d */
    static BigInteger multinomial(int[] alpha) {
        int d = 0;
        BigInteger denominator = BigInteger.ONE;
        for (int e : alpha) {
            d += e;
            denominator = denominator.multiply(factorial(e));
        }
        return factorial(d).divide(denominator);
    }

    private static BigInteger factorial(int n) {
        BigInteger result = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            result = result.multiply(BigInteger.valueOf(i));
        }
        return result;
    }

    /** @return x^α at the point, as an expression the other tools evaluate exactly */
    static String value(int[] alpha, List<String> point) {
        StringBuilder text = new StringBuilder("1"); //$NON-NLS-1$
        for (int i = 0; i < alpha.length; i++) {
            if (alpha[i] > 0) {
                text.append("*(").append(point.get(i)).append(")^").append(alpha[i]); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return text.toString();
    }
}
