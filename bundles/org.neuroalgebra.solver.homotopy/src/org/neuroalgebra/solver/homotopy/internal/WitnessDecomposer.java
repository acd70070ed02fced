// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.solver.homotopy.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

import org.neuroalgebra.algebra.ProgressMonitor;
import org.neuroalgebra.algebra.poly.Polynomial;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.Decomposition;
import org.neuroalgebra.solver.IrreducibleComponent;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.PolynomialSystem;
import org.neuroalgebra.solver.Solution;
import org.neuroalgebra.solver.SolveResult;
import org.neuroalgebra.solver.SolverOptions;
import org.neuroalgebra.solver.WitnessSet;

/**
 * Numerical irreducible decomposition by slicing each dimension separately
 * (Sommese–Verschelde–Wampler):
 * <ol>
 * <li>for each d from the top dimension down to max(0, n − m), the equations
 * cut by a random slice of dimension d ({@link SlicedSystem}) are solved by
 * the total-degree homotopy; the finite endpoints that solve every original
 * equation are the candidate witness points of dimension d;</li>
 * <li>a candidate on a component of higher dimension d' (junk) is removed by
 * the membership test: the witness points of dimension d' are moved by a
 * parameter homotopy to the parallel slice through the candidate, which is
 * one of the endpoints exactly when it lies on a d'-dimensional component. A
 * regular candidate is never tested: on a component of higher dimension it
 * would be a non-isolated, hence singular, solution of the square sliced
 * system;</li>
 * <li>the witness points of each positive dimension are split by
 * {@link WitnessMonodromy}: loops of the slice offsets join the points of a
 * component, and the trace test along a line of parallel slices confirms
 * each group.</li>
 * </ol>
 * Witness points that are singular (non-reduced components) cannot be moved
 * by a homotopy: they form one unsplit group, and the decomposition says it is
 * incomplete.
 */
public final class WitnessDecomposer {

    /** Relative distance under which a moved witness point is the tested point. */
    private static final double MEMBERSHIP_TOLERANCE = 1e-5;

    private final PolynomialSystem system;
    private final SolverOptions options;
    private final ProgressMonitor monitor;
    private final long maxPaths;
    private final SplittableRandom random;
    private final List<String> reasons = new ArrayList<>();

    /** The witness set of one dimension and the slice it was computed with. */
    private record Layer(SlicedSystem slice, WitnessSet witnessSet, SolverOptions options) {
    }

    /**
     * @param system
     *            a system without parameters
     * @param options
     *            settings and seed
     * @param monitor
     *            progress and cancellation
     * @param maxPaths
     *            refuse a total-degree homotopy with more paths
     */
    public WitnessDecomposer(PolynomialSystem system, SolverOptions options, ProgressMonitor monitor, long maxPaths) {
        if (system.parameterCount() > 0) {
            throw new IllegalArgumentException("a decomposition needs numeric equations, found parameters " //$NON-NLS-1$
                    + String.join(" ", system.parameters())); //$NON-NLS-1$
        }
        this.system = system;
        this.options = options;
        this.monitor = monitor;
        this.maxPaths = maxPaths;
        this.random = new SplittableRandom(options.seed() ^ 0x2545F4914F6CDD1DL);
    }

    /**
     * @param topDimension
     *            the known dimension of the solution set, or -1
     * @return the decomposition
     */
    public Decomposition run(int topDimension) {
        long start = System.nanoTime();
        int n = system.variableCount();
        List<Polynomial> equations = system.equations().stream().filter(f -> !f.isZero()).toList();
        if (equations.stream().anyMatch(f -> f.degree() == 0)) {
            return new Decomposition(List.of(), List.of(), null, seconds(start), options.seed(),
                    "no solutions: an equation is a nonzero constant"); //$NON-NLS-1$
        }
        int lowest = Math.max(0, n - equations.size());
        int top = topDimension >= 0 ? Math.max(Math.min(topDimension, n), lowest) : equations.isEmpty() ? n : n - 1;
        checkPaths(equations, top, lowest);
        List<Layer> layers = new ArrayList<>();
        for (int d = top; d >= lowest; d--) {
            layers.add(layer(equations, d, layers));
        }
        List<IrreducibleComponent> components = new ArrayList<>();
        for (Layer layer : layers) {
            if (layer.slice().dimension() > 0) {
                components.addAll(split(layer));
            }
        }
        String method = "witness sets of dimensions " + top + " to " + lowest //$NON-NLS-1$ //$NON-NLS-2$
                + " (random slices, random combinations of the equations, total-degree homotopy), junk removed by" //$NON-NLS-1$
                + " membership homotopies, components split by monodromy of the slice and confirmed by the trace test"; //$NON-NLS-1$
        return new Decomposition(layers.stream().map(Layer::witnessSet).toList(), components,
                reasons.isEmpty() ? null : String.join("; ", reasons), seconds(start), options.seed(), method); //$NON-NLS-1$
    }

