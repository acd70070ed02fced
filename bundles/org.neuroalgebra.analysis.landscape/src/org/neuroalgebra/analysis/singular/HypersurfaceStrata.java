// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.singular;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.linear.NumericalRank;
import org.neuroalgebra.algebra.number.ModP;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.CountResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCertificate;
import org.neuroalgebra.solver.SolutionCertifier;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The strata of a semialgebraic hypersurface M = {F = 0, g_i ≥ 0} in n ≥ 3 coordinates
 * (docs/MATHEMATICS.md §7.1). The singular locus V(F, ∂F/∂x₁, …, ∂F/∂x_n) is counted exactly
 * ({@link SingularLocus}); when it is finite the homotopy solver locates its points (it must find
 * exactly that many) and each real one in M is classified by the rank of the Hessian of F there:
 * rank n is an ordinary double point A₁, rank n − 1 an A_k point with k ≥ 2 (the splitting lemma:
 * F ≃ a non-degenerate quadric in n − 1 variables plus x^(k+1)), lower ranks are not of type A.
 * An A₁ point is a regular zero of the square system ∇F = 0, so Krawczyk's test can certify it,
 * which proves the Hessian invertible there; other points are located and ranked numerically. The
 * boundary strata are the sets {F = 0, g_i = 0 for i ∈ S} for the non-empty sets S of at most
 * n − 1 inequalities, with their dimension and degree over C (exact counts modulo a prime).
 *
 * @param locus
 *            the exact singular locus of F over C
 * @param singularPoints
 *            the real singular points in M (none when the locus is not finite)
 * @param boundaries
 *            the boundary strata that are not empty over C
 */
