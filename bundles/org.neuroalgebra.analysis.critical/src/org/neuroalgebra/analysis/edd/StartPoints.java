// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.numerical.ComplexKernel;
import org.neuroalgebra.algebra.numerical.ComplexRank;
import org.neuroalgebra.algebra.numerical.RealSolve;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;

/**
 * Start pairs for monodromy on the ED correspondence. The critical equations
 * are linear in the data u, so any point x of the variety and any multipliers
 * λ determine the data that makes (x, λ) critical:
 * {@code u = x − Q⁻¹ J_G(x)ᵀ λ}. For a degenerate Q with kernel K on a hypersurface,
 * Q(x − u) = λ∇F(x) is solvable only when ∇F(x) ⊥ K, i.e. x lies on the
 * ramification locus of the projection along K; there
 * {@code u = x − (Q + KKᵀ)⁻¹ λ∇F(x) + Kκ} for any κ (Q + KKᵀ is invertible
 * and agrees with Q on range Q, which is K's orthogonal complement).
 */
final class StartPoints {

    /** Entries of J_G K below this times the size of J_G and K are rounding errors of zeros. */
    private static final double NEGLIGIBLE = 1e-10;

    private final Metric metric;
    private final SplittableRandom random;

    StartPoints(Metric metric, SplittableRandom random) {
        this.metric = metric;
        this.random = random;
    }

    /**
     * @param system
     *            the Lagrange system (without t)
     * @param candidates
     *            points of V, e.g. from slicing
     * @return a start pair at each smooth candidate, the ones farthest from
     *         the singular locus first
     */
    List<StartPoint> onVariety(LagrangeSystem system, List<Complex[]> candidates) {
        int n = system.ambientDimension();
        int c = system.codimension();
        List<StartPoint> starts = new ArrayList<>();
        for (Complex[] x : bySmoothness(system, candidates)) {
            Complex[][] jacobian = ComplexPolynomials.jacobian(system.squareEquations(), n, x);
            Complex[] lambda = randomComplex(c);
            Complex[] w = new Complex[n];
            for (int i = 0; i < n; i++) {
                w[i] = Complex.ZERO;
                for (int j = 0; j < c; j++) {
                    w[i] = w[i].add(jacobian[j][i].mul(lambda[j]));
                }
            }
            Complex[] y = solve(metric.toDouble(), w);
            // scale the multipliers so that u is at distance about max(1, |x|) from x: data generic in size
            double factor = Math.max(1, norm(x)) / norm(y);
            for (int j = 0; j < c; j++) {
                lambda[j] = lambda[j].mul(Complex.real(factor));
            }
            for (int i = 0; i < n; i++) {
                y[i] = y[i].mul(Complex.real(factor));
            }
            Complex[] unknowns = new Complex[n + c];
            Complex[] u = new Complex[n];
            for (int i = 0; i < n; i++) {
                unknowns[i] = x[i];
                u[i] = x[i].sub(y[i]);
            }
            System.arraycopy(lambda, 0, unknowns, n, c);
            starts.add(new StartPoint(unknowns, u));
        }
        return starts;
    }

    /**
     * @param system
     *            the Lagrange system of a hypersurface with t (λ t = 1)
     * @param candidates
     *            points of the ramification locus {F = 0, Kᵀ∇F = 0}
     * @return a start pair at each candidate where ∇F ≠ 0, the ones farthest
     *         from the singular locus first
     */
    List<StartPoint> onRamificationLocus(LagrangeSystem system, List<Complex[]> candidates) {
        int n = system.ambientDimension();
        List<Rational[]> kernel = metric.kernel();
        double[][] a = regularizedMetric(n, kernel);
        List<StartPoint> starts = new ArrayList<>();
        for (Complex[] x : bySmoothness(system, candidates)) {
            Complex[][] gradient = ComplexPolynomials.jacobian(system.squareEquations(), n, x);
            Complex lambda = randomComplex(1)[0];
            Complex[] w = new Complex[n];
            for (int i = 0; i < n; i++) {
                w[i] = gradient[0][i].mul(lambda);
            }
            Complex[] y = solve(a, w);
            double factor = Math.max(1, norm(x)) / norm(y);
            lambda = lambda.mul(Complex.real(factor));
            for (int i = 0; i < n; i++) {
                y[i] = y[i].mul(Complex.real(factor));
            }
            Complex[] kappa = randomComplex(kernel.size());
            Complex[] u = new Complex[n];
            for (int i = 0; i < n; i++) {
                u[i] = x[i].sub(y[i]);
                for (int j = 0; j < kernel.size(); j++) {
                    u[i] = u[i].add(kappa[j].mul(Complex.real(kernel.get(j)[i].doubleValue())));
                }
            }
            Complex[] unknowns = new Complex[n + 2];
            System.arraycopy(x, 0, unknowns, 0, n);
            unknowns[n] = lambda;
            double den = lambda.re() * lambda.re() + lambda.im() * lambda.im();
            unknowns[n + 1] = new Complex(lambda.re() / den, -lambda.im() / den);
            starts.add(new StartPoint(unknowns, u));
        }
        return starts;
    }

