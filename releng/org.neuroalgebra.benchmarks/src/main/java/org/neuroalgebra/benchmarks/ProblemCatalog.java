// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The problems of the comparison table, each written as a user would give it to
 * {@code neuroalgebra} and as the other tools read it. Known answers come from
 * docs/MATHEMATICS.md (the quartic: 14; cones over rational normal curves: 3D − 2; Katsura-n:
 * 2^n) and from the measurements (rank one 3×3: 39, 3×4: 83; ternary squares with the
 * identity metric: 13); the others are checked by agreement alone.
 */
final class ProblemCatalog {

    private static final String GENERIC_METRIC = "random seed 3"; //$NON-NLS-1$

    private ProblemCatalog() {
    }

    static List<Problem> all() {
        List<Problem> problems = new ArrayList<>();
        problems.add(quartic());
        problems.add(rankOne(2, 3, 0, true));
        problems.add(rankOne(3, 3, 39, true));
        problems.add(rankOne(3, 4, 83, false));
        problems.add(rankOne(4, 4, 0, false));
        problems.add(veronese("identity", 13, true)); //$NON-NLS-1$
        problems.add(veronese("generic", 0, false)); //$NON-NLS-1$
        for (int d = 3; d <= 6; d++) {
            problems.add(rationalNormalCone(d, d <= 4));
        }
        problems.add(dataMetric());
        for (int n = 6; n <= 9; n++) {
            problems.add(katsura(n, n <= 7));
        }
        problems.add(randomQuadrics(10, 1));
        problems.add(dimension("dimension-x2", new int[] { 2, 2, 1 }, 2, true)); //$NON-NLS-1$
        problems.add(dimension("dimension-x2", new int[] { 3, 4, 1 }, 2, true)); //$NON-NLS-1$
        problems.add(dimension("dimension-x2", new int[] { 6, 10, 10, 1 }, 2, true)); //$NON-NLS-1$
        problems.add(dimension("dimension-x2", new int[] { 8, 16, 16, 1 }, 2, false)); //$NON-NLS-1$
        problems.add(dimension("dimension-x2", new int[] { 10, 20, 20, 1 }, 2, false)); //$NON-NLS-1$
        problems.add(dimension("dimension-x3", new int[] { 5, 8, 8, 1 }, 3, true)); //$NON-NLS-1$
        problems.add(dimension("dimension-x3", new int[] { 6, 12, 12, 1 }, 3, false)); //$NON-NLS-1$
        problems.add(dimension("dimension-depth", new int[] { 3, 3, 1 }, 2, false)); //$NON-NLS-1$
        problems.add(dimension("dimension-depth", new int[] { 3, 3, 3, 1 }, 2, false)); //$NON-NLS-1$
        problems.add(dimension("dimension-depth", new int[] { 3, 3, 3, 3, 1 }, 2, false)); //$NON-NLS-1$
        return problems;
    }

    private static Problem quartic() {
        String text = "variety lsa_quartic {\n  coordinates " + String.join(" ", Problems.QUARTIC_COORDINATES) //$NON-NLS-1$ //$NON-NLS-2$
                + "\n  equation " + Problems.QUARTIC + " = 0\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
        return new Problem("quartic", "quartic", "lightning quartic, generic metric", 0, "quartic.nalg", text, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                edd("lsa_quartic", GENERIC_METRIC), "edDegree", 14, true, //$NON-NLS-1$ //$NON-NLS-2$
                Macaulay2Scripts.hypersurface(Problems.QUARTIC, Problems.QUARTIC_COORDINATES), PhcInputs.quarticLagrange());
    }