public record HypersurfaceStrata(SingularLocus locus, List<SingularPoint> singularPoints,
        List<BoundaryStratum> boundaries) {

    /** Ends of paths closer than this, relative to 1 + |z|, are one singular point. */
    public static final double CLUSTER = 1e-3;

    /** Singular values of the Hessian at an uncertified point below this, relative, count as zero. */
    public static final double HESSIAN_TOLERANCE = 1e-2;

    /**
     * A real singular point with its type.
     *
     * @param point
     *            its coordinates (Newton-refined by the certifier when certified)
     * @param hessianRank
     *            the numerical rank of the Hessian of F at the point
     * @param type
     *            e.g. {@code A_1 (ordinary double point)}, {@code A_2}, {@code corank 3 (not of type A)}
     * @param certificate
     *            Krawczyk's certificate of the point as a zero of ∇F: certified only for A₁ points
     * @param fVanishes
     *            whether the enclosure of F over the certified box contains 0 (false when not certified)
     */
    public record SingularPoint(double[] point, int hessianRank, String type, SolutionCertificate certificate,
            boolean fVanishes) {

        /** @return whether Krawczyk proved a unique regular zero of ∇F near the point, with F's enclosure holding 0 */
        public boolean certified() {
            return certificate.certified() && fVanishes;
        }

        /** @return e.g. {@code singular point (0, 0, 0): A_1 (ordinary double point), Hessian rank 3} */
        public String description() {
            return "singular point " + CurveStrata.format(point) + ": " + type + ", Hessian rank " + hessianRank //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + (certified() ? ", certified (Krawczyk)" : ", numerical (" + certificate.reason() + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * The part of {F = 0} where some inequalities are active.
     *
     * @param active
     *            the active inequalities
     * @param dimension
     *            the dimension of {F = 0, g_i = 0 for the active i} over C
     * @param degree
     *            its degree
     */
    public record BoundaryStratum(List<PlaneCurve.Constraint> active, int dimension, long degree) {

        /** @return e.g. {@code z >= 0 active} */
        public String where() {
            return String.join(" and ", active.stream().map(PlaneCurve.Constraint::text).toList()) + " active"; //$NON-NLS-1$ //$NON-NLS-2$
        }

        /** @return e.g. {@code boundary where z >= 0 active: dimension 1, degree 2 over C} */
        public String description() {
            return "boundary where " + where() + ": dimension " + dimension + ", degree " + degree + " over C"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
    }

    /**
     * @throws IllegalStateException
     *             when the primes disagree or the solver misses singular points
     */
    public static HypersurfaceStrata of(Hypersurface surface, PolynomialSystemSolver solver, SolutionCounter counter,
            long seed, ProgressMonitor monitor) {
        Polynomial f = surface.equation();
        int n = surface.dimension();
        SingularLocus locus = SingularLocus.of(f, counter, seed, monitor);
        List<SingularPoint> singular = new ArrayList<>();
        if (locus.dimension() == 0) {
            List<Polynomial> gradient = gradient(f);
            List<Polynomial> equations = new ArrayList<>();
            equations.add(f);
            equations.addAll(gradient);
            SolveResult solved = solver.solve(PolynomialSystem.of(surface.coordinates(), equations), new Complex[0],
                    SolverOptions.defaults().withSeed(seed), monitor);
            List<Complex[]> points = clusters(solved.finiteSolutions().stream().map(Solution::coordinates).toList());
            if (points.size() != locus.distinctPoints()) {
                throw new IllegalStateException("the homotopy solver found " + points.size() //$NON-NLS-1$
                        + " singular points, the exact count is " + locus.distinctPoints()); //$NON-NLS-1$
            }
            for (Complex[] z : points) {
                double[] p = realPoint(z);
                if (p != null && surface.satisfies(p, CurveStrata.TOLERANCE)) {
                    singular.add(classify(f, gradient, p, locus));
                }
            }
        }
        return new HypersurfaceStrata(locus, List.copyOf(singular), boundaries(surface, counter, seed, monitor));
    }

    /**
     * A singular point of multiplicity m (its Tjurina number) is found by m paths whose ends
     * scatter by about ε^(1/m); ends closer than {@link #CLUSTER} (relative) are one point, at
     * their mean, which is accurate to about ε.
     */
    private static List<Complex[]> clusters(List<Complex[]> ends) {
        List<List<Complex[]>> clusters = new ArrayList<>();
        for (Complex[] end : ends) {
            List<Complex[]> near = clusters.stream().filter(c -> distance(c.get(0), end) < CLUSTER * scale(end))
                    .findFirst().orElse(null);
            if (near == null) {
                clusters.add(new ArrayList<>(List.<Complex[]>of(end)));
            } else {
                near.add(end);
            }
        }
        List<Complex[]> means = new ArrayList<>();
        for (List<Complex[]> cluster : clusters) {
            Complex[] mean = new Complex[cluster.get(0).length];
            for (int i = 0; i < mean.length; i++) {
                double re = 0;
                double im = 0;
                for (Complex[] end : cluster) {
                    re += end[i].re();
                    im += end[i].im();
                }
                mean[i] = new Complex(re / cluster.size(), im / cluster.size());
            }
            means.add(mean);
        }
        return means;
    }

    /** @return the real parts when every imaginary part vanishes (relative to the tolerance), else null */
    private static double[] realPoint(Complex[] z) {
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            if (Math.abs(z[i].im()) > CurveStrata.TOLERANCE * scale(z)) {
                return null;
            }
            p[i] = z[i].re();
        }
        return p;
    }

    private static double distance(Complex[] a, Complex[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.pow(a[i].re() - b[i].re(), 2) + Math.pow(a[i].im() - b[i].im(), 2);
        }
        return Math.sqrt(sum);
    }

    private static double scale(Complex[] z) {
        double largest = 0;
        for (Complex c : z) {
            largest = Math.max(largest, c.abs());
        }
        return 1 + largest;
    }

    /** Certifies p as a zero of ∇F and names its type from the Hessian rank. */
    private static SingularPoint classify(Polynomial f, List<Polynomial> gradient, double[] p, SingularLocus locus) {
        int n = p.length;
        SolutionCertificate certificate = SolutionCertifier.certify(gradient, n, List.<Complex[]>of(Complex.real(p)))
                .certificate(0);
        double[] point = p;
        boolean vanishes = false;
        if (certificate.certified()) {
            point = new double[n];
            for (int i = 0; i < n; i++) {
                point[i] = certificate.center()[i].re();
            }
            vanishes = SolutionCertifier.enclose(f, certificate).containsZero();
        }
        int rank = certificate.certified() ? n : degenerateHessianRank(gradient, point, locus);
        String type;
        if (rank == n) {
            type = "A_1 (ordinary double point)"; //$NON-NLS-1$
        } else if (rank == n - 1) {
            // For a single singular point the degree of V(F, ∇F) is its Tjurina number, k for A_k.
            type = locus.distinctPoints() == 1 ? "A_" + locus.degree() : "A_k with k ≥ 2"; //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            type = "corank " + (n - rank) + " (not of type A)"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new SingularPoint(point, rank, type, certificate, vanishes);
    }

    /**
     * The Hessian rank at a point Krawczyk could not certify. Such a point is located only to about
     * ε^(1/τ), so singular values below {@link #HESSIAN_TOLERANCE}·max(1, σ₁) count as zero; a lone
     * singular point of degree τ ≥ 2 is degenerate (τ = 1 exactly for A₁), so its rank is below n.
     */
    private static int degenerateHessianRank(List<Polynomial> gradient, double[] point, SingularLocus locus) {
        int n = point.length;
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hessian[i][j] = gradient.get(i).derivative(j).evaluate(point);
            }
        }
        double[] values = NumericalRank.of(hessian).singularValues();
        double threshold = HESSIAN_TOLERANCE * Math.max(1, values.length == 0 ? 0 : values[0]);
        int rank = (int) Arrays.stream(values).filter(v -> v > threshold).count();
        return locus.distinctPoints() == 1 && locus.degree() >= 2 ? Math.min(rank, n - 1) : rank;
    }

    /** @return the sets {F = 0, g_S = 0}, |S| ≤ n − 1, that are not empty over C */
    private static List<BoundaryStratum> boundaries(Hypersurface surface, SolutionCounter counter, long seed,
            ProgressMonitor monitor) {
        List<PlaneCurve.Constraint> constraints = surface.constraints().stream().filter(c -> c.g().degree() > 0)
                .toList();
        List<BoundaryStratum> strata = new ArrayList<>();
        for (List<PlaneCurve.Constraint> active : subsets(constraints, surface.dimension() - 1)) {
            List<Polynomial> equations = new ArrayList<>();
            equations.add(surface.equation());
            active.forEach(c -> equations.add(c.g()));
            CountResult count = counter.count(equations, surface.dimension(), List.of(), ModP.PRIME_1, seed, monitor);
            if (!count.isEmpty()) {
                strata.add(new BoundaryStratum(active, count.dimension(), count.degree()));
            }
        }
        return List.copyOf(strata);
    }

    /** @return the non-empty subsets of at most {@code largest} elements, in lexicographic order of positions */
    public static <T> List<List<T>> subsets(List<T> elements, int largest) {
        List<List<T>> subsets = new ArrayList<>();
        addSubsets(elements, largest, 0, new ArrayList<>(), subsets);
        return subsets;
    }

    private static <T> void addSubsets(List<T> elements, int largest, int from, List<T> chosen, List<List<T>> out) {
        for (int i = from; i < elements.size() && chosen.size() < largest; i++) {
            chosen.add(elements.get(i));
            out.add(List.copyOf(chosen));
            addSubsets(elements, largest, i + 1, chosen, out);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** @return ∂F/∂x₁, …, ∂F/∂x_n */
    public static List<Polynomial> gradient(Polynomial f) {
        List<Polynomial> gradient = new ArrayList<>();
        for (int v = 0; v < f.variableCount(); v++) {
            gradient.add(f.derivative(v));
        }
        return gradient;
    }
}
