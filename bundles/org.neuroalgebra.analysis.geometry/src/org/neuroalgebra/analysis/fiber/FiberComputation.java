// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.fiber;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.param.MlpParametrization;
import org.neuroalgebra.algebra.param.Parametrization;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.analysis.dimension.DimensionComputation;
import org.neuroalgebra.analysis.dimension.DimensionResult;
import org.neuroalgebra.analysis.internal.CoordinateSliceChart;
import org.neuroalgebra.analysis.internal.FiberGauge;
import org.neuroalgebra.analysis.internal.FiberPoints;
import org.neuroalgebra.analysis.internal.FiberSymmetryGroup;
import org.neuroalgebra.analysis.internal.GaugeChart;
import org.neuroalgebra.analysis.internal.NormalizedSystem;
import org.neuroalgebra.analysis.internal.ScaledCertificates;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.ParameterHomotopySolver;
import org.neuroalgebra.solver.SolutionCounter;
import org.neuroalgebra.solver.SolverOptions;

/**
 * Identifiability (docs/MATHEMATICS.md §4): the generic fibre dimension dim Θ − dim M for every
 * architecture, and, where the known symmetries explain it, the finite fibre once they are fixed,
 * explained as orbits of a finite group:
 * <ul>
 * <li>polynomial MLPs: the scalings normalized ({@link NormalizedSystem#layerwise}), the group
 * computed from σ ({@link FiberSymmetryGroup}, §4.1: permutations of hidden neurons and the
 * symmetries of σ the biases allow; the sign flips of σ = x^r are scalings by λ = −1, which the
 * normalization ℓ(w) = 1 already fixes). For affine σ the fibre is positive dimensional (the
 * changes of basis GL(d_i));</li>
 * <li>attention (any number of heads), stacked attention layers and CNNs (any channels): the
 * continuous symmetries of §1.4–1.6 fixed in a {@link FiberGauge} (§4.2), the group its block
 * permutations of heads and channels; where no gauge is known, the points on a
 * {@link CoordinateSliceChart}, reported as only that.</li>
 * </ul>
 * Monodromy at a random complex point (the points with c = c(θ0)) starts from the whole orbit of θ0
 * and stops at the exact count modulo two primes; the points at the rational point of that count are
 * certified. A point is extra only when it lies in no orbit of a point found before it.
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
            return architectureFiber(subject, parametrization, dimension, notes, seed, start, monitor);
        }
        if (mlp.activation().degree() == 1) {
            // σ affine: M is known exactly (§1.2); the fibre is positive dimensional, made of hidden changes of basis
            notes.add("σ is affine: the hidden changes of basis g_i ∈ GL(d_i) (affine maps with biases) act by " //$NON-NLS-1$
                    + "W_i ↦ g_i·W_i, W_(i+1) ↦ W_(i+1)·g_i^(−1) and keep f_θ; the fibre contains their orbits, and " //$NON-NLS-1$
                    + "its dimension dim Θ − dim M is exact since M is known (docs/MATHEMATICS.md §1.2)"); //$NON-NLS-1$
            return dimensionOnly(subject, parametrization, dimension, notes, seed, start);
        }
        NormalizedSystem system = NormalizedSystem.layerwise(mlp, seed);
        FiberSymmetryGroup symmetries = FiberSymmetryGroup.of(system);
        long group = symmetries.order().longValueExact();
        notes.add("symmetry group of the normalized fibre: " + symmetries.describe()); //$NON-NLS-1$
        int remaining = system.remainingFiberDimension(seed);
        if (remaining > 0) {
            notes.add(system.normalizedNeurons() + " scalings fixed; the fibre keeps " + remaining //$NON-NLS-1$
                    + " dimension(s): continuous symmetries beyond the scalings (e.g. rotations)"); //$NON-NLS-1$
            return new FiberResult(subject, mlp.describe(), fiber, dimension.certified(), remaining, -1, -1, group,
                    -1, Boolean.FALSE, "not identifiable: the fibre stays " + remaining //$NON-NLS-1$
                            + "-dimensional after normalizing the scalings", //$NON-NLS-1$
                    List.of(), dimension.certified(), notes, seed, method, seconds(start));
        }
        Counting counting = new Counting(system.coefficients(), system.unknownNames(), system::parameters,
                symmetries.enumerable() ? symmetries::orbit : null, group, true);
        return countedFiber(subject, mlp.describe(), counting, dimension, notes, seed, start, monitor);
    }

    /**
     * What the finite fibre is counted in: the chart c(t) and its unknowns, θ(t), the group's orbit
     * map in t (null when the group is too large to enumerate) and order, and whether the chart fixes
     * the known continuous symmetries (a gauge), or is only a slice transversal to the fibre.
     */
    private record Counting(Polynomial[] coefficients, List<String> names, Function<Complex[], Complex[]> parameters,
            Function<Complex[], List<Complex[]>> orbit, long group, boolean gauge) {
    }

    /**
     * Attention, stacks and CNNs (docs/MATHEMATICS.md §4.2): the fibre dimension against the known
     * continuous symmetries and, when they explain all of it, the points over a generic f in a
     * {@link FiberGauge} that fixes them, sorted into orbits of its block permutations; without a
     * gauge, the points on a {@link CoordinateSliceChart}, said to be only that.
     */
    private FiberResult architectureFiber(String subject, Parametrization parametrization, DimensionResult dimension,
            List<String> notes, long seed, long start, ProgressMonitor monitor) {
        int fiber = dimension.genericFiberDimension();
        int known = parametrization.symmetryBound().dimension();
        if (fiber != known) {
            notes.add("the known continuous symmetries (dimension " + known + ") do not explain the generic fibre (dimension " //$NON-NLS-1$ //$NON-NLS-2$
                    + fiber + "): the finite part of the fibre is not counted"); //$NON-NLS-1$
            return dimensionOnly(subject, parametrization, dimension, notes, seed, start);
        }
        notes.add("the known continuous symmetries explain the whole generic fibre dimension " + fiber); //$NON-NLS-1$
        String obstacle = FiberGauge.obstacle(parametrization);
        if (obstacle == null) {
            FiberGauge gauge = FiberGauge.of(parametrization, seed);
            GaugeChart chart = gauge.chart();
            notes.add("continuous symmetries fixed in the chart: " + chart.description()); //$NON-NLS-1$
            notes.add("discrete symmetries: " + gauge.group().describe()); //$NON-NLS-1$
            notes.addAll(gauge.notes());
            if (chart.unknownNames().size() != dimension.dimension()) {
                // the symmetries' orbits are smaller than the groups (stabilizers): the gauge fixes too much
                notes.add("the gauge has " + chart.unknownNames().size() + " unknowns but dim M = " + dimension.dimension() //$NON-NLS-1$ //$NON-NLS-2$
                        + ": it fixes more directions than the symmetries move; the finite part is not counted"); //$NON-NLS-1$
                return dimensionOnly(subject, parametrization, dimension, notes, seed, start);
            }
            int remaining = chart.remainingFiberDimension(seed);
            if (remaining > 0) {
                notes.add("the gauge leaves a fibre of dimension " + remaining //$NON-NLS-1$
                        + " (it is not transversal to the symmetry orbits at a random point): the finite part is not counted"); //$NON-NLS-1$
                return dimensionOnly(subject, parametrization, dimension, notes, seed, start);
            }
            Counting counting = new Counting(chart.coefficients(), chart.unknownNames(), chart::parameters,
                    gauge.group().enumerable() ? gauge::orbit : null, gauge.group().order().longValueExact(), true);
            return countedFiber(subject, parametrization.describe(), counting, dimension, notes, seed, start, monitor);
        }
        notes.add("no gauge of the symmetries is known here: " + obstacle); //$NON-NLS-1$
        if (!(CoordinateSliceChart.of(parametrization, seed) instanceof CoordinateSliceChart slice)) {
            notes.add("no integer point of the coordinate slice had the generic rank: the finite part is not counted"); //$NON-NLS-1$
            return dimensionOnly(subject, parametrization, dimension, notes, seed, start);
        }
        notes.add("counted instead on " + slice.description() + "; a slice through an integer point meets a symmetry orbit " //$NON-NLS-1$ //$NON-NLS-2$
                + "once where the group acts linearly on the fixed block, but elsewhere it may meet an orbit several times or " //$NON-NLS-1$
                + "not at all, so the count is of fibre points on the slice, not modulo the symmetries, and no identifiability " //$NON-NLS-1$
                + "verdict"); //$NON-NLS-1$
        Counting counting = new Counting(slice.coefficients(), slice.unknownNames(), slice::parameters,
                List::<Complex[]>of, 1, false);
        return countedFiber(subject, parametrization.describe(), counting, dimension, notes, seed, start, monitor);
    }

    /**
     * The finite fibre over a generic f in the chart: monodromy from the orbit of a random point,
     * stopped at the exact count modulo two primes, certified at the rational point of that count,
     * and sorted into orbits of the group (a point is extra when it lies in no orbit of a point found
     * before it).
     */
    private FiberResult countedFiber(String subject, String description, Counting counting, DimensionResult dimension,
            List<String> notes, long seed, long start, ProgressMonitor monitor) {
        Function<Complex[], List<Complex[]>> orbit = counting.orbit() != null ? counting.orbit() : List::<Complex[]>of;
        FiberPoints points = FiberPoints.solve(solver, counter, counting.coefficients(), counting.names(), 0, null,
                orbit, SolverOptions.defaults().withSeed(seed), monitor);
        int size = points.genericCount();
        long group = counting.group();
        boolean exact = points.exactCount() == size;
        ScaledCertificates certificates = points.certificates();
        boolean proven = exact && certificates != null && certificates.allCertifiedAndDistinct()
                && certificates.certificates().size() == size;
        int[] orbitOf = counting.orbit() == null ? null : FiberSymmetryGroup.orbitsOf(points.points(), orbit);
        int orbits = orbitOf == null ? -1 : Arrays.stream(orbitOf).max().orElse(-1) + 1;
        List<String> extra = new ArrayList<>();
        String verdict = orbitOf == null ? countVerdict(size, group, points, counting.parameters(), extra)
                : orbitVerdict(size, group, orbits, orbitOf, points, counting.parameters(), extra);
        if (orbitOf == null) {
            notes.add("the symmetry group of order " + group + " is too large to enumerate (more than " //$NON-NLS-1$ //$NON-NLS-2$
                    + FiberSymmetryGroup.MAX_ENUMERATED + "): only the counts are compared"); //$NON-NLS-1$
        } else if (group > 1) {
            notes.add("orbit membership is numerical: a point is the image of another when they agree to a relative " //$NON-NLS-1$
                    + FiberSymmetryGroup.ORBIT_TOLERANCE + " in every coordinate"); //$NON-NLS-1$
        }
        Boolean identifiable = size == group && orbits <= 1 ? Boolean.TRUE
                : size > group || orbits > 1 ? Boolean.FALSE : null;
        if (!counting.gauge()) {
            identifiable = null;
            verdict = size + " points of the fibre on the coordinate slice (not a count modulo the symmetries)"; //$NON-NLS-1$
            orbits = -1;
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
        return new FiberResult(subject, description, dimension.genericFiberDimension(), dimension.certified(), 0, size,
                points.exactCount(), group, orbits, identifiable, verdict, extra, dimension.certified() && proven, notes,
                seed, dimension.method() + "; " + points.method(), seconds(start), points.exactPoints(), certificates); //$NON-NLS-1$
    }

    /**
     * The fibre dimension against the known continuous symmetries: equal means no continuous
     * ambiguity beyond them (the finite part is not counted), larger means not identifiable.
     */
    private static FiberResult dimensionOnly(String subject, Parametrization parametrization, DimensionResult dimension,
            List<String> notes, long seed, long start) {
        int fiber = dimension.genericFiberDimension();
        int known = parametrization.symmetryBound().dimension();
        Boolean identifiable = fiber > known ? Boolean.FALSE : null;
        String verdict = fiber > known ? "not identifiable: the fibre (dimension " + fiber //$NON-NLS-1$
                + ") is larger than the known symmetries (dimension " + known + ")" //$NON-NLS-1$ //$NON-NLS-2$
                : fiber == known ? "generic fibre dimension " + fiber //$NON-NLS-1$
                        + " = the dimension of the known continuous symmetries: no continuous ambiguity beyond them" //$NON-NLS-1$
                        + "; the finite part of the fibre is not counted" //$NON-NLS-1$
                        : "generic fibre dimension " + fiber + " (the known symmetries have " + known + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new FiberResult(subject, parametrization.describe(), fiber, dimension.certified(), -1, -1, -1, 1, -1,
                identifiable, verdict, List.of(), dimension.certified(), notes, seed, dimension.method(),
                seconds(start));
    }

    /** The verdict from the orbits: points outside the first orbit are the extra ones. */
    private static String orbitVerdict(int size, long group, int orbits, int[] orbitOf, FiberPoints points,
            Function<Complex[], Complex[]> parameters, List<String> extra) {
        String partition = size + " points = " + orbits + (orbits == 1 ? " orbit" : " orbits") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " of the symmetry group (order " + group + ")"; //$NON-NLS-1$ //$NON-NLS-2$
        if (orbits == 1 && size == group) {
            return FiberResult.IDENTIFIABLE;
        }
        if (orbits > 1) {
            for (int i = 0; i < orbitOf.length; i++) {
                if (orbitOf[i] > 0) {
                    extra.add(Arrays.toString(parameters.apply(points.points().get(i))));
                }
            }
            return partition + ": " + extra.size() + " extra points in " + (orbits - 1) //$NON-NLS-1$ //$NON-NLS-2$
                    + " further orbit(s), not explained by the symmetries"; //$NON-NLS-1$
        }
        return partition + ", but the orbit has " + group + " points: the monodromy is incomplete"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The verdict from the counts alone, when the group is too large to enumerate. */
    private static String countVerdict(int size, long group, FiberPoints points,
            Function<Complex[], Complex[]> parameters, List<String> extra) {
        if (size == group) {
            return FiberResult.IDENTIFIABLE;
        }
        if (size > group) {
            for (Complex[] point : points.points()) {
                extra.add(Arrays.toString(parameters.apply(point)));
            }
            return (size - group) + " solutions beyond the " + group + " elements of the symmetry group"; //$NON-NLS-1$ //$NON-NLS-2$
        }
        return "only " + size + " of the " + group //$NON-NLS-1$ //$NON-NLS-2$
                + " symmetric solutions were found: the monodromy is incomplete"; //$NON-NLS-1$
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
