// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.algebra.poly.PolynomialMatrices;
import org.neuroalgebra.solver.PolynomialSystem;

/**
 * The critical equations of {@code x ↦ (x − u)ᵀ Q (x − u)} on
 * {@code V(F_1..F_m)} of codimension c, in unknowns {@code x_1..x_n,
 * lambda1..lambdac} (and {@code t} when the multiplier must be non-zero) with
 * parameters {@code u1..un}:
 * <pre>
 *   G_j(x) = 0                                  (j = 1..c)
 *   Q (x − u) − Σ_j lambda_j ∇G_j(x) = 0        (n equations)
 *   lambda1 · t − 1 = 0                         (only when excluding lambda = 0)
 * </pre>
 * When m = c, G = F. When m &gt; c (a variety that is not a complete
 * intersection, e.g. the 2×2 minors of a Hankel matrix), G consists of c
 * random integer combinations of F: V(G) contains V(F) and agrees with it
 * near its smooth points, so every critical point of V(F) is a solution; the
 * extra solutions on the other components of V(G) are removed afterwards by
 * checking F.
 */
public final class LagrangeSystem {

    private final List<Polynomial> equations;
    private final List<Polynomial> square;
    private final int n;
    private final int codimension;
    private final boolean nonZeroMultiplier;
    private final PolynomialSystem system;

    private LagrangeSystem(List<Polynomial> equations, List<Polynomial> square, int codimension, Metric metric,
            boolean nonZeroMultiplier) {
        this.equations = List.copyOf(equations);
        this.square = List.copyOf(square);
        this.n = equations.get(0).variableCount();
        this.codimension = codimension;
        this.nonZeroMultiplier = nonZeroMultiplier;
        this.system = build(metric);
    }

    /**
     * @param equations
     *            F_1..F_m in n variables, m ≥ c
     * @param codimension
     *            c = codimension of V(F), 1 ≤ c &lt; n
     * @param metric
     *            Q
     * @param nonZeroMultiplier
     *            add {@code lambda1 · t = 1} (only for hypersurfaces)
     * @param seed
     *            seed of the combinations when m &gt; c
     * @return the system
     */
    public static LagrangeSystem of(List<Polynomial> equations, int codimension, Metric metric,
            boolean nonZeroMultiplier, long seed) {
        int n = equations.get(0).variableCount();
        if (codimension < 1 || codimension >= n || equations.size() < codimension) {
            throw new IllegalArgumentException("need 1 <= codimension < " + n + " and at least codimension equations"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (metric.dimension() != n) {
            throw new IllegalArgumentException("Q is " + metric.dimension() + "x" + metric.dimension() //$NON-NLS-1$ //$NON-NLS-2$
                    + " but the variety lies in C^" + n); //$NON-NLS-1$
        }
        if (nonZeroMultiplier && codimension != 1) {
            throw new IllegalArgumentException("a non-zero multiplier is only supported for hypersurfaces"); //$NON-NLS-1$
        }
        List<Polynomial> square = equations;
        if (equations.size() > codimension) {
            SplittableRandom random = new SplittableRandom(seed);
            square = new ArrayList<>();
            for (int j = 0; j < codimension; j++) {
                Polynomial g = Polynomial.zero(n);
                for (Polynomial f : equations) {
                    g = g.add(f.scale(Rational.of(random.nextInt(-9, 10))));
                }
                square.add(g);
            }
        }
        return new LagrangeSystem(equations, square, codimension, metric, nonZeroMultiplier);
    }

    private PolynomialSystem build(Metric metric) {
        List<String> variables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            variables.add("x" + i); //$NON-NLS-1$
        }
        for (int j = 1; j <= codimension; j++) {
            variables.add("lambda" + j); //$NON-NLS-1$
        }
        if (nonZeroMultiplier) {
            variables.add("t"); //$NON-NLS-1$
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            parameters.add("u" + i); //$NON-NLS-1$
        }
        int unknowns = variables.size();
        int total = unknowns + n;
        List<Polynomial> result = new ArrayList<>();
        for (Polynomial g : square) {
            result.add(ComplexPolynomials.embed(g, total, 0));
        }
        for (int i = 0; i < n; i++) {
            Polynomial row = Polynomial.zero(total);
            for (int k = 0; k < n; k++) {
                Rational q = metric.entry(i, k);
                if (!q.isZero()) {
                    Polynomial diff = Polynomial.variable(total, k).sub(Polynomial.variable(total, unknowns + k));
                    row = row.add(diff.scale(q));
                }
            }
            for (int j = 0; j < codimension; j++) {
                Polynomial partial = ComplexPolynomials.embed(square.get(j).derivative(i), total, 0);
                row = row.sub(Polynomial.variable(total, n + j).mul(partial));
            }
            result.add(row);
        }
        if (nonZeroMultiplier) {
            result.add(Polynomial.variable(total, n).mul(Polynomial.variable(total, n + 1))
                    .sub(Polynomial.constant(total, Rational.ONE)));
        }
        return new PolynomialSystem(variables, parameters, result);
    }

    /** @return the square system with parameters u */
    public PolynomialSystem system() {
        return system;
    }

    /** @return F, the equations of the variety */
    public List<Polynomial> equations() {
        return equations;
    }

    /** @return G, the c equations used in the Lagrange conditions */
    public List<Polynomial> squareEquations() {
        return square;
    }

    /** @return n */
    public int ambientDimension() {
        return n;
    }

    /** @return c */
    public int codimension() {
        return codimension;
    }

    /** @return whether lambda1 · t = 1 is part of the system */
    public boolean excludesZeroMultiplier() {
        return nonZeroMultiplier;
    }

    /**
     * The system at fixed data, for exact counting (e.g. by a
     * {@code SolutionCounter}).
     *
     * @param u
     *            the data point
     * @return the equations with u substituted, in the unknowns only
     */
    public List<Polynomial> equationsAt(Rational[] u) {
        int unknowns = system.variableCount();
        List<Polynomial> substitution = new ArrayList<>();
        for (int v = 0; v < unknowns; v++) {
            substitution.add(Polynomial.variable(unknowns, v));
        }
        for (Rational value : u) {
            substitution.add(Polynomial.constant(unknowns, value));
        }
        List<Polynomial> result = new ArrayList<>();
        for (Polynomial e : system.equations()) {
            result.add(e.substitute(substitution));
        }
        return result;
    }

    /**
     * @return polynomials in the unknowns whose common zeros are the points where the Jacobian of
     *         G has rank below c: for a hypersurface the partial derivatives ∂F/∂x_i, in general
     *         the c × c minors. Saturating by them removes critical "points" on the singular
     *         locus (and, when G has more zeros than F, where its components meet).
     */
    public List<Polynomial> singularLocus() {
        int unknowns = system.variableCount();
        Polynomial[][] jacobian = new Polynomial[codimension][n];
        for (int j = 0; j < codimension; j++) {
            for (int i = 0; i < n; i++) {
                jacobian[j][i] = ComplexPolynomials.embed(square.get(j).derivative(i), unknowns, 0);
            }
        }
        return PolynomialMatrices.minors(jacobian, codimension).stream().filter(minor -> !minor.isZero()).toList();
    }

    /**
     * @return F in the unknowns: with G's Lagrange conditions they keep the critical points on
     *         V(F) and drop those on the other components of V(G)
     */
    public List<Polynomial> varietyEquationsInUnknowns() {
        List<Polynomial> result = new ArrayList<>();
        for (Polynomial f : equations) {
            result.add(ComplexPolynomials.embed(f, system.variableCount(), 0));
        }
        return result;
    }
}
