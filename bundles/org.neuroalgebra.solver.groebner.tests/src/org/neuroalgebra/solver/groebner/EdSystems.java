// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.groebner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialParser;
import org.neuroalgebra.algebra.poly.PolynomialSyntaxException;

/**
 * Builds the Euclidean-distance critical point systems of docs/MATHEMATICS.md §6 for a
 * hypersurface F = 0 in C^n, a symmetric matrix Q and a data point u.
 */
final class EdSystems {

    private EdSystems() {
    }

    static Polynomial parse(String text, List<String> variables) {
        try {
            return PolynomialParser.parse(text, variables);
        } catch (PolynomialSyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static List<Polynomial> parseAll(List<String> variables, String... texts) {
        List<Polynomial> list = new ArrayList<>();
        for (String text : texts) {
            list.add(parse(text, variables));
        }
        return list;
    }

    /** @return Q = BᵀB + I with B a random integer matrix: symmetric positive definite */
    static long[][] randomPositiveDefinite(int n, Random random) {
        long[][] q = randomSemidefinite(n, n, random);
        for (int i = 0; i < n; i++) {
            q[i][i]++;
        }
        return q;
    }

    /**
     * @return Q = BᵀB with B a random integer matrix of the given number of
     *         rows: positive semidefinite with a kernel of dimension n − rank
     *         (for a generic B)
     */
    static long[][] randomSemidefinite(int n, int rank, Random random) {
        long[][] b = new long[rank][n];
        for (long[] row : b) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextInt(7) - 3;
            }
        }
        long[][] q = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long sum = 0;
                for (int k = 0; k < rank; k++) {
                    sum += b[k][i] * b[k][j];
                }
                q[i][j] = sum;
            }
        }
        return q;
    }

    /** @return the n polynomials Q(x − u) in the given number of variables */
    static List<Polynomial> metric(long[][] q, long[] u, int variableCount) {
        List<Polynomial> rows = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            rows.add(metricRow(q, u, i, variableCount));
        }
        return rows;
    }

    /** @return all products f·g, f in a, g in b: they generate the product ideal, whose zero set is the union */
    static List<Polynomial> products(List<Polynomial> a, List<Polynomial> b) {
        List<Polynomial> result = new ArrayList<>();
        for (Polynomial f : a) {
            for (Polynomial g : b) {
                Polynomial product = f.mul(g);
                if (!product.isZero()) {
                    result.add(product);
                }
            }
        }
        return result;
    }

    static long[][] identity(int n) {
        long[][] q = new long[n][n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
        }
        return q;
    }

    static long[] randomPoint(int n, Random random) {
        long[] u = new long[n];
        for (int i = 0; i < n; i++) {
            u[i] = random.nextInt(41) - 20;
        }
        return u;
    }

    /**
     * The Lagrange system in (x_1..x_n, λ): F(x) = 0 and Q(x − u) = λ∇F(x).
     *
     * @param f
     *            F in n + 1 variables (the last one, λ, unused)
     */
    static List<Polynomial> lagrange(Polynomial f, long[][] q, long[] u) {
        int n = u.length;
        Polynomial lambda = Polynomial.variable(n + 1, n);
        List<Polynomial> system = new ArrayList<>();
        system.add(f);
        for (int i = 0; i < n; i++) {
            system.add(metricRow(q, u, i, n + 1).sub(lambda.mul(f.derivative(i))));
        }
        return system;
    }

    /**
     * The rank formulation in x only, for M = V(F_1..F_r) of codimension c:
     * the F_i and the (c+1)-minors of the matrix with rows Q(x − u), ∇F_1, …,
     * ∇F_r. Its solutions include the singular locus of M (where the Jacobian
     * has rank below c), to be removed by saturating by {@link #jacobianMinors}.
     */
    static List<Polynomial> rankCondition(List<Polynomial> f, int codimension, long[][] q, long[] u) {
        int n = u.length;
        Polynomial[][] matrix = new Polynomial[f.size() + 1][n];
        for (int j = 0; j < n; j++) {
            matrix[0][j] = metricRow(q, u, j, n);
            for (int i = 0; i < f.size(); i++) {
                matrix[i + 1][j] = f.get(i).derivative(j);
            }
        }
        List<Polynomial> system = new ArrayList<>(f);
        system.addAll(minors(matrix, codimension + 1));
        return system;
    }

    /** @return the c-minors of the Jacobian of the F_i in n variables */
    static List<Polynomial> jacobianMinors(List<Polynomial> f, int codimension, int n) {
        Polynomial[][] jacobian = new Polynomial[f.size()][n];
        for (int i = 0; i < f.size(); i++) {
            for (int j = 0; j < n; j++) {
                jacobian[i][j] = f.get(i).derivative(j);
            }
        }
        return minors(jacobian, codimension);
    }

    /** @return all non-zero k×k minors of a polynomial matrix */
    static List<Polynomial> minors(Polynomial[][] matrix, int k) {
        List<Polynomial> result = new ArrayList<>();
        for (int[] rows : subsets(matrix.length, k)) {
            for (int[] columns : subsets(matrix[0].length, k)) {
                Polynomial minor = determinant(matrix, rows, columns);
                if (!minor.isZero()) {
                    result.add(minor);
                }
            }
        }
        return result;
    }

    private static List<int[]> subsets(int n, int k) {
        List<int[]> result = new ArrayList<>();
        int[] chosen = new int[k];
        fill(result, chosen, 0, 0, n);
        return result;
    }

    private static void fill(List<int[]> result, int[] chosen, int position, int from, int n) {
        if (position == chosen.length) {
            result.add(chosen.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            chosen[position] = i;
            fill(result, chosen, position + 1, i + 1, n);
        }
    }

    /** Laplace expansion along the first chosen row (the minors are small). */
    private static Polynomial determinant(Polynomial[][] matrix, int[] rows, int[] columns) {
        Polynomial first = matrix[rows[0]][columns[0]];
        if (rows.length == 1) {
            return first;
        }
        int variables = first.variableCount();
        Polynomial sum = Polynomial.zero(variables);
        int[] rest = java.util.Arrays.copyOfRange(rows, 1, rows.length);
        for (int c = 0; c < columns.length; c++) {
            int[] others = new int[columns.length - 1];
            for (int j = 0, k = 0; j < columns.length; j++) {
                if (j != c) {
                    others[k++] = columns[j];
                }
            }
            Polynomial term = matrix[rows[0]][columns[c]].mul(determinant(matrix, rest, others));
            sum = c % 2 == 0 ? sum.add(term) : sum.sub(term);
        }
        return sum;
    }

    static List<Polynomial> gradient(Polynomial f, int n) {
        List<Polynomial> gradient = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            gradient.add(f.derivative(i));
        }
        return gradient;
    }

    /** @return row i of Q(x − u), in the given number of variables */
    private static Polynomial metricRow(long[][] q, long[] u, int i, int variableCount) {
        Polynomial row = Polynomial.zero(variableCount);
        for (int j = 0; j < u.length; j++) {
            Polynomial xj = Polynomial.variable(variableCount, j)
                    .sub(Polynomial.constant(variableCount, Rational.of(u[j])));
            row = row.add(xj.scale(Rational.of(q[i][j])));
        }
        return row;
    }

    /**
     * @return a dense polynomial of degree at most d in the first n variables,
     *         every coefficient a random non-zero integer in [-9, 9]
     */
    static Polynomial randomDense(int n, int variableCount, int d, Random random) {
        Polynomial sum = Polynomial.zero(variableCount);
        int[] exponents = new int[variableCount];
        return addMonomials(sum, exponents, 0, n, d, random);
    }

    private static Polynomial addMonomials(Polynomial sum, int[] exponents, int variable, int n, int budget,
            Random random) {
        if (variable == n) {
            int c = random.nextInt(18) - 9;
            return sum.add(Polynomial.monomial(Monomial.of(exponents.clone()), Rational.of(c >= 0 ? c + 1 : c)));
        }
        Polynomial result = sum;
        for (int e = 0; e <= budget; e++) {
            exponents[variable] = e;
            result = addMonomials(result, exponents, variable + 1, n, budget - e, random);
        }
        exponents[variable] = 0;
        return result;
    }
}
