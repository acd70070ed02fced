// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.membership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.number.Rational;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.dimension.DimensionComputation;
import org.neuroalgebra.analysis.internal.FiberPoints;
import org.neuroalgebra.analysis.internal.OutputMonomials;
import org.neuroalgebra.solver.CertificationResult;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolutionCertificate;
import org.neuroalgebra.solver.SolutionCertifier;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Decides whether a network function (one polynomial per output) is f_θ for a real θ
 * (docs/MATHEMATICS.md §3), for every architecture kind: first over C, the dimension of M
 * against dim V ({@link DimensionComputation}); then over R, it solves c_{f_θ} = c_target after
 * normalizing the scaling symmetries ({@link FiberEquations}) and looks for real solutions
 * ({@link FiberPoints}): when the fibre is finite, among all its complex points; when it is a
 * curve, among the critical points of the distance to a random point on it; when it is larger,
 * on a curve cut out by random hyperplanes, which can miss a bounded real component (then no
 * real point only gives "unknown").
 * <p>
 * A real solution is a witness, checked by evaluating the parametrization exactly at its decimal
 * digits (the residual is reported). Without real solution the answer is "not a member" only when
 * the search is complete (finite fibre or curve, no failed path), and it is numerical: it rests on
 * the homotopy having found every complex solution, which an exact count modulo a prime of the
 * same system at a generic rational point confirms when a {@link SolutionCounter} is available
 * (the monodromy trace test does not apply to these non-linear families; a monodromy the exact
 * count does not confirm is restarted from other random points, with seeds that the notes
 * report). A monomial outside the
 * ambient space, or an implicit equation of a proper subvariety M that the target violates
 * ({@link ImplicitExclusion}), is an exact "not a member".
 */
public final class MembershipComputation {

    /** How often a monodromy short of the exact count is restarted. */
    private static final int RESTARTS = 2;

    /** The seed of restart k is seed + k · this step. */
    private static final long RESTART_SEED_STEP = 7919;

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
     *            the network's map θ ↦ c_{f_θ}
     * @param layout
     *            its outputs and their monomials
     * @param target
     *            one polynomial per output
     * @param targetText
     *            the target as the user wrote it
     * @param seed
     *            seed of the dimension, the normalization, the solver and the distance point
     * @param monitor
     *            progress and cancellation
     * @return the answer
     */
    public MembershipResult decide(String subject, Parametrization parametrization, OutputMonomials layout,
            MembershipTarget target, String targetText, long seed, ProgressMonitor monitor) {
        long start = System.nanoTime();
        int dimension = DimensionComputation.compute(parametrization, seed, monitor).dimension();
        String outside = target.outsideMonomial(layout);
        if (outside != null) {
            List<String> notes = new ArrayList<>();
            notes.add(overC(parametrization, dimension));
            notes.add("the target has the monomial " + outside + ", which no f_θ has: V = " + describeSpace(layout)); //$NON-NLS-1$ //$NON-NLS-2$
            return new MembershipResult(subject, parametrization.describe(), targetText, Membership.NOT_MEMBER,
                    dimension, parametrization.ambientDimension(), List.of(), null, Double.NaN, 0, 0, 0, -1, 0, 0, 0,
                    true, notes, seed, "comparison of monomial supports (exact)", seconds(start)); //$NON-NLS-1$
        }
        return decide(subject, parametrization, dimension, target.coefficients(layout), targetText, seed, monitor);
    }

