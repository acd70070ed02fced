// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.numerical.ComplexKernel;
import org.neuroalgebra.algebra.poly.Monomial;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.internal.NormalizedSystem;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;

/**
 * The parametric critical equations {@code G(t; u) = J_c(t)ᵀ Q (c(t) − u) = 0} of
 * {@code t ↦ ‖c(t) − u‖²_Q} (docs/MATHEMATICS.md §6), where c(t) are the coefficients of the network in the
 * unknowns t left after the scaling normalization of {@link NormalizedSystem}. The loss is
 * invariant under the scalings, whose orbits the normalization slice meets transversally
 * (ℓ(w) = 1 while the orbit direction has ℓ(w) ≠ 0): so t is critical on the slice iff θ(t) is
 * critical in Θ, and rank J_c(t) = rank J_μ(θ(t)).
 */
final class CriticalEquations {

    private static final int NEWTON_STEPS = 8;
    private static final double NEWTON_TOLERANCE = 1e-9;
    /** The last relative Newton step of a point accepted after all steps (Krawczyk decides about it later). */
    private static final double NEWTON_FLOOR = 1e-7;

    private final int unknowns;
    private final int ambient;
    private final Polynomial[] coefficients;
    private final Polynomial[][] jacobian;
    private final double[][] q;
    private final Metric metric;
    private final PolynomialSystem system;
    /** Unknowns whose powers are divided out of every equation: one whose zero set is the degenerate locus. */
    private final boolean[] removable;
    /** G and ∂G/∂t in double, made on first use. */
    private NumericPolynomials numeric;

    CriticalEquations(NormalizedSystem normalized, Metric metric) {
        this(normalized.coefficients(), normalized.unknownNames(), metric);
    }

    /**
     * @param coefficients
     *            c(t), exact polynomials in the unknowns
     * @param unknownNames
     *            the names of the unknowns t
     * @param metric
     *            Q
     */
    CriticalEquations(Polynomial[] coefficients, List<String> unknownNames, Metric metric) {
        this(coefficients, unknownNames, metric, List.of());
    }

    /**
     * @param coefficients
     *            c(t), exact polynomials in the unknowns
     * @param unknownNames
     *            the names of the unknowns t
     * @param metric
     *            Q
     * @param degenerateLocus
     *            generators of a locus whose solutions do not count; when the locus is one unknown's zero set,
     *            that unknown is divided out of each equation as far as it divides it, which removes solutions
     *            on that locus only (a one-output cone's w-equations all carry the factor c, and without it c = 0 holds
     *            singular solutions that paths crawl into)
     */
    CriticalEquations(Polynomial[] coefficients, List<String> unknownNames, Metric metric,
            List<Polynomial> degenerateLocus) {
        this.unknowns = unknownNames.size();
        this.removable = new boolean[unknowns];
        // dividing by t_i removes the solutions on t_i = 0, which lie in the locus only when t_i generates it
        for (int i = 0; i < unknowns && degenerateLocus.size() == 1; i++) {
            removable[i] = degenerateLocus.get(0).equals(Polynomial.variable(unknowns, i));
        }
        this.coefficients = coefficients.clone();
        this.ambient = coefficients.length;
        if (metric.dimension() != ambient) {
            throw new IllegalArgumentException("the metric acts on R^" + metric.dimension() //$NON-NLS-1$
                    + ", the coefficient space has dimension " + ambient); //$NON-NLS-1$
        }
        this.metric = metric;
        this.q = metric.toDouble();
        this.jacobian = new Polynomial[ambient][unknowns];
        for (int k = 0; k < ambient; k++) {
            for (int i = 0; i < unknowns; i++) {
                jacobian[k][i] = coefficients[k].derivative(i);
            }
        }
        int total = unknowns + ambient;
        Polynomial[] u = new Polynomial[ambient];
        for (int l = 0; l < ambient; l++) {
            u[l] = Polynomial.variable(total, unknowns + l);
        }
        List<String> parameterNames = new ArrayList<>();
        for (int l = 1; l <= ambient; l++) {
            parameterNames.add("u" + l); //$NON-NLS-1$
        }
        this.system = new PolynomialSystem(unknownNames, parameterNames, equations(total, u));
    }

    /** G with u given as polynomials in {@code total} variables (the unknowns come first). */
    private List<Polynomial> equations(int total, Polynomial[] u) {
        Polynomial[] residual = new Polynomial[ambient];
        for (int l = 0; l < ambient; l++) {
            residual[l] = ComplexPolynomials.embed(coefficients[l], total, 0).sub(u[l]);
        }
        Polynomial[] weighted = new Polynomial[ambient];
        for (int k = 0; k < ambient; k++) {
            Polynomial sum = Polynomial.zero(total);
            for (int l = 0; l < ambient; l++) {
                if (metric.entry(k, l).signum() != 0) {
                    sum = sum.add(residual[l].scale(metric.entry(k, l)));
                }
            }
            weighted[k] = sum;
        }
        List<Polynomial> g = new ArrayList<>();
        for (int i = 0; i < unknowns; i++) {
            Polynomial sum = Polynomial.zero(total);
            for (int k = 0; k < ambient; k++) {
                if (!jacobian[k][i].isZero() && !weighted[k].isZero()) {
                    sum = sum.add(ComplexPolynomials.embed(jacobian[k][i], total, 0).mul(weighted[k]));
                }
            }
            g.add(withoutRemovableFactors(sum));
        }
        return g;
    }