    /** Rank-one m×n matrices: the linear network (n, 1, m). */
    private static Problem rankOne(int m, int n, int known, boolean quick) {
        String name = "linear_" + n + "1" + m; //$NON-NLS-1$ //$NON-NLS-2$
        String text = architecture(name, new int[] { n, 1, m }, 1);
        return new Problem("rank1-" + m + "x" + n, "rank1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "rank-1 " + m + "×" + n + " matrices, linear network (" + n + ",1," + m + "), generic metric", 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                name + ".nalg", text, edd(name, GENERIC_METRIC), "edDegree", known == 0 ? null : known, quick, //$NON-NLS-1$ //$NON-NLS-2$
                Macaulay2Scripts.rankOne(m, n), PhcInputs.rankOne(m, n, 1));
    }

    /** Squares of ternary linear forms: the MLP (3, 1, 1) with σ = x². */
    private static Problem veronese(String metric, int known, boolean quick) {
        String text = architecture("squares", new int[] { 3, 1, 1 }, 2); //$NON-NLS-1$
        return new Problem("veronese-" + metric, "veronese", //$NON-NLS-1$ //$NON-NLS-2$
                "squares of ternary linear forms, MLP (3,1,1) σ = x², " + metric + " metric", 0, "squares.nalg", text, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                edd("squares", metric.equals("identity") ? "identity" : GENERIC_METRIC), "edDegree", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                known == 0 ? null : known, quick, Macaulay2Scripts.cone(3, 2, metric, null), null);
    }

    /** The cone over the rational normal curve of degree D: the MLP (2, 1, 1) with σ = x^D. */
    private static Problem rationalNormalCone(int d, boolean quick) {
        String name = "cone_" + d; //$NON-NLS-1$
        return new Problem("rnc-" + d, "rnc", "cone over the rational normal curve, D = " + d + ", MLP (2,1,1) σ = x^" + d //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + ", generic metric", 0, name + ".nalg", architecture(name, new int[] { 2, 1, 1 }, d), //$NON-NLS-1$ //$NON-NLS-2$
                edd(name, GENERIC_METRIC), "edDegree", 3 * d - 2, quick, //$NON-NLS-1$
                Macaulay2Scripts.cone(2, d, "generic", null), null); //$NON-NLS-1$
    }

