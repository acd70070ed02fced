// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.MonodromyResult;
import org.neuroalgebra.solver.SolutionCertificate;

/**
 * The critical points of θ ↦ ‖μ(θ) − u‖²_Q for a network μ, as distinct images in function
 * space, split into pure and spurious ones (docs/MATHEMATICS.md §6).
 *
 * @param modelDimension
 *            dim M, the generic rank of J_μ
 * @param points
 *            the distinct isolated images, pure and spurious
 * @param parameterPoints
 *            the number of distinct isolated critical parameter points (after the normalization)
 *            behind them
 * @param components
 *            positive-dimensional pieces of the critical set detected at planted start points
 *            (Jacobian of the critical equations rank deficient there), of kind {@code "points"},
 *            {@code "zero-loss"} or {@code "spurious"} (the stratum of the plant) with degree −1;
 *            empty when none was seen
 * @param failedPaths
 *            failed paths by reason, over all monodromy runs and homotopies
 * @param data
 *            the data point u
 * @param seed
 *            the seed of every random choice
 * @param seconds
 *            wall-clock time
 * @param method
 *            how the points were found
 * @param notes
 *            remarks: what was not found and why
 */
public record ParametricEdResult(int modelDimension, List<ParametricCriticalPoint> points, int parameterPoints,
        List<Component> components, Map<FailureReason, Integer> failedPaths, double[] data, long seed,
        double seconds, String method, List<String> notes) {

    /** The note that says the result is numerical, dropped once an exact count certifies it. */
    static final String NUMERICAL_NOTE_PREFIX = "numerical result"; //$NON-NLS-1$

    /** Why an image carries no certificate. */
    static final String NO_IMAGE_CERTIFICATE = "an image of critical parameter points: the parametric formulation " //$NON-NLS-1$
            + "certifies no image (docs/CERTIFICATES.md); formulation=implicit certifies critical points of M"; //$NON-NLS-1$

    /** Copies the collections. */
    public ParametricEdResult {
        points = List.copyOf(points);
        components = List.copyOf(components);
        EnumMap<FailureReason, Integer> copy = new EnumMap<>(FailureReason.class);
        copy.putAll(failedPaths);
        failedPaths = Collections.unmodifiableMap(copy);
        data = data.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] data() {
        return data.clone();
    }

    /** @return the images critical on M */
    public List<ParametricCriticalPoint> pure() {
        return points.stream().filter(ParametricCriticalPoint::pure).toList();
    }

    /** @return the images made critical by the parametrization only */
    public List<ParametricCriticalPoint> spurious() {
        return points.stream().filter(p -> !p.pure()).toList();
    }

    /** @return the real image of smallest loss, pure or spurious, if there is a real one */
    public Optional<ParametricCriticalPoint> globalMinimum() {
        return points.stream().filter(ParametricCriticalPoint::real)
                .min((a, b) -> Double.compare(a.loss().re(), b.loss().re()));
    }

    /** @return total number of failed paths */
    public int failedPathCount() {
        return failedPaths.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The result in the variety form of the {@code edd} analysis: {@code edDegree} is the number
     * of pure images (EDD_Q of M when Q is positive definite and u generic), the critical points
     * are all images with kind {@code "pure"} or {@code "spurious"}.
     *
     * @param certified
     *            whether an exact count agreed
     * @param extraNotes
     *            notes put first
     * @return the converted result
     */
    public EdDegreeResult toEdDegreeResult(boolean certified, List<String> extraNotes) {
        List<CriticalPoint> critical = new ArrayList<>();
        for (ParametricCriticalPoint p : points) {
            critical.add(new CriticalPoint(p.image(), new Complex[0], p.loss(), p.real(), p.kind(),
                    SolutionCertificate.none(NO_IMAGE_CERTIFICATE), null));
        }
        List<Component> all = new ArrayList<>();
        if (!points.isEmpty()) {
            all.add(new Component(0, points.size(), "points", //$NON-NLS-1$
                    "distinct images of the isolated critical parameter points")); //$NON-NLS-1$
        }
        all.addAll(components);
        List<String> allNotes = new ArrayList<>(extraNotes);
        notes.stream().filter(note -> !certified || !note.startsWith(NUMERICAL_NOTE_PREFIX)).forEach(allNotes::add);
        int realPure = (int) pure().stream().filter(ParametricCriticalPoint::real).count();
        return new EdDegreeResult(pure().size(), realPure, critical, all, failedPaths, 0, 0,
                MonodromyResult.TraceTest.NOT_RUN, data, seed, seconds, method, certified, allNotes,
                Certification.notRun(NO_IMAGE_CERTIFICATE, critical.size()));
    }
}