    /** @return Q + KKᵀ, invertible when K spans the kernel of Q, so that Q(x − u) = w can be solved for u */
    private double[][] regularizedMetric(int n, List<Rational[]> kernel) {
        double[][] a = metric.toDouble();
        for (Rational[] k : kernel) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] += k[i].doubleValue() * k[j].doubleValue();
                }
            }
        }
        return a;
    }

    /**
     * Start pairs for a degenerate Q on a variety of codimension c &gt; 1: Q(x − u) = J_G(x)ᵀλ is
     * solvable exactly when J_G(x)ᵀλ ⊥ K, i.e. λ lies in the left kernel of the c × k matrix
     * J_G(x)K. For k &lt; c that kernel is never trivial (every point of V carries such λ); for
     * k ≥ c the candidates must lie on the locus where J_G K drops rank
     * ({@link #rankDropEquations(List, List)}). Then u = x − (Q + KKᵀ)⁻¹ J_Gᵀλ + Kκ.
     *
     * @param system
     *            the Lagrange system (without t)
     * @param candidates
     *            points of V, on the rank-drop locus when k ≥ c
     * @return a start pair at each smooth candidate with a non-zero admissible λ
     */
    List<StartPoint> onDegenerate(LagrangeSystem system, List<Complex[]> candidates) {
        int n = system.ambientDimension();
        int c = system.codimension();
        List<Rational[]> kernel = metric.kernel();
        double[][] a = regularizedMetric(n, kernel);
        List<StartPoint> starts = new ArrayList<>();
        for (Complex[] x : bySmoothness(system, candidates)) {
            Complex[][] jacobian = ComplexPolynomials.jacobian(system.squareEquations(), n, x);
            Complex[][] transposed = new Complex[kernel.size()][c];
            // entries at the rounding level of J_G are zeros: the elimination's threshold is relative to
            // the matrix itself, so a J_G K that vanishes at x (e.g. along a line of V) would look regular
            double negligible = NEGLIGIBLE * maxAbs(jacobian) * kernelSize(kernel);
            for (int l = 0; l < kernel.size(); l++) {
                for (int j = 0; j < c; j++) {
                    Complex sum = Complex.ZERO;
                    for (int i = 0; i < n; i++) {
                        sum = sum.add(jacobian[j][i].mul(Complex.real(kernel.get(l)[i].doubleValue())));
                    }
                    transposed[l][j] = sum.abs() <= negligible ? Complex.ZERO : sum;
                }
            }
            Complex[] lambda = ComplexMatrices.toArray(ComplexKernel.randomVector(ComplexMatrices.of(transposed), random));
            if (norm(lambda) == 0) {
                continue;
            }
            Complex[] w = new Complex[n];
            for (int i = 0; i < n; i++) {
                w[i] = Complex.ZERO;
                for (int j = 0; j < c; j++) {
                    w[i] = w[i].add(jacobian[j][i].mul(lambda[j]));
                }
            }
            Complex[] y = solve(a, w);
            double factor = Math.max(1, norm(x)) / norm(y);
            Complex[] kappa = randomComplex(kernel.size());
            Complex[] unknowns = new Complex[n + c];
            Complex[] u = new Complex[n];
            for (int i = 0; i < n; i++) {
                unknowns[i] = x[i];
                u[i] = x[i].sub(y[i].mul(Complex.real(factor)));
                for (int l = 0; l < kernel.size(); l++) {
                    u[i] = u[i].add(kappa[l].mul(Complex.real(kernel.get(l)[i].doubleValue())));
                }
            }
            for (int j = 0; j < c; j++) {
                unknowns[n + j] = lambda[j].mul(Complex.real(factor));
            }
            starts.add(new StartPoint(unknowns, u));
        }
        return starts;
    }

    /**
     * @return the c × c minors of J_G K, which vanish where some λ ≠ 0 has J_Gᵀλ ⊥ K; none when
     *         k &lt; c (there is such λ everywhere)
     */
    static List<Polynomial> rankDropEquations(List<Polynomial> g, List<Rational[]> kernel) {
        if (kernel.size() < g.size()) {
            return List.of();
        }
        return rankAtMostEquations(g, kernel, g.size() - 1);
    }

    /**
     * @return the (rank + 1) × (rank + 1) minors of J_G K, which vanish where its rank is at most
     *         {@code rank}
     */
    static List<Polynomial> rankAtMostEquations(List<Polynomial> g, List<Rational[]> kernel, int rank) {
        int n = g.get(0).variableCount();
        int c = g.size();
        Polynomial[][] product = new Polynomial[c][kernel.size()];
        for (int j = 0; j < c; j++) {
            for (int l = 0; l < kernel.size(); l++) {
                Polynomial sum = Polynomial.zero(n);
                for (int i = 0; i < n; i++) {
                    if (!kernel.get(l)[i].isZero()) {
                        sum = sum.add(g.get(j).derivative(i).scale(kernel.get(l)[i]));
                    }
                }
                product[j][l] = sum;
            }
        }
        return org.neuroalgebra.algebra.poly.PolynomialMatrices.minors(product, rank + 1).stream()
                .filter(m -> !m.isZero()).toList();
    }

    /** @return F and the k polynomials Kᵀ∇F, whose common zeros form the ramification locus */
    static List<Polynomial> ramificationEquations(Polynomial f, List<Rational[]> kernel) {
        int n = f.variableCount();
        List<Polynomial> result = new ArrayList<>();
        result.add(f);
        for (Rational[] k : kernel) {
            Polynomial g = Polynomial.zero(n);
            for (int i = 0; i < n; i++) {
                if (!k[i].isZero()) {
                    g = g.add(f.derivative(i).scale(k[i]));
                }
            }
            result.add(g);
        }
        return result;
    }

    /**
     * @return the candidates where J_G has full rank, ordered by decreasing
     *         distance from the singular locus: the smallest pivot of J_G(x)
     *         relative to max(1, |x|)^(e−1), e the largest degree
     */
    private static List<Complex[]> bySmoothness(LagrangeSystem system, List<Complex[]> candidates) {
        int degree = system.squareEquations().stream().mapToInt(Polynomial::degree).max().orElse(1);
        List<Complex[]> smooth = new ArrayList<>();
        List<Double> margins = new ArrayList<>();
        for (Complex[] x : candidates) {
            double pivot = ComplexRank.smallestPivot(ComplexMatrices.of(
                    ComplexPolynomials.jacobian(system.squareEquations(), system.ambientDimension(), x)));
            double m = pivot / Math.pow(Math.max(1, norm(x)), degree - 1);
            if (m > 0) {
                smooth.add(x);
                margins.add(m);
            }
        }
        Integer[] order = new Integer[smooth.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(margins.get(b), margins.get(a)));
        List<Complex[]> result = new ArrayList<>();
        for (int i : order) {
            result.add(smooth.get(i));
        }
        return result;
    }

    private static double maxAbs(Complex[][] matrix) {
        double max = 0;
        for (Complex[] row : matrix) {
            max = Math.max(max, norm(row));
        }
        return max;
    }

    private static double kernelSize(List<Rational[]> kernel) {
        double max = 0;
        for (Rational[] k : kernel) {
            for (Rational entry : k) {
                max = Math.max(max, Math.abs(entry.doubleValue()));
            }
        }
        return max * kernel.get(0).length;
    }

    private static double norm(Complex[] v) {
        double max = 0;
        for (Complex c : v) {
            max = Math.max(max, c.abs());
        }
        return max;
    }

    private Complex[] randomComplex(int count) {
        Complex[] result = new Complex[count];
        for (int i = 0; i < count; i++) {
            result[i] = new Complex(random.nextGaussian(), random.nextGaussian());
        }
        return result;
    }

    /** Solves A y = w for a real invertible A and complex w (real and imaginary parts separately). */
    static Complex[] solve(double[][] a, Complex[] w) {
        int n = w.length;
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n; i++) {
            re[i] = w[i].re();
            im[i] = w[i].im();
        }
        double[] yr = RealSolve.solve(a, re);
        double[] yi = RealSolve.solve(a, im);
        Complex[] y = new Complex[n];
        for (int i = 0; i < n; i++) {
            y[i] = new Complex(yr[i], yi[i]);
        }
        return y;
    }
}