    /**
     * The test over R for a target in V, for callers that decide many targets of one network.
     *
     * @param subject
     *            the architecture's name, for the result
     * @param parametrization
     *            the network's map θ ↦ c_{f_θ}
     * @param dimension
     *            dim M over C
     * @param c
     *            c_target in V
     * @param targetText
     *            the target as the user wrote it
     * @param seed
     *            seed of the normalization, the solver and the distance point
     * @param monitor
     *            progress and cancellation
     * @return the answer
     */
    public MembershipResult decide(String subject, Parametrization parametrization, int dimension, Rational[] c,
            String targetText, long seed, ProgressMonitor monitor) {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        notes.add(overC(parametrization, dimension));
        if (parametrization instanceof MlpParametrization mlp && LinearNetworkMembership.applies(mlp)) {
            return linear(subject, mlp, dimension, c, targetText, seed, notes, start);
        }
        if (dimension < parametrization.ambientDimension()) {
            Optional<String> exclusion = ImplicitExclusion.of(parametrization, c, seed, monitor);
            if (exclusion.isPresent()) {
                notes.add(exclusion.get());
                return new MembershipResult(subject, parametrization.describe(), targetText, Membership.NOT_MEMBER,
                        dimension, parametrization.ambientDimension(), List.of(), null, Double.NaN, 0, 0, 0, -1, 0, 0,
                        0, true, notes, seed, "an implicit equation of M evaluated at the target (exact)", //$NON-NLS-1$
                        seconds(start));
            }
            notes.add("no equation of degree ≤ " + ImplicitExclusion.MAX_DEGREE //$NON-NLS-1$
                    + " within the size bounds excludes the target exactly; deciding numerically"); //$NON-NLS-1$
        }
        FiberEquations system = FiberEquations.of(parametrization, seed);
        int remaining = system.remainingFiberDimension(seed);
        notes.add(system.describe() + ", remaining generic fibre dimension " + remaining); //$NON-NLS-1$
        SolverOptions options = SolverOptions.defaults().withSeed(seed);
        FiberPoints points = FiberPoints.solve(solver, counter, system.coefficients(), system.unknownNames(), remaining, c,
                options, monitor);
        int searched = remaining;
        // a special target can have a larger fibre than the generic one: search it as such
        for (int fibre = remaining + 1; points.realPoints().isEmpty() && hasSingularEndpoint(points)
                && fibre < system.unknownNames().size(); fibre++) {
            notes.add("singular endpoints: the target's fibre is larger than the generic one; searching it as a fibre of dimension " //$NON-NLS-1$
                    + fibre);
            points = FiberPoints.solve(solver, counter, system.coefficients(), system.unknownNames(), fibre, c,
                    options, monitor);
            searched = fibre;
        }
        // a monodromy the exact count does not confirm (short of it, or the count at that random
        // point is not finite or differs between the primes) is restarted from other random points
        for (int attempt = 1; attempt <= RESTARTS && points.realPoints().isEmpty() && !points.complete()
                && points.exactCount() != points.genericCount(); attempt++) {
            long restart = seed + attempt * RESTART_SEED_STEP;
            notes.add("monodromy found " + points.genericCount() + " solutions, the exact count is " //$NON-NLS-1$
                    + (points.exactCount() < 0 ? "unknown" : Long.toString(points.exactCount())) //$NON-NLS-1$
                    + "; restarted with seed " + restart); //$NON-NLS-1$
            points = FiberPoints.solve(solver, counter, system.coefficients(), system.unknownNames(), searched, c,
                    options.withSeed(restart), monitor);
        }
        long expected = system.genericCount();
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
        SolutionCertificate proof = witness != null ? proveRealSolution(system, c, points.realPoints(), notes) : null;
        if (proof != null) {
            witness = system.parameters(realParts(proof.center()));
            residual = exactResidual(parametrization, witness, c);
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
                    + points.monodromy().traceTest() + ", exact count " //$NON-NLS-1$
                    + (points.exactCount() < 0 ? "unknown" : Long.toString(points.exactCount())) + ", " //$NON-NLS-1$ //$NON-NLS-2$
                    + points.tracked().failedPathCount() + " failed paths, " //$NON-NLS-1$
                    + points.slices() + " random slices)"); //$NON-NLS-1$
        }
        return new MembershipResult(subject, parametrization.describe(), targetText, answer, dimension,
                parametrization.ambientDimension(), witness == null ? List.of() : parametrization.parameterNames(),
                witness, residual, remaining, points.points().size(), points.realPoints().size(), expected,
                points.tracked().pathsTracked(), points.tracked().failedPathCount(),
                points.tracked().atInfinityPathCount(), proof != null, notes, seed,
                points.method() + (proof != null ? "; the real witness proven by Krawczyk's operator at the exact target" //$NON-NLS-1$
                        : " (numerical)"), //$NON-NLS-1$
                seconds(start));
    }

    /**
     * Krawczyk's operator on the square system c(t) − c_target = 0 (exact rational coefficients, outward-rounded
     * intervals) around the real solutions found: a box proven to hold a unique solution, and proven real, holds a
     * real t with c(t) = c_target exactly, so a real θ with f_θ = target exists. The normalization maps real unknowns to
     * real parameters, so nothing is lost by proving it in the unknowns.
     *
     * @return the first certificate that proves a real solution, or null (with the reason in the notes)
     */
    private static SolutionCertificate proveRealSolution(FiberEquations system, Rational[] c, List<double[]> real,
            List<String> notes) {
        Polynomial[] coefficients = system.coefficients();
        int k = system.unknownNames().size();
        if (coefficients.length != k) {
            notes.add("the witness is not proven: the normalized equations are not square (" + coefficients.length //$NON-NLS-1$
                    + " equations in " + k + " unknowns), which Krawczyk's test needs"); //$NON-NLS-1$ //$NON-NLS-2$
            return null;
        }
        List<Polynomial> equations = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            equations.add(coefficients[i].sub(Polynomial.constant(k, c[i])));
        }
        List<Complex[]> points = real.stream().map(Complex::real).toList();
        CertificationResult boxes = SolutionCertifier.certify(equations, k, points);
        String reason = null;
        for (int i = 0; i < points.size(); i++) {
            SolutionCertificate certificate = boxes.certificate(i);
            if (certificate.provenReal()) {
                notes.add("certified: Krawczyk's operator proves a unique solution of c(t) = c_target in a box of radius " //$NON-NLS-1$
                        + String.format(Locale.ROOT, "%.1e", certificate.radius()) //$NON-NLS-1$
                        + " around the witness, and that it is real (docs/CERTIFICATES.md)"); //$NON-NLS-1$
                return certificate;
            }
            if (reason == null) {
                reason = certificate.certified() ? "its box is not proven real" : certificate.reason(); //$NON-NLS-1$
            }
        }
        notes.add("the witness is not proven: " + reason); //$NON-NLS-1$
        return null;
    }

    private static double[] realParts(Complex[] z) {
        double[] x = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            x[i] = z[i].re();
        }
        return x;
    }

    /** A linear network: the rank of the target over Q decides, exactly, over C and R alike. */
    private static MembershipResult linear(String subject, MlpParametrization mlp, int dimension, Rational[] c,
            String targetText, long seed, List<String> notes, long start) {
        LinearNetworkMembership.Decision decision = LinearNetworkMembership.decide(mlp, c);
        int fibre = mlp.parameterCount() - dimension;
        if (!decision.member()) {
            notes.add("the target's coefficient matrix has rank " + decision.rank() + " over Q, above the narrowest " //$NON-NLS-1$ //$NON-NLS-2$
                    + "hidden layer " + decision.bound() + ": no f_θ equals it, over C or over R"); //$NON-NLS-1$ //$NON-NLS-2$
            return new MembershipResult(subject, mlp.describe(), targetText, Membership.NOT_MEMBER, dimension,
                    mlp.ambientDimension(), List.of(), null, Double.NaN, fibre, 0, 0, -1, 0, 0, 0, true, notes, seed,
                    "rank of the target's coefficient matrix over Q (exact)", seconds(start)); //$NON-NLS-1$
        }
        notes.add("the target's coefficient matrix has rank " + decision.rank() + " ≤ " + decision.bound() //$NON-NLS-1$ //$NON-NLS-2$
                + " (the narrowest hidden layer): its rank factorization C·R over Q gives a rational θ, and the network " //$NON-NLS-1$
                + "evaluated exactly at θ is the target"); //$NON-NLS-1$
        double[] witness = new double[decision.witness().length];
        for (int i = 0; i < witness.length; i++) {
            witness[i] = decision.witness()[i].doubleValue();
        }
        return new MembershipResult(subject, mlp.describe(), targetText, Membership.MEMBER, dimension,
                // no homotopy ran: no fibre points were searched for, so none are counted
                mlp.ambientDimension(), mlp.parameterNames(), witness, exactResidual(mlp, witness, c), fibre, 0, 0, -1,
                0, 0, 0, true, notes, seed,
                "rank factorization of the target's coefficient matrix over Q, checked by exact evaluation", //$NON-NLS-1$
                seconds(start));
    }

    /** The answer over C first: a proper subvariety misses a generic target even over C. */
    private static String overC(Parametrization parametrization, int dimension) {
        int ambient = parametrization.ambientDimension();
        return "over C: dim M = " + dimension + " of dim V = " + ambient + (dimension == ambient //$NON-NLS-1$ //$NON-NLS-2$
                ? ", M fills V over C: the question is only over R" //$NON-NLS-1$
                : ", M is a proper subvariety: a generic target is not a member even over C"); //$NON-NLS-1$
    }

    private static boolean hasSingularEndpoint(FiberPoints points) {
        return points.tracked().finiteSolutions().stream().anyMatch(Solution::singular);
    }

    private static String describeSpace(OutputMonomials layout) {
        return (layout.outputs() > 1 ? layout.outputs() + " outputs, each " : "") //$NON-NLS-1$ //$NON-NLS-2$
                + (layout.basis().isHomogeneous() ? "forms of degree " : "polynomials of degree ≤ ") //$NON-NLS-1$ //$NON-NLS-2$
                + layout.basis().degree();
    }

    /** max_k |c_k(θ) − target_k|, computed exactly at the decimal expansion of θ. */
    private static double exactResidual(Parametrization p, double[] theta, Rational[] target) {
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