    /** The twisted cubic's ED degree with the metric of four training points (examples/datasets.nalg). */
    private static Problem dataMetric() {
        Dataset data = new Dataset("four_points", //$NON-NLS-1$
                List.of(List.of("0", "1"), List.of("1", "0"), List.of("1", "1"), List.of("2", "-1")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                List.of("1", "2", "0", "1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        String text = architecture("twisted_cubic", new int[] { 2, 1, 1 }, 3) + data.toModelText(); //$NON-NLS-1$
        return new Problem("data-metric", "data", "twisted cubic, MLP (2,1,1) σ = x³, metric of 4 data points", 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "datasets.nalg", text, edd("twisted_cubic", "data four_points"), "edDegree", null, true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                Macaulay2Scripts.cone(2, 3, "data", data), null); //$NON-NLS-1$
    }

    private static Problem katsura(int n, boolean quick) {
        List<String> variables = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            variables.add("u" + i); //$NON-NLS-1$
        }
        List<String> equations = katsuraEquations(n);
        StringBuilder text = new StringBuilder("# Katsura-").append(n).append(": 2^").append(n).append(" solutions\nvariables ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(String.join(" ", variables)).append('\n'); //$NON-NLS-1$
        equations.forEach(e -> text.append(e).append('\n'));
        return new Problem("katsura" + n, "katsura", "katsura" + n + " (solve), total degree " + (1 << n), 0, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "katsura" + n + ".txt", text.toString(), List.of("solve", "FILE", "--seed", "1"), "finiteSolutions", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                1 << n, quick, Macaulay2Scripts.system(variables, equations), PhcInputs.system(equations));
    }

    /** n random dense quadrics in n unknowns (integer coefficients from the seed): 2^n paths and solutions. */
    private static Problem randomQuadrics(int n, long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<String> variables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            variables.add("x" + i); //$NON-NLS-1$
        }
        List<String> equations = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            StringBuilder equation = new StringBuilder().append(random.nextInt(19) - 9);
            for (int i = 0; i < n; i++) {
                equation.append(term(random, variables.get(i)));
                for (int j = i; j < n; j++) {
                    equation.append(term(random, variables.get(i) + "*" + variables.get(j))); //$NON-NLS-1$
                }
            }
            equations.add(equation.toString());
        }
        String text = "# " + n + " random dense quadrics\nvariables " + String.join(" ", variables) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + String.join("\n", equations) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
        return new Problem("quadrics" + n, "quadrics", n + " random dense quadrics in " + n + " unknowns (solve), " + (1 << n) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + " paths", 0, "quadrics" + n + ".txt", text, List.of("solve", "FILE", "--seed", "1"), "finiteSolutions", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                1 << n, false, Macaulay2Scripts.system(variables, equations), PhcInputs.system(equations));
    }

    private static String term(java.util.Random random, String monomial) {
        int c = random.nextInt(19) - 9;
        return (c < 0 ? " - " : " + ") + Math.abs(c) + "*" + monomial; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Katsura-n: u₀ + 2Σu_l = 1 and Σ_l u_|l| u_|m−l| = u_m for m < n (u_l = 0 beyond n). */
    static List<String> katsuraEquations(int n) {
        List<String> equations = new ArrayList<>();
        StringBuilder linear = new StringBuilder("u0"); //$NON-NLS-1$
        for (int l = 1; l <= n; l++) {
            linear.append(" + 2*u").append(l); //$NON-NLS-1$
        }
        equations.add(linear.append(" - 1").toString()); //$NON-NLS-1$
        for (int m = 0; m < n; m++) {
            StringBuilder e = new StringBuilder();
            for (int l = -n; l <= n; l++) {
                if (Math.abs(m - l) <= n) {
                    e.append(e.length() == 0 ? "" : " + ").append('u').append(Math.abs(l)).append("*u").append(Math.abs(m - l)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
            equations.add(e.append(" - u").append(m).toString()); //$NON-NLS-1$
        }
        return equations;
    }

    private static Problem dimension(String family, int[] widths, int power, boolean quick) {
        String tuple = Arrays.toString(widths).replace("[", "(").replace("]", ")").replace(" ", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        String name = "mlp_" + tuple.replaceAll("[^0-9]+", "_").replaceAll("^_|_$", "") + "_x" + power; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        int parameters = 0;
        for (int l = 1; l < widths.length; l++) {
            parameters += widths[l] * widths[l - 1];
        }
        // The id has no comma: --only takes a comma-separated list.
        return new Problem("dim-" + tuple.replaceAll("[(),]+", "-").replaceAll("^-|-$", "") + "-x" + power, family, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "dimension " + tuple + ", σ = x^" + power + " (" + parameters + " parameters)", parameters, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                name + ".nalg", architecture(name, widths, power), //$NON-NLS-1$
                List.of("dimension", "FILE", "--architecture", name, "--seed", "1"), "dimension", null, quick, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                Macaulay2Scripts.dimension(widths, power), null);
    }

    /** @return a bias-free MLP with σ = x^power between dense layers (power 1: a linear network) */
    static String architecture(String name, int[] widths, int power) {
        StringBuilder text = new StringBuilder("architecture ").append(name).append(" {\n  input ").append(widths[0]).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
        for (int l = 1; l < widths.length; l++) {
            text.append("  dense ").append(widths[l]).append(" bias=false\n"); //$NON-NLS-1$ //$NON-NLS-2$
            if (power > 1 && l < widths.length - 1) {
                text.append("  activation x^").append(power).append('\n'); //$NON-NLS-1$
            }
        }
        return text.append("}\n").toString(); //$NON-NLS-1$
    }

    private static List<String> edd(String subject, String metric) {
        return List.of("edd", "FILE", "--subject", subject, "--metric", metric, "--seed", "1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
    }
}