    /** @return f divided by the largest power of each removable unknown that divides it */
    private Polynomial withoutRemovableFactors(Polynomial f) {
        if (f.isZero()) {
            return f;
        }
        int[] common = new int[f.variableCount()];
        boolean any = false;
        for (int i = 0; i < unknowns; i++) {
            if (removable[i]) {
                int min = Integer.MAX_VALUE;
                for (Polynomial.Term term : f.terms()) {
                    min = Math.min(min, term.monomial().exponent(i));
                }
                common[i] = min;
                any |= min > 0;
            }
        }
        if (!any) {
            return f;
        }
        java.util.Map<Monomial, Rational> divided = new java.util.HashMap<>();
        for (Polynomial.Term term : f.terms()) {
            int[] exponents = term.monomial().exponents();
            for (int i = 0; i < common.length; i++) {
                exponents[i] -= common[i];
            }
            divided.put(Monomial.of(exponents), term.coefficient());
        }
        return Polynomial.of(f.variableCount(), divided);
    }

    /** @return the square system in the unknowns with the data u as parameters */
    PolynomialSystem system() {
        return system;
    }

    /** @return G(t; u) for a fixed rational u, in the unknowns only: the exact count's input */
    List<Polynomial> equationsAt(Rational[] u) {
        Polynomial[] constants = new Polynomial[ambient];
        for (int l = 0; l < ambient; l++) {
            constants[l] = Polynomial.constant(unknowns, u[l]);
        }
        return equations(unknowns, constants);
    }

    int unknowns() {
        return unknowns;
    }

    int ambient() {
        return ambient;
    }

    /** @return c(t) */
    Complex[] image(Complex[] t) {
        Complex[] c = new Complex[ambient];
        for (int k = 0; k < ambient; k++) {
            c[k] = ComplexPolynomials.evaluate(coefficients[k], t);
        }
        return c;
    }

    /** @return J_c(t), ambient × unknowns */
    Complex[][] jacobian(Complex[] t) {
        Complex[][] j = new Complex[ambient][unknowns];
        for (int k = 0; k < ambient; k++) {
            for (int i = 0; i < unknowns; i++) {
                j[k][i] = ComplexPolynomials.evaluate(jacobian[k][i], t);
            }
        }
        return j;
    }

    /** @return J_c(t)ᵀ Q, unknowns × ambient: w is a planted residual iff this kills it */
    Complex[][] gradientMap(Complex[] t) {
        Complex[][] j = jacobian(t);
        Complex[][] b = new Complex[unknowns][ambient];
        for (int i = 0; i < unknowns; i++) {
            for (int l = 0; l < ambient; l++) {
                Complex sum = Complex.ZERO;
                for (int k = 0; k < ambient; k++) {
                    sum = sum.add(j[k][i].mul(Complex.real(q[k][l])));
                }
                b[i][l] = sum;
            }
        }
        return b;
    }

    /** @return ∂G/∂t at (t, u): rank below the unknowns means t is not an isolated critical point */
    Complex[][] criticalJacobian(Complex[] t, Complex[] u) {
        Complex[] point = Arrays.copyOf(t, unknowns + ambient);
        System.arraycopy(u, 0, point, unknowns, ambient);
        return numeric().jacobian(point);
    }

    private synchronized NumericPolynomials numeric() {
        if (numeric == null) {
            numeric = new NumericPolynomials(system.equations(), unknowns);
        }
        return numeric;
    }

    /**
     * Newton's method on G(·; u) from t: confirms that an endpoint is a regular solution and
     * sharpens it before images are compared.
     *
     * @return the refined solution, or null when Newton does not converge to a regular one
     */
    Complex[] refine(Complex[] t, Complex[] u) {
        Complex[] x = t.clone();
        Complex[] point = Arrays.copyOf(x, unknowns + ambient);
        System.arraycopy(u, 0, point, unknowns, ambient);
        double last = Double.POSITIVE_INFINITY;
        NumericPolynomials g = numeric();
        for (int iteration = 0; iteration < NEWTON_STEPS; iteration++) {
            System.arraycopy(x, 0, point, 0, unknowns);
            Complex[] step = ComplexMatrices.toArray(ComplexKernel.solve(ComplexMatrices.of(g.jacobian(point)),
                    ComplexMatrices.of(g.values(point))));
            if (step == null) {
                return null;
            }
            double size = 0;
            double norm = 1;
            for (int i = 0; i < unknowns; i++) {
                x[i] = x[i].sub(step[i]);
                size = Math.max(size, step[i].abs());
                norm = Math.max(norm, x[i].abs());
            }
            if (size <= NEWTON_TOLERANCE * norm) {
                return x;
            }
            last = size / norm;
        }
        // an ill-conditioned regular point stalls at its rounding floor; a singular one creeps linearly, far above it
        return last <= NEWTON_FLOOR ? x : null;
    }

    /** @return (c − u)ᵀ Q (c − u), complex */
    Complex loss(Complex[] c, double[] u) {
        Complex sum = Complex.ZERO;
        for (int k = 0; k < ambient; k++) {
            for (int l = 0; l < ambient; l++) {
                if (q[k][l] != 0) {
                    sum = sum.add(c[k].sub(Complex.real(u[k])).mul(c[l].sub(Complex.real(u[l])))
                            .mul(Complex.real(q[k][l])));
                }
            }
        }
        return sum;
    }
}
