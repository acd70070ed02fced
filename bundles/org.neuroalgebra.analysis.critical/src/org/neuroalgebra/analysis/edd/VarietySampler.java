// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Points on a variety by slicing: restrict the equations to a random affine
 * subspace {@code x = a + N z} of complementary dimension (rational a and N,
 * which are generic with probability one like complex ones) and solve the
 * resulting system in z with the total-degree homotopy.
 */
final class VarietySampler {

    private final PolynomialSystemSolver solver;
    private final SolverOptions options;
    private final ProgressMonitor monitor;

    VarietySampler(PolynomialSystemSolver solver, SolverOptions options, ProgressMonitor monitor) {
        this.solver = solver;
        this.options = options;
        this.monitor = monitor;
    }

    /**
     * @param equations
     *            polynomials in n variables whose common zeros meet a generic
     *            affine subspace of dimension {@code sliceDimension} in finitely
     *            many points
     * @param sliceDimension
     *            dimension of the slice
     * @param random
     *            source of the slice
     * @return the finite solutions as points of C^n, in the solver's order
     */
    List<Complex[]> slice(List<Polynomial> equations, int sliceDimension, SplittableRandom random) {
        int n = equations.get(0).variableCount();
        Rational[] offset = new Rational[n];
        Rational[][] directions = new Rational[n][sliceDimension];
        List<Polynomial> coordinates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            offset[i] = smallRational(random);
            for (int j = 0; j < sliceDimension; j++) {
                directions[i][j] = smallRational(random);
            }
            coordinates.add(ComplexPolynomials.linear(offset[i], directions[i]));
        }
        List<Polynomial> restricted = new ArrayList<>();
        for (Polynomial f : equations) {
            restricted.add(f.substitute(coordinates));
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= sliceDimension; j++) {
            names.add("z" + j); //$NON-NLS-1$
        }
        SolveResult result = solver.solve(PolynomialSystem.of(names, restricted), new Complex[0], options, monitor);
        List<Complex[]> points = new ArrayList<>();
        for (Solution s : result.finiteSolutions()) {
            Complex[] x = new Complex[n];
            for (int i = 0; i < n; i++) {
                Complex sum = Complex.real(offset[i].doubleValue());
                for (int j = 0; j < sliceDimension; j++) {
                    sum = sum.add(s.coordinate(j).mul(Complex.real(directions[i][j].doubleValue())));
                }
                x[i] = sum;
            }
            points.add(x);
        }
        return points;
    }

    /** @return a random rational in [−2, 2] with denominator 7 */
    static Rational smallRational(SplittableRandom random) {
        return Rational.of(random.nextInt(-14, 15), 7);
    }
}
