// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.fiber;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.analysis.dimension.DimensionComputation;
import org.neuroalgebra.analysis.dimension.DimensionResult;
import org.neuroalgebra.analysis.internal.FiberPoints;
import org.neuroalgebra.analysis.internal.NormalizedSystem;
import org.neuroalgebra.analysis.internal.ScaledCertificates;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Identifiability (docs/MATHEMATICS.md §4): the generic fibre dimension dim Θ − dim M for every
 * architecture, and for polynomial MLPs the generic fibre after normalizing the scalings
 * ({@link NormalizedSystem}): its dimension, and when it is finite its size, found by monodromy
 * at a random complex θ0 (the points θ with c_{f_θ} = c_{f_θ0}), compared with the
 * permutations of hidden neurons ∏ d_i!. The sign flips of σ = x^r with even r are scalings by
 * λ = −1, which the normalization ℓ(w) = 1 already fixes, so they do not multiply the count.
 */
public final class FiberComputation {

    private final ParameterHomotopySolver solver;
    private final SolutionCounter counter;

    /**
     * @param solver
     *            the numerical solver for the finite fibre
     * @param counter
     *            the exact counter that confirms its size, or null
     */
    public FiberComputation(ParameterHomotopySolver solver, SolutionCounter counter) {
        this.solver = solver;
        this.counter = counter;
    }

    /**
     * @param subject
     *            the architecture's name
     * @param parametrization
     *            the map θ ↦ c_{f_θ}
     * @param seed
     *            the seed of every random choice
     * @param monitor
     *            progress and cancellation
     * @return the fibre description
     */
    public FiberResult compute(String subject, Parametrization parametrization, long seed, ProgressMonitor monitor) {
        long start = System.nanoTime();
        DimensionResult dimension = DimensionComputation.compute(parametrization, seed, monitor);
        int fiber = dimension.genericFiberDimension();
        List<String> notes = new ArrayList<>();
        notes.add("dim M = " + dimension.dimension() + ", dim Θ = " + dimension.parameterDimension() //$NON-NLS-1$ //$NON-NLS-2$
                + "; symmetries: " + parametrization.symmetryBound().derivation()); //$NON-NLS-1$
        String method = dimension.method();
        if (!(parametrization instanceof MlpParametrization mlp)) {
            notes.add("the normalized fibre count is implemented for polynomial MLPs only"); //$NON-NLS-1$
            Boolean identifiable = fiber > parametrization.symmetryBound().dimension() ? Boolean.FALSE : null;
            String verdict = identifiable == null ? "generic fibre dimension " + fiber + " (the known symmetries have " //$NON-NLS-1$ //$NON-NLS-2$
                    + parametrization.symmetryBound().dimension() + ")" //$NON-NLS-1$
                    : "not identifiable: the fibre is larger than the known symmetries"; //$NON-NLS-1$
            return new FiberResult(subject, parametrization.describe(), fiber, dimension.certified(), -1, -1, -1, 1,
                    identifiable, verdict, List.of(), dimension.certified(), notes, seed, method, seconds(start));
        }
        NormalizedSystem system = NormalizedSystem.of(mlp, seed);
        long group = system.permutationCount().longValueExact();
        int remaining = system.remainingFiberDimension(seed);
        if (remaining > 0) {
            notes.add(system.normalizedNeurons() + " scalings fixed; the fibre keeps " + remaining //$NON-NLS-1$
                    + " dimension(s): continuous symmetries beyond the scalings (e.g. rotations)"); //$NON-NLS-1$
            return new FiberResult(subject, mlp.describe(), fiber, dimension.certified(), remaining, -1, -1, group,
                    Boolean.FALSE, "not identifiable: the fibre stays " + remaining //$NON-NLS-1$
                            + "-dimensional after normalizing the scalings", //$NON-NLS-1$
                    List.of(), dimension.certified(), notes, seed, method, seconds(start));
        }
        FiberPoints points = FiberPoints.solve(solver, counter, system.coefficients(), system.unknownNames(), 0, null,
                SolverOptions.defaults().withSeed(seed), monitor);
        int size = points.genericCount();
        boolean exact = points.exactCount() == size;
        ScaledCertificates certificates = points.certificates();
        boolean proven = exact && certificates != null && certificates.allCertifiedAndDistinct()
                && certificates.certificates().size() == size;
        Boolean identifiable = size == group ? Boolean.TRUE : size > group ? Boolean.FALSE : null;
        String verdict;
        List<String> extra = new ArrayList<>();
        if (size == group) {
            verdict = FiberResult.IDENTIFIABLE;
        } else if (size > group) {
            verdict = (size - group) + " solutions beyond the " + group + " permutations of hidden neurons"; //$NON-NLS-1$ //$NON-NLS-2$
            for (Complex[] point : points.points()) {
                extra.add(Arrays.toString(system.parameters(point)));
            }
        } else {
            verdict = "only " + size + " of the " + group //$NON-NLS-1$ //$NON-NLS-2$
                    + " permuted solutions were found: the monodromy is incomplete"; //$NON-NLS-1$
        }
        if (points.exactCount() >= 0 && !exact) {
            notes.add("the exact count " + points.exactCount() + " differs from the " + size //$NON-NLS-1$ //$NON-NLS-2$
                    + " monodromy solutions: not certified"); //$NON-NLS-1$
        } else if (exact && !proven) {
            notes.add("the exact count agrees with the " + size + " monodromy solutions, but " //$NON-NLS-1$ //$NON-NLS-2$
                    + (certificates == null ? "no fibre point was certified" //$NON-NLS-1$
                            : certificates.summary() + " among " + certificates.certificates().size() //$NON-NLS-1$
                                    + " points at the rational point of the exact count" //$NON-NLS-1$
                                    + certificates.certificates().stream().filter(c -> !c.certified())
                                            .map(c -> " (" + c.reason() + ")").findFirst().orElse("")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + ": not certified"); //$NON-NLS-1$
        }
        return new FiberResult(subject, mlp.describe(), fiber, dimension.certified(), 0, size, points.exactCount(),
                group, identifiable, verdict, extra, dimension.certified() && proven, notes, seed,
                method + "; " + points.method(), seconds(start), points.exactPoints(), certificates); //$NON-NLS-1$
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
