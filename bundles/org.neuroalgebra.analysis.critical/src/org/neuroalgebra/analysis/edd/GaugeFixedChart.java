// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.TooLargeException;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialRing;
import org.neuroalgebra.solver.VariableGroups;

/**
 * An injective parametrization t ↦ φ(t) of a dense open part of the neuromanifold M, with every
 * symmetry of the weights quotiented exactly (docs/MATHEMATICS.md §6, "gauge-fixed charts"). Two
 * shapes of network have one:
 * <ul>
 * <li><b>linear networks</b> (σ = a·x, no bias) of any depth with bottleneck r below min(m, n): M is
 * the m × n matrices of rank ≤ r (§1.2), written X = A·B with one factor free and the other
 * [I_r | B′]·R, R a random integer matrix of determinant 1. Then the GL_r gauge is fixed, and
 * (A, B′) ↦ X is injective with an injective differential exactly where the free factor has rank r;
 * the free factor is the one whose rank drop has no critical points for generic data (A when
 * n ≤ m: A = 0 would need a non-zero b with Uᵀ-weighted residual U b = 0, impossible for an
 * injective generic m × n matrix U);</li>
 * <li><b>one hidden neuron with σ = a·x^D</b> (D ≥ 2, no bias; several layers of width 1 compose to
 * one with D the product): M is the cone c ⊗ (w·x)^D over a Segre–Veronese variety, written with a
 * random linear chart ℓ(w) = 1. c (w·x)^D = c′ (w′·x)^D with c, c′ ≠ 0 forces w·x = μ (w′·x) by
 * unique factorization (only μ^D is seen by the forms), and ℓ(w) = ℓ(w′) = 1 forces μ = 1: the chart
 * has no roots-of-unity ambiguity and is injective where c ≠ 0, with an injective differential
 * there.</li>
 * </ul>
 * {@link #degenerateLocus()} generates the ideal of the points where the chart is not an injective
 * immersion (the r × r minors of the free factor, or the entries of c); the exact count saturates
 * by it, and each certified box is proven away from it. Points of M outside the chart (ℓ(w) = 0, or
 * the first r columns of X R⁻¹ dependent) form a proper closed subset, which for generic data holds
 * no critical point.
 */
final class GaugeFixedChart {

    /** The formulation's shape for linear networks. */
    static final String DETERMINANTAL = "determinantal"; //$NON-NLS-1$

    /** The formulation's shape for one hidden neuron with a monomial activation. */
    static final String VERONESE_CONE = "veronese-cone"; //$NON-NLS-1$

    private final String shape;
    private final Polynomial[] coefficients;
    private final List<String> unknownNames;
    private final List<Polynomial> degenerateLocus;
    private final String description;
    private final int firstOfSecondFactor;

    /**
     * @param firstOfSecondFactor
     *            the unknowns before it belong to one factor of φ and the rest to the other (φ is
     *            multihomogeneous in the two), or 0 when there is one factor
     */
    private GaugeFixedChart(String shape, Polynomial[] coefficients, List<String> unknownNames,
            List<Polynomial> degenerateLocus, String description, int firstOfSecondFactor) {
        this.shape = shape;
        this.firstOfSecondFactor = firstOfSecondFactor;
        this.coefficients = coefficients;
        this.unknownNames = List.copyOf(unknownNames);
        this.degenerateLocus = List.copyOf(degenerateLocus);
        this.description = description;
    }

    /**
     * @param mlp
     *            a polynomial MLP
     * @return why the MLP has no gauge-fixed chart here, or null when {@link #of} builds one
     */
    static String notApplicable(MlpParametrization mlp) {
        for (boolean b : mlp.bias()) {
            if (b) {
                return "the network has biases"; //$NON-NLS-1$
            }
        }
        Polynomial sigma = mlp.activation();
        if (sigma.termCount() != 1 || sigma.degree() < 1) {
            return "the activation is not a monomial a·x^D"; //$NON-NLS-1$
        }
        int[] widths = mlp.widths();
        if (widths.length < 3) {
            return "the network has no hidden layer"; //$NON-NLS-1$
        }
        int n = widths[0];
        int m = widths[widths.length - 1];
        if (sigma.degree() == 1) {
            int r = bottleneck(widths);
            return r < Math.min(m, n) ? null
                    : "the bottleneck " + r + " is not below min(m, n) = " + Math.min(m, n) //$NON-NLS-1$ //$NON-NLS-2$
                            + ": M is the whole matrix space"; //$NON-NLS-1$
        }
        for (int i = 1; i < widths.length - 1; i++) {
            if (widths[i] != 1) {
                return "σ = x^" + sigma.degree() + " with a hidden layer of width " + widths[i] //$NON-NLS-1$ //$NON-NLS-2$
                        + ": only one hidden neuron per layer has a known injective chart"; //$NON-NLS-1$
            }
        }
        return n >= 2 ? null : "one input: M is a line"; //$NON-NLS-1$
    }

