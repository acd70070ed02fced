// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.sample.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.PolynomialSystemSolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.osgi.service.component.annotations.Component;

/**
 * Solves one univariate polynomial equation with real coefficients as the eigenvalues of its
 * companion matrix (EJML). No paths are tracked, so nothing can fail: every root is an
 * eigenvalue, counted with its algebraic multiplicity. Independent of homotopy continuation,
 * which makes it a cross-check for univariate problems.
 */
@Component(service = PolynomialSystemSolver.class)
public class CompanionMatrixSolver implements PolynomialSystemSolver {

    /** The solver id. */
    public static final String ID = "companion-matrix"; //$NON-NLS-1$

    /** The solver is stateless: Declarative Services and tests create it alike. */
    public CompanionMatrixSolver() {
        // no state
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Eigenvalues of the companion matrix (one univariate equation, real coefficients)"; //$NON-NLS-1$
    }

    @Override
    public SolveResult solve(PolynomialSystem system, Complex[] parameterValues, SolverOptions options,
            ProgressMonitor monitor) {
        if (system.variableCount() != 1 || system.equationCount() != 1) {
            throw new IllegalArgumentException(ID + " solves one equation in one variable, not " //$NON-NLS-1$
                    + system.equationCount() + " in " + system.variableCount()); //$NON-NLS-1$
        }
        long start = System.nanoTime();
        double[] coefficients = coefficients(system.equations().get(0), parameterValues);
        int degree = coefficients.length - 1;
        List<Solution> solutions = new ArrayList<>();
        for (Complex root : roots(coefficients)) {
            double residual = evaluate(coefficients, root).abs();
            boolean real = Math.abs(root.im()) <= options.realTolerance() * Math.max(1, root.abs());
            solutions.add(new Solution(new Complex[] { real ? Complex.real(root.re()) : root }, residual, Double.NaN,
                    real, options.realTolerance(), 1, false, false));
        }
        monitor.worked(degree);
        return new SolveResult(solutions, Map.of(), degree, 0, 0, (System.nanoTime() - start) / 1e9, options.seed(),
                "companion matrix eigenvalues (EJML), numerical", false); //$NON-NLS-1$
    }

    /** @return the coefficients c_0..c_d of the equation after substituting the parameters */
    private static double[] coefficients(Polynomial equation, Complex[] parameterValues) {
        int degree = 0;
        for (Polynomial.Term term : equation.terms()) {
            degree = Math.max(degree, term.exponents()[0]);
        }
        double[] c = new double[degree + 1];
        for (Polynomial.Term term : equation.terms()) {
            int[] exponents = term.exponents();
            double value = term.coefficient().doubleValue();
            for (int p = 1; p < exponents.length; p++) {
                Complex parameter = parameterValues[p - 1];
                if (parameter.im() != 0) {
                    throw new IllegalArgumentException(ID + " needs real parameter values"); //$NON-NLS-1$
                }
                value *= Math.pow(parameter.re(), exponents[p]);
            }
            c[exponents[0]] += value;
        }
        int d = c.length - 1;
        while (d > 0 && c[d] == 0) {
            d--;
        }
        if (d == 0) {
            throw new IllegalArgumentException(ID + ": the equation has no roots to find (degree 0 after substitution)"); //$NON-NLS-1$
        }
        double[] trimmed = new double[d + 1];
        System.arraycopy(c, 0, trimmed, 0, d + 1);
        return trimmed;
    }

    private static List<Complex> roots(double[] c) {
        int d = c.length - 1;
        DMatrixRMaj companion = new DMatrixRMaj(d, d);
        for (int i = 1; i < d; i++) {
            companion.set(i, i - 1, 1);
        }
        for (int i = 0; i < d; i++) {
            companion.set(i, d - 1, -c[i] / c[d]);
        }
        EigenDecomposition_F64<DMatrixRMaj> eigen = DecompositionFactory_DDRM.eig(d, false);
        if (!eigen.decompose(companion)) {
            throw new IllegalStateException(ID + ": the eigenvalue iteration did not converge"); //$NON-NLS-1$
        }
        List<Complex> roots = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            Complex_F64 value = eigen.getEigenvalue(i);
            roots.add(new Complex(value.real, value.imaginary));
        }
        return roots;
    }

    private static Complex evaluate(double[] c, Complex z) {
        Complex value = Complex.ZERO;
        for (int i = c.length - 1; i >= 0; i--) {
            value = value.mul(z).add(Complex.real(c[i]));
        }
        return value;
    }
}
