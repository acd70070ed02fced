// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Dense univariate polynomials over Z/p as coefficient arrays (constant term
 * first, no trailing zeros; the zero polynomial is the empty array).
 */
final class UnivariateModP {

    private UnivariateModP() {
    }

    /** @return the degree, -1 for zero */
    static int degree(long[] f) {
        return f.length - 1;
    }

    /** @return f' */
    static long[] derivative(long[] f, long p) {
        if (f.length <= 1) {
            return new long[0];
        }
        long[] d = new long[f.length - 1];
        for (int k = 1; k < f.length; k++) {
            d[k - 1] = f[k] * (k % p) % p;
        }
        return trim(d);
    }

    /** @return a greatest common divisor (Euclid) */
    static long[] gcd(long[] f, long[] g, long p) {
        long[] a = f;
        long[] b = g;
        while (b.length > 0) {
            long[] r = remainder(a, b, p);
            a = b;
            b = r;
        }
        return a;
    }

    /** @return a mod b for b ≠ 0 */
    static long[] remainder(long[] a, long[] b, long p) {
        long[] r = a.clone();
        long inverseLead = Residues.inverse(b[b.length - 1], p);
        for (int top = r.length - 1; top >= b.length - 1; top--) {
            long factor = r[top] * inverseLead % p;
            if (factor == 0) {
                continue;
            }
            int shift = top - (b.length - 1);
            for (int k = 0; k < b.length; k++) {
                r[shift + k] = Math.floorMod(r[shift + k] - factor * b[k] % p, p);
            }
        }
        return trim(Arrays.copyOf(r, Math.min(r.length, b.length - 1)));
    }

    /** @return f without trailing zero coefficients */
    static long[] trim(long[] f) {
        int n = f.length;
        while (n > 0 && f[n - 1] == 0) {
            n--;
        }
        return n == f.length ? f : Arrays.copyOf(f, n);
    }

    /**
     * @return the degree of the squarefree part of f, i.e. its number of
     *         distinct roots in the algebraic closure (valid when deg f &lt; p)
     */
    static int squarefreeDegree(long[] f, long p) {
        return degree(f) - degree(gcd(f, derivative(f, p), p));
    }

    /**
     * Berlekamp–Massey: the shortest linear recurrence of a sequence over Z/p,
     * returned as its characteristic polynomial (monic, constant term first).
     * Given 2D terms of uᵀMᵏv it is, for random u and v, the minimal
     * polynomial of the D×D matrix M with high probability.
     */
    static long[] recurrencePolynomial(List<Long> s, long p) {
        long[] c = { 1 };
        long[] b = { 1 };
        int length = 0;
        int shift = 1;
        long lastDiscrepancy = 1;
        for (int n = 0; n < s.size(); n++) {
            long d = s.get(n);
            for (int i = 1; i <= length && i < c.length; i++) {
                d = (d + c[i] * s.get(n - i)) % p;
            }
            if (d == 0) {
                shift++;
                continue;
            }
            long factor = d * Residues.inverse(lastDiscrepancy, p) % p;
            long[] next = new long[Math.max(c.length, b.length + shift)];
            System.arraycopy(c, 0, next, 0, c.length);
            for (int i = 0; i < b.length; i++) {
                next[i + shift] = Math.floorMod(next[i + shift] - factor * b[i] % p, p);
            }
            if (2 * length <= n) {
                b = c;
                length = n + 1 - length;
                lastDiscrepancy = d;
                shift = 1;
            } else {
                shift++;
            }
            c = next;
        }
        long[] reversed = new long[length + 1];
        for (int k = 0; k <= length; k++) {
            int i = length - k;
            reversed[k] = i < c.length ? c[i] : 0;
        }
        return UnivariateModP.trim(reversed);
    }
}