    /**
     * @param mlp
     *            a polynomial MLP for which {@link #notApplicable} is null
     * @param seed
     *            the seed of R or ℓ
     * @return its gauge-fixed chart, in the MLP's coordinates
     */
    static GaugeFixedChart of(MlpParametrization mlp, long seed) {
        String reason = notApplicable(mlp);
        if (reason != null) {
            throw new IllegalArgumentException("no gauge-fixed chart: " + reason); //$NON-NLS-1$
        }
        SplittableRandom random = new SplittableRandom(seed);
        return mlp.activation().degree() == 1 ? determinantal(mlp, random) : veroneseCone(mlp, random);
    }

    private static int bottleneck(int[] widths) {
        int r = Integer.MAX_VALUE;
        for (int i = 1; i < widths.length - 1; i++) {
            r = Math.min(r, widths[i]);
        }
        return r;
    }

    /**
     * X = A·B through the two-layer network (n, r, m) with the same activation, which has the
     * same coordinates and the same image as the deeper one.
     */
    private static GaugeFixedChart determinantal(MlpParametrization mlp, SplittableRandom random) {
        int[] widths = mlp.widths();
        int n = widths[0];
        int m = widths[widths.length - 1];
        int r = bottleneck(widths);
        boolean freeA = n <= m;
        int free = freeA ? m : n;
        int fixed = freeA ? n : m;
        int unknowns = free * r + r * (fixed - r);
        List<String> names = new ArrayList<>();
        Polynomial[][] freeFactor = new Polynomial[free][r];
        for (int i = 0; i < free; i++) {
            for (int k = 0; k < r; k++) {
                freeFactor[i][k] = Polynomial.variable(unknowns, names.size());
                names.add((freeA ? "A[" : "B[") + (i + 1) + "," + (k + 1) + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        // [I_r | B′] (r × fixed), then times R (fixed × fixed, determinant 1)
        Polynomial[][] echelon = new Polynomial[r][fixed];
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < fixed; j++) {
                if (j < r) {
                    echelon[k][j] = Polynomial.constant(unknowns, k == j ? Rational.ONE : Rational.ZERO);
                } else {
                    echelon[k][j] = Polynomial.variable(unknowns, names.size());
                    names.add((freeA ? "B'[" : "A'[") + (k + 1) + "," + (j + 1 - r) + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                }
            }
        }
        Rational[][] rotation = unimodular(fixed, random);
        Polynomial[][] chartFactor = new Polynomial[r][fixed];
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < fixed; j++) {
                Polynomial sum = Polynomial.zero(unknowns);
                for (int l = 0; l < fixed; l++) {
                    if (!rotation[l][j].isZero()) {
                        sum = sum.add(echelon[k][l].scale(rotation[l][j]));
                    }
                }
                chartFactor[k][j] = sum;
            }
        }
        // θ of the network (n, r, m): W1 = B (r × n) row by row, then W2 = A (m × r)
        Polynomial[] theta = new Polynomial[r * n + m * r];
        for (int k = 0; k < r; k++) {
            for (int j = 0; j < n; j++) {
                theta[k * n + j] = freeA ? chartFactor[k][j] : freeFactor[j][k];
            }
        }
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < r; k++) {
                theta[r * n + i * r + k] = freeA ? freeFactor[i][k] : chartFactor[k][i];
            }
        }
        Polynomial[] coefficients = twoLayer(mlp, new int[] { n, r, m }).evaluate(new PolynomialRing(unknowns), theta);
        String description = String.format("M = %d×%d matrices of rank ≤ %d as X = A·B with %s free and %s = " //$NON-NLS-1$
                + "[I_%d | %s′]·R, R a random integer matrix of determinant 1 (%d unknowns); the free factor is " //$NON-NLS-1$
                + "the one whose rank drop has no critical points for generic data (n ≤ m: A)", //$NON-NLS-1$
                m, n, r, freeA ? "A" : "B", freeA ? "B" : "Aᵀ", r, freeA ? "B" : "A", unknowns); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return new GaugeFixedChart(DETERMINANTAL, coefficients, names, minors(freeFactor, r, unknowns), description,
                free * r);
    }

    /** c ⊗ a (w·x)^D with ℓ(w) = 1 solved for w_1 (ℓ has non-zero integer coefficients). */
    private static GaugeFixedChart veroneseCone(MlpParametrization mlp, SplittableRandom random) {
        int[] widths = mlp.widths();
        int n = widths[0];
        int m = widths[widths.length - 1];
        int degree = mlp.size().degree();
        int unknowns = n - 1 + m;
        List<String> names = new ArrayList<>();
        Polynomial[] theta = new Polynomial[n + m];
        Polynomial rest = Polynomial.constant(unknowns, Rational.ONE);
        for (int j = 1; j < n; j++) {
            theta[j] = Polynomial.variable(unknowns, names.size());
            names.add("w[" + (j + 1) + "]"); //$NON-NLS-1$ //$NON-NLS-2$
            rest = rest.sub(theta[j].scale(nonZero(random)));
        }
        theta[0] = rest.scale(Rational.ONE.div(nonZero(random)));
        List<Polynomial> c = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            theta[n + i] = Polynomial.variable(unknowns, names.size());
            c.add(theta[n + i]);
            names.add("c[" + (i + 1) + "]"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Polynomial sigma = Polynomial.univariate(monomialCoefficients(degree));
        Polynomial[] coefficients = twoLayer(mlp, new int[] { n, 1, m }, sigma).evaluate(new PolynomialRing(unknowns),
                theta);
        String description = String.format("M = the cone c ⊗ (w·x)^%d, c ∈ C^%d, over a Veronese variety of " //$NON-NLS-1$
                + "%d-ary forms, in the chart ℓ(w) = 1 of a random integer ℓ (%d unknowns): injective where c ≠ 0, " //$NON-NLS-1$
                + "since c (w·x)^D = c′ (w′·x)^D forces w = μ w′ and ℓ forces μ = 1", degree, m, n, unknowns); //$NON-NLS-1$
        return new GaugeFixedChart(VERONESE_CONE, coefficients, names, c, description, n - 1);
    }

    /**
     * The activation a·x^D of the whole stack of width-1 layers: a^(1 + D + … ) composes, only the
     * product of the exponents and a non-zero constant matter for the image, which is a cone.
     */
    private static Rational[] monomialCoefficients(int degree) {
        Rational[] coefficients = new Rational[degree + 1];
        java.util.Arrays.fill(coefficients, Rational.ZERO);
        coefficients[degree] = Rational.ONE;
        return coefficients;
    }

    private static MlpParametrization twoLayer(MlpParametrization mlp, int[] widths) {
        return twoLayer(mlp, widths, mlp.activation());
    }

    private static MlpParametrization twoLayer(MlpParametrization mlp, int[] widths, Polynomial sigma) {
        try {
            return MlpParametrization.create(widths, new boolean[] { false, false }, sigma);
        } catch (TooLargeException e) {
            // the same ambient space as mlp, which exists
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** @return the r × r minors of a (rows × r) matrix of polynomials */
    private static List<Polynomial> minors(Polynomial[][] a, int r, int unknowns) {
        List<Polynomial> minors = new ArrayList<>();
        int rows = a.length;
        int[] chosen = new int[r];
        for (int i = 0; i < r; i++) {
            chosen[i] = i;
        }
        while (true) {
            Polynomial[][] square = new Polynomial[r][];
            for (int i = 0; i < r; i++) {
                square[i] = a[chosen[i]];
            }
            minors.add(determinant(square, unknowns));
            int i = r - 1;
            while (i >= 0 && chosen[i] == rows - r + i) {
                i--;
            }
            if (i < 0) {
                return minors;
            }
            chosen[i]++;
            for (int k = i + 1; k < r; k++) {
                chosen[k] = chosen[k - 1] + 1;
            }
        }
    }

    /** Laplace expansion along the first row: r is the bottleneck, small. */
    private static Polynomial determinant(Polynomial[][] a, int unknowns) {
        int size = a.length;
        if (size == 1) {
            return a[0][0];
        }
        Polynomial sum = Polynomial.zero(unknowns);
        for (int j = 0; j < size; j++) {
            Polynomial[][] minor = new Polynomial[size - 1][size - 1];
            for (int i = 1; i < size; i++) {
                for (int k = 0, c = 0; k < size; k++) {
                    if (k != j) {
                        minor[i - 1][c++] = a[i][k];
                    }
                }
            }
            Polynomial term = a[0][j].mul(determinant(minor, unknowns));
            sum = j % 2 == 0 ? sum.add(term) : sum.sub(term);
        }
        return sum;
    }

    /**
     * L·U with unit triangular integer factors: determinant 1, so invertible over Q by construction. Their entries
     * are −1, 0 or 1: with entries up to ±3, R⁻¹ has entries of tens for size 4 and of thousands for size 7 (medians
     * of random draws; with ±1 they are 2 and 8), so ℓ(b) = 1 holds only for short b and
     * the chart's unknowns reach 10⁴ with condition numbers near 10¹⁶ at random complex data, where monodromy loops
     * failed and 146 of the 284 critical points of rank-one 4 × 4 escaped Krawczyk's test; with these, the unknowns
     * stay within about 10² and every one of the 284 is certified.
     */
    private static Rational[][] unimodular(int size, SplittableRandom random) {
        long[][] lower = new long[size][size];
        long[][] upper = new long[size][size];
        for (int i = 0; i < size; i++) {
            lower[i][i] = 1;
            upper[i][i] = 1;
            for (int j = 0; j < i; j++) {
                lower[i][j] = random.nextInt(-1, 2);
                upper[j][i] = random.nextInt(-1, 2);
            }
        }
        Rational[][] product = new Rational[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                long sum = 0;
                for (int k = 0; k < size; k++) {
                    sum += lower[i][k] * upper[k][j];
                }
                product[i][j] = Rational.of(sum);
            }
        }
        return product;
    }

    /**
     * ±1 or ±2: with ℓ(w) = 1, |w| is at least 1/(2n), so c, which scales as |w|^−D, stays within a small
     * factor of the data's size; larger coefficients put some critical points at |c| in the thousands next
     * to |w| near 0.1, a scaling Krawczyk's test could not certify
     */
    private static Rational nonZero(SplittableRandom random) {
        int value = random.nextInt(1, 3);
        return Rational.of(random.nextBoolean() ? value : -value);
    }

    /** @return {@value #DETERMINANTAL} or {@value #VERONESE_CONE} */
    String shape() {
        return shape;
    }

    /** @return φ(t), one exact polynomial per coordinate of M's ambient space */
    Polynomial[] coefficients() {
        return coefficients.clone();
    }

    /** @return the names of the unknowns t */
    List<String> unknownNames() {
        return unknownNames;
    }

    /** @return generators of the ideal of the points where the chart is not an injective immersion */
    List<Polynomial> degenerateLocus() {
        return degenerateLocus;
    }

    /**
     * @return the unknowns of each factor of φ (A and B′, or w and c): φ is linear in the free factor
     *         and in B′, of degree D in w and linear in c, so the critical equations are
     *         multihomogeneous in the two groups
     */
    VariableGroups variableGroups() {
        int k = unknownNames.size();
        if (firstOfSecondFactor <= 0 || firstOfSecondFactor >= k) {
            return VariableGroups.none();
        }
        return VariableGroups.of(java.util.stream.IntStream.range(0, firstOfSecondFactor).toArray(),
                java.util.stream.IntStream.range(firstOfSecondFactor, k).toArray());
    }

    /** @return what the chart is, for the result's note */
    String description() {
        return description;
    }
}
