// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.benchmarks.Problem.External;

/**
 * Macaulay2 scripts over ZZ/32003 for the comparison. Each prints {@code ANSWER n} and
 * {@code SECONDS t} (the computation alone, without Macaulay2's start-up) and, where it matters,
 * {@code DIM d} (0 for a finite set). A generic metric is a random symmetric matrix over the
 * field: the count is the same for every generic choice, so it need not be ours.
 */
final class Macaulay2Scripts {

    private static final String HEADER = "kk = ZZ/32003;\nsetRandomSeed 1;\n"; //$NON-NLS-1$

    private static final String REPORT = "print(\"ANSWER \" | toString answer);\nprint(\"DIM \" | toString dimension);\n" //$NON-NLS-1$
            + "print(\"SECONDS \" | toString(T#0));\n"; //$NON-NLS-1$

    private Macaulay2Scripts() {
    }

    /**
     * Rank-one m×n matrices, generic metric: the normal-space formulation (2×2 minors,
     * Xᵀ L = 0, L Xᵀ = 0 with L = Q(X − U) reshaped), saturated by the entries (the singular
     * point X = 0) or, cheaper, by one generic linear form that vanishes there.
     */
    static List<External> rankOne(int m, int n) {
        String setup = HEADER + "m = " + m + "; n = " + n + "; N = m*n;\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "R = kk[x_(1,1)..x_(m,n)];\n" //$NON-NLS-1$
                + "X = matrix table(m, n, (i,j) -> x_(i+1,j+1));\nv = flatten entries X;\n" //$NON-NLS-1$
                + "A = random(kk^N, kk^N); Q = sub(A + transpose A, R); U = sub(random(kk^N, kk^1), R);\n"; //$NON-NLS-1$
        String ideal = "g = Q * (transpose matrix {v} - U); G = matrix table(m, n, (i,j) -> g_(i*n+j, 0)); " //$NON-NLS-1$
                + "I = minors(2, X) + ideal(transpose(X) * G) + ideal(G * transpose(X)); "; //$NON-NLS-1$
        List<External> scripts = new ArrayList<>();
        scripts.add(new External("normal space, saturated by a generic linear form", setup //$NON-NLS-1$
                + "ell = sum(v, y -> random(kk) * y);\n" //$NON-NLS-1$
                + "T = elapsedTiming (" + ideal + "J = saturate(I, ell); (degree J, dim J));\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "answer = T#1#0; dimension = T#1#1;\n" + REPORT)); //$NON-NLS-1$
        scripts.add(new External("normal space, saturated by the entries", setup //$NON-NLS-1$
                + "T = elapsedTiming (" + ideal + "J = saturate(I, ideal v); (degree J, dim J));\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "answer = T#1#0; dimension = T#1#1;\n" + REPORT)); //$NON-NLS-1$
        return scripts;
    }

    /**
     * A hypersurface F = 0 in y1..yn with a generic metric: the Lagrange ideal saturated by the
     * gradient (the singular locus), or by one generic combination of the partials.
     */
    static List<External> hypersurface(String equation, List<String> coordinates) {
        int n = coordinates.size();
        String setup = HEADER + "R = kk[" + String.join(",", coordinates) + ",lambda];\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "F = " + equation + ";\ny = {" + String.join(",", coordinates) + "};\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "n = " + n + "; A = random(kk^n, kk^n); Q = sub(A + transpose A, R); u = sub(random(kk^n, kk^1), R);\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "grad = apply(n, i -> diff(y#i, F));\n"; //$NON-NLS-1$
        String ideal = "I = ideal(F) + ideal apply(n, i -> sum(n, j -> Q_(i,j) * (y#j - u_(j,0))) - lambda * grad#i); "; //$NON-NLS-1$
        return List.of(
                new External("Lagrange, saturated by a generic combination of the partials", setup //$NON-NLS-1$
                        + "T = elapsedTiming (" + ideal //$NON-NLS-1$
                        + "J = saturate(I, sum(grad, p -> random(kk) * p)); (degree J, dim J));\n" //$NON-NLS-1$
                        + "answer = T#1#0; dimension = T#1#1;\n" + REPORT), //$NON-NLS-1$
                new External("Lagrange, saturated by the gradient", setup //$NON-NLS-1$
                        + "T = elapsedTiming (" + ideal + "J = saturate(I, ideal grad); (degree J, dim J));\n" //$NON-NLS-1$ //$NON-NLS-2$
                        + "answer = T#1#0; dimension = T#1#1;\n" + REPORT)); //$NON-NLS-1$
    }

    /**
     * The cone {(t·x)^D} of a one-hidden-neuron network (k inputs, σ = x^D): critical points of
     * the distance in t, saturated by t = 0, each image counted D times (t and ζt, ζ^D = 1).
     *
     * @param metric
     *            "identity", "generic" or "data"
     * @param data
     *            for "data": the input points (rows) and targets of the dataset
     */
    static List<External> cone(int k, int degree, String metric, Dataset data) {
        List<int[]> monomials = Monomials.ofDegree(k, degree);
        int n = monomials.size();
        StringBuilder c = new StringBuilder();
        for (int[] alpha : monomials) {
            c.append(c.length() == 0 ? "" : ", ").append('{').append(Monomials.multinomial(alpha)); //$NON-NLS-1$ //$NON-NLS-2$
            for (int i = 0; i < k; i++) {
                c.append("*t_").append(i + 1).append('^').append(alpha[i]); //$NON-NLS-1$
            }
            c.append('}');
        }
        StringBuilder setup = new StringBuilder(HEADER);
        setup.append("k = ").append(k).append("; D = ").append(degree).append("; n = ").append(n).append(";\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        setup.append("R = kk[t_1..t_k];\nc = matrix {").append(c).append("};\n"); // a column //$NON-NLS-1$ //$NON-NLS-2$
        switch (metric) {
            case "identity" -> setup.append("Q = id_(kk^n); u = random(kk^n, kk^1);\n"); //$NON-NLS-1$ //$NON-NLS-2$
            case "generic" -> setup.append("B = random(kk^n, kk^n); Q = B + transpose B; u = random(kk^n, kk^1);\n"); //$NON-NLS-1$ //$NON-NLS-2$
            case "data" -> {
                // Training data: Q = AᵀA, u = (AᵀA)⁻¹AᵀB, with A the monomials at the inputs (docs/MATHEMATICS.md §5).
                setup.append("A = matrix {"); //$NON-NLS-1$
                for (int row = 0; row < data.inputs().size(); row++) {
                    setup.append(row == 0 ? "" : ", ").append('{'); //$NON-NLS-1$ //$NON-NLS-2$
                    for (int j = 0; j < n; j++) {
                        setup.append(j == 0 ? "" : ", ").append(Monomials.value(monomials.get(j), data.inputs().get(row))); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                    setup.append('}');
                }
                setup.append("};\nA = sub(A, kk);\nb = sub(matrix apply({").append(String.join(", ", data.targets())) //$NON-NLS-1$ //$NON-NLS-2$
                        .append("}, y -> {y}), kk);\nQ = transpose A * A; u = solve(Q, transpose A * b);\n"); //$NON-NLS-1$
            }
            default -> throw new IllegalArgumentException(metric);
        }
        setup.append("r = c - sub(u, R); f = (transpose r * sub(Q, R) * r)_(0,0);\n"); //$NON-NLS-1$
        String ideal = "I = ideal apply(k, i -> diff(t_(i+1), f)); "; //$NON-NLS-1$
        return List.of(
                new External("critical equations in t, saturated by a generic linear form, degree / D", setup //$NON-NLS-1$
                        + "T = elapsedTiming (" + ideal //$NON-NLS-1$
                        + "J = saturate(I, sum(gens R, y -> random(kk) * y)); (degree J, dim J));\n" //$NON-NLS-1$
                        + "answer = T#1#0 // D; dimension = T#1#1;\n" + REPORT), //$NON-NLS-1$
                new External("critical equations in t, saturated by t = 0, degree / D", setup //$NON-NLS-1$
                        + "T = elapsedTiming (" + ideal + "J = saturate(I, ideal gens R); (degree J, dim J));\n" //$NON-NLS-1$ //$NON-NLS-2$
                        + "answer = T#1#0 // D; dimension = T#1#1;\n" + REPORT)); //$NON-NLS-1$
    }

    /** A square polynomial system: the degree of its ideal (its number of solutions with multiplicity). */
    static List<External> system(List<String> variables, List<String> equations) {
        return List.of(new External("Gröbner basis, degree", HEADER + "R = kk[" + String.join(",", variables) + "];\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "T = elapsedTiming (I = ideal(" + String.join(", ", equations) + "); (degree I, dim I));\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "answer = T#1#0; dimension = T#1#1;\n" + REPORT)); //$NON-NLS-1$
    }

    /**
     * The dimension of a bias-free MLP with σ = x^k: the rank over ZZ/32003 of the Jacobian of
     * the coefficients at a random point. Its columns ∂f/∂W^l_{ji} = δ^l_j h^{l−1}_i come from
     * one backward pass with polynomial adjoints δ (f is never differentiated symbolically).
     */
    static List<External> dimension(int[] widths, int power) {
        StringBuilder list = new StringBuilder();
        for (int w : widths) {
            list.append(list.length() == 0 ? "" : ",").append(w); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String script = HEADER + "widths = {" + list + "}; k = " + power + "; L = #widths - 1;\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + "R = kk[x_1..x_(widths#0)];\n" //$NON-NLS-1$
                + "T = elapsedTiming (\n" //$NON-NLS-1$
                + "  W = apply(L, l -> sub(random(kk^(widths#(l+1)), kk^(widths#l)), R));\n" //$NON-NLS-1$
                + "  H = new MutableList; Z = new MutableList; H#0 = transpose vars R;\n" //$NON-NLS-1$
                + "  for l from 1 to L do (Z#l = W#(l-1) * H#(l-1); if l < L then H#l = matrix apply(flatten entries Z#l, e -> {e^k}));\n" //$NON-NLS-1$
                + "  Dl = new MutableList; Dl#L = matrix {{1_R}};\n" //$NON-NLS-1$
                + "  for l in reverse toList(1..L-1) do (back = transpose(W#l) * Dl#(l+1); " //$NON-NLS-1$
                + "Dl#l = matrix apply(widths#l, j -> {back_(j,0) * k * ((Z#l)_(j,0))^(k-1)}));\n" //$NON-NLS-1$
                + "  cols = flatten apply(toList(1..L), l -> flatten apply(widths#l, j -> apply(widths#(l-1), i -> (Dl#l)_(j,0) * (H#(l-1))_(i,0))));\n" //$NON-NLS-1$
                + "  M = lift(last coefficients(matrix {cols}, Monomials => basis(k^(L-1), R)), kk);\n" //$NON-NLS-1$
                + "  rank M);\n" //$NON-NLS-1$
                + "answer = T#1; dimension = 0;\n" + REPORT; //$NON-NLS-1$
        return List.of(new External("rank of the Jacobian mod 32003 at a random point (backward pass)", script)); //$NON-NLS-1$
    }
}
