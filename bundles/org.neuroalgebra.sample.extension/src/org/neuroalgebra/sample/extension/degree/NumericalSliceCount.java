// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.extension.degree;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCertifier;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;

/**
 * The numerical count of V ∩ L: the restricted equations solved by homotopy continuation, and
 * every finite endpoint tested by Krawczyk's method.
 * <p>
 * Krawczyk's test needs a square system. When V has more equations than its codimension, the
 * endpoints are certified on c random integer combinations of the restricted equations: a system
 * whose solutions include V ∩ L, so disjoint certified boxes prove that many distinct regular
 * solutions of it; that each one also satisfies the remaining equations is numerical (the
 * solver's residual), which the result says.
 *
 * @param solve
 *            the solver's result, every path accounted for
 * @param certification
 *            one certificate per finite endpoint, in order
 * @param points
 *            the finite endpoints in the unknowns t of the slice
 * @param squareByCombination
 *            whether the certificates are of random combinations of the equations
 */
record NumericalSliceCount(SolveResult solve, CertificationResult certification, List<Complex[]> points,
        boolean squareByCombination) {

    NumericalSliceCount {
        points = List.copyOf(points);
    }

    static NumericalSliceCount of(PolynomialSystemSolver solver, List<Polynomial> restricted, int unknowns, long seed,
            ProgressMonitor monitor) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= unknowns; j++) {
            names.add("t" + j); //$NON-NLS-1$
        }
        SolveResult solve = solver.solve(PolynomialSystem.of(names, restricted), new Complex[0],
                SolverOptions.defaults().withSeed(seed), monitor);
        List<Complex[]> points = solve.finiteSolutions().stream().map(Solution::coordinates).toList();
        boolean combined = restricted.size() > unknowns;
        List<Polynomial> square = combined ? combinations(restricted, unknowns, seed) : restricted;
        CertificationResult certification = SolutionCertifier.certify(square, unknowns, points);
        return new NumericalSliceCount(solve, certification, points, combined);
    }

    /** @return the number of distinct finite points found */
    int distinctPoints() {
        return points.size();
    }

    /** @return whether every point is certified and the boxes are pairwise disjoint */
    boolean allCertifiedAndDistinct() {
        return certification.allCertifiedAndDistinct();
    }

    /** @return whether some path failed, so that points may be missing */
    boolean pathsFailed() {
        return solve.failedPathCount() > 0;
    }

    /** @return whether some endpoint is singular (a multiple point: V is not reduced there, or L is not generic) */
    boolean singularPoints() {
        return solve.finiteSolutions().stream().anyMatch(Solution::singular);
    }

    /** c combinations of the equations with random integer coefficients in [−9, 9]. */
    private static List<Polynomial> combinations(List<Polynomial> equations, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        List<Polynomial> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Polynomial sum = Polynomial.zero(count);
            for (Polynomial f : equations) {
                sum = sum.add(f.scale(Rational.of(random.nextInt(-9, 10))));
            }
            result.add(sum);
        }
        return result;
    }
}