    private void checkPaths(List<Polynomial> equations, int top, int lowest) {
        int[] degrees = equations.stream().mapToInt(Polynomial::degree).boxed().sorted(Comparator.reverseOrder())
                .mapToInt(Integer::intValue).toArray();
        for (int d = top; d >= lowest; d--) {
            long paths = 1;
            for (int i = 0; i < system.variableCount() - d; i++) {
                paths = Math.multiplyExact(paths, degrees[i]);
                if (paths > maxPaths) {
                    throw new IllegalArgumentException("the witness set of dimension " + d //$NON-NLS-1$
                            + " needs a total-degree homotopy with more than " + maxPaths + " paths"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
    }

    private Layer layer(List<Polynomial> equations, int d, List<Layer> higher) {
        SlicedSystem slice = new SlicedSystem(equations, system.variables(), d, random);
        SolverOptions layerOptions = options.withSeed(random.nextLong() & Long.MAX_VALUE);
        PolynomialSystem square = slice.square();
        SolveResult result = HomotopyEngine.totalDegree(slice.original(), square.equations(),
                square.degreesInVariables(), slice.base(), layerOptions, monitor, maxPaths);
        checkCanceled();
        if (result.failedPathCount() > 0) {
            reasons.add(result.failedPathCount() + " of " + result.pathsTracked() //$NON-NLS-1$
                    + " paths failed for the witness set of dimension " + d); //$NON-NLS-1$
        }
        List<Solution> kept = new ArrayList<>();
        int junk = 0;
        for (Solution s : result.finiteSolutions()) {
            if (s.singular() && onHigherComponent(s, higher)) {
                junk += s.multiplicity();
            } else {
                kept.add(s);
            }
        }
        WitnessSet witnessSet = new WitnessSet(d, kept, result.pathsTracked(), result.failedPathCount(),
                result.pathsExcess(), junk);
        return new Layer(slice, witnessSet, layerOptions);
    }

    /** The membership test of a singular candidate against every higher dimension. */
    private boolean onHigherComponent(Solution candidate, List<Layer> higher) {
        Complex[] p = candidate.coordinates();
        double tolerance = MEMBERSHIP_TOLERANCE * Math.max(1, norm(p));
        for (Layer layer : higher) {
            List<Complex[]> starts = new ArrayList<>();
            for (Solution w : layer.witnessSet().points()) {
                if (!w.singular()) {
                    starts.add(w.coordinates());
                }
            }
            if (starts.size() < layer.witnessSet().points().size()) {
                note("a candidate of dimension " + layer.slice().dimension() //$NON-NLS-1$
                        + " witness points could not be tested against singular witness points"); //$NON-NLS-1$
            }
            if (starts.isEmpty()) {
                continue;
            }
            SlicedSystem slice = layer.slice();
            SolveResult moved = HomotopyEngine.parameterHomotopy(slice.square(), slice.base(), starts,
                    slice.offsetsThrough(p), layer.options(), ProgressMonitor.NULL);
            checkCanceled();
            for (Solution endpoint : moved.finiteSolutions()) {
                if (distance(endpoint.coordinates(), p) <= tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<IrreducibleComponent> split(Layer layer) {
        int d = layer.slice().dimension();
        List<Solution> regular = new ArrayList<>();
        List<Solution> singular = new ArrayList<>();
        for (Solution s : layer.witnessSet().points()) {
            (s.singular() ? singular : regular).add(s);
        }
        List<IrreducibleComponent> components = new ArrayList<>();
        if (!regular.isEmpty()) {
            WitnessMonodromy monodromy = new WitnessMonodromy(layer.slice().square(),
                    options.withSeed(random.nextLong() & Long.MAX_VALUE));
            List<double[]> points = regular.stream().map(s -> Interleaved.of(s.coordinates())).toList();
            List<WitnessMonodromy.Group> groups = monodromy.split(Interleaved.of(layer.slice().base()), points,
                    monitor);
            checkCanceled();
            if (monodromy.missed() > 0) {
                note("monodromy loops of dimension " + d + " ended " + monodromy.missed() //$NON-NLS-1$ //$NON-NLS-2$
                        + " times at points outside the witness set (missed witness points or path jumps)"); //$NON-NLS-1$
            }
            for (WitnessMonodromy.Group group : groups) {
                List<Solution> members = group.members().stream().map(regular::get).toList();
                if (group.traceTest() != MonodromyResult.TraceTest.PASSED) {
                    note("the trace test of a group of " + members.size() + " witness points of dimension " + d //$NON-NLS-1$ //$NON-NLS-2$
                            + (group.traceTest() == MonodromyResult.TraceTest.FAILED ? " failed" : " did not run")); //$NON-NLS-1$ //$NON-NLS-2$
                }
                components.add(new IrreducibleComponent(d, members, group.traceTest(), group.defect(), group.loops()));
            }
        }
        if (!singular.isEmpty()) {
            components.add(new IrreducibleComponent(d, singular, MonodromyResult.TraceTest.NOT_RUN, Double.NaN, 0));
            note(singular.size() + " singular witness points of dimension " + d //$NON-NLS-1$
                    + " (on a non-reduced component) were not split"); //$NON-NLS-1$
        }
        components.sort(java.util.Comparator.comparingInt(IrreducibleComponent::degree).reversed());
        return components;
    }

    private void note(String reason) {
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    private void checkCanceled() {
        if (monitor.isCanceled()) {
            throw new CancellationException("the decomposition was canceled"); //$NON-NLS-1$
        }
    }

    private static double norm(Complex[] x) {
        double max = 0;
        for (Complex z : x) {
            max = Math.max(max, z.abs());
        }
        return max;
    }

    private static double distance(Complex[] a, Complex[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, a[i].sub(b[i]).abs());
        }
        return max;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) * 1e-9;
    }
}
