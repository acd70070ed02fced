// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.internal.FiberPoints;
import org.neuroalgebra.analysis.internal.NormalizedSystem;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Decides whether a polynomial is f_θ for a real θ (docs/MATHEMATICS.md §3): solves c_{f_θ} = c_target
 * after normalizing the scaling symmetries ({@link NormalizedSystem}) and looks for real
 * solutions ({@link FiberPoints}).
 * <p>
 * Limited to networks with one output (d_L = 1): the target is one polynomial in
 * x1..x_{d_0}. A real solution is a witness, checked by evaluating the parametrization exactly
 * at its decimal digits (the residual is reported). Without real solution the answer is
 * "not a member" only when the search is complete (finite fibre or curve, no failed path),
 * and it is numerical: it rests on the homotopy having found every complex solution, which an
 * exact count modulo a prime of the same system at a generic rational point confirms when a
 * {@link SolutionCounter} is available (the monodromy trace test does not apply to these
 * non-linear families).
 */
public final class MembershipComputation {

    private final ParameterHomotopySolver solver;
    private final SolutionCounter counter;

    /**
     * @param solver
     *            the numerical solver
     * @param counter
     *            the exact counter that confirms the monodromy found every solution, or null
     */
    public MembershipComputation(ParameterHomotopySolver solver, SolutionCounter counter) {
        this.solver = solver;
        this.counter = counter;
    }

    /**
     * @param subject
     *            the architecture's name, for the result
     * @param parametrization
     *            an MLP with one output
     * @param target
     *            a polynomial in x1..x_{d_0}
     * @param targetText
     *            the target as the user wrote it
     * @param seed
     *            seed of the normalization, the solver and the distance point
     * @param monitor
     *            progress and cancellation
     * @return the answer
     */
    public MembershipResult decide(String subject, MlpParametrization parametrization, Polynomial target,
            String targetText, long seed, ProgressMonitor monitor) {
        long start = System.nanoTime();
        int[] widths = parametrization.widths();
        if (widths[widths.length - 1] != 1) {
            throw new IllegalArgumentException("membership is implemented for one output (d_L = 1), not " //$NON-NLS-1$
                    + widths[widths.length - 1]);
        }
        List<String> notes = new ArrayList<>();
        Rational[] c = new Rational[parametrization.ambientDimension()];
        Arrays.fill(c, Rational.ZERO);
        for (Polynomial.Term term : target.terms()) {
            int index = parametrization.basis().indexOf(term.monomial());
            if (index < 0) {
                notes.add("the target has the monomial " + term.monomial().toString(parametrization.inputNames()) //$NON-NLS-1$
                        + ", which no f_θ has: V = " + describeSpace(parametrization)); //$NON-NLS-1$
                return new MembershipResult(subject, parametrization.describe(), targetText, Membership.NOT_MEMBER,
                        List.of(), null, Double.NaN, 0, 0, 0, -1, 0, 0, 0, true, notes, seed,
                        "comparison of monomial supports (exact)", seconds(start)); //$NON-NLS-1$
            }
            c[index] = term.coefficient();
        }
        NormalizedSystem system = NormalizedSystem.of(parametrization, seed);
        int remaining = system.remainingFiberDimension(seed);
        notes.add(system.normalizedNeurons() + " hidden neuron scalings fixed by random linear normalizations; " //$NON-NLS-1$
                + system.unknownCount() + " unknowns, remaining generic fibre dimension " + remaining); //$NON-NLS-1$
        SolverOptions options = SolverOptions.defaults().withSeed(seed);
        FiberPoints points = FiberPoints.solve(solver, counter, system.coefficients(), system.unknownNames(), remaining, c,
                options, monitor);
        // a special target can have a larger fibre than the generic one: search it as such
        for (int dimension = remaining + 1; points.realPoints().isEmpty() && hasSingularEndpoint(points)
                && dimension < system.unknownCount(); dimension++) {
            notes.add("singular endpoints: the target's fibre is larger than the generic one; searching it as a fibre of dimension " //$NON-NLS-1$
                    + dimension);
            points = FiberPoints.solve(solver, counter, system.coefficients(), system.unknownNames(), dimension, c,
                    options, monitor);
        }
        long expected = remaining == 0 ? system.permutationCount().longValueExact() : -1;
        notes.add("monodromy found " + points.genericCount() + " solutions at a generic point of M"); //$NON-NLS-1$ //$NON-NLS-2$
        double[] witness = null;
        double residual = Double.NaN;
        for (double[] real : points.realPoints()) {
            double[] theta = system.parameters(real);
            double r = exactResidual(parametrization, theta, c);
            if (witness == null || r < residual) {
                witness = theta;
                residual = r;
            }
        }
        Membership answer;
        if (witness != null) {
            answer = Membership.MEMBER;
        } else if (points.complete()) {
            answer = Membership.NOT_MEMBER;
            notes.add("all " + points.points().size() + " complex solutions found are non-real" //$NON-NLS-1$ //$NON-NLS-2$
                    + (expected >= 0 ? " (generic count " + expected + ")" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        } else {
            answer = Membership.UNKNOWN;
            notes.add("no real solution found, but the search is not complete (trace test " //$NON-NLS-1$
                    + points.monodromy().traceTest() + ", " + points.tracked().failedPathCount() + " failed paths, " //$NON-NLS-1$ //$NON-NLS-2$
                    + points.slices() + " random slices)"); //$NON-NLS-1$
        }
        return new MembershipResult(subject, parametrization.describe(), targetText, answer,
                witness == null ? List.of() : parametrization.parameterNames(), witness, residual, remaining,
                points.points().size(), points.realPoints().size(), expected, points.tracked().pathsTracked(),
                points.tracked().failedPathCount(), points.tracked().atInfinityPathCount(), false, notes, seed,
                points.method() + " (numerical)", seconds(start)); //$NON-NLS-1$
    }

    private static boolean hasSingularEndpoint(FiberPoints points) {
        return points.tracked().finiteSolutions().stream().anyMatch(Solution::singular);
    }

    private static String describeSpace(MlpParametrization p) {
        return (p.size().homogeneous() ? "forms of degree " : "polynomials of degree ≤ ") + p.size().degree(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** max_k |c_k(θ) − target_k|, computed exactly at the decimal expansion of θ. */
    private static double exactResidual(MlpParametrization p, double[] theta, Rational[] target) {
        Rational[] exact = new Rational[theta.length];
        for (int i = 0; i < theta.length; i++) {
            exact[i] = Rational.of(new BigDecimal(theta[i]));
        }
        Rational[] value = p.evaluate(exact);
        double worst = 0;
        for (int k = 0; k < value.length; k++) {
            worst = Math.max(worst, Math.abs(value[k].sub(target[k]).doubleValue()));
        }
        return worst;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
