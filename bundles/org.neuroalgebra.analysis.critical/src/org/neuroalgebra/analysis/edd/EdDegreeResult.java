// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.MonodromyResult;

/**
 * The critical points of {@code x ↦ (x − u)ᵀ Q (x − u)} on a variety.
 *
 * @param edDegree
 *            number of distinct isolated complex critical points off the
 *            singular locus; for a positive definite Q and generic u this is
 *            EDD_Q. When {@link #positiveDimensional()} the critical set has
 *            other components too
 * @param realCount
 *            how many of them are real
 * @param criticalPoints
 *            the isolated critical points
 * @param components
 *            the critical set as components with dimension and degree
 * @param failedPaths
 *            failed paths by reason (monodromy loops, trace test and the
 *            final parameter homotopy together)
 * @param removedSingular
 *            solutions of the Lagrange system removed because the variety is
 *            singular there (rank J_F &lt; c)
 * @param removedOffVariety
 *            solutions removed because they lie on V(G) but not on V(F)
 *            (only when F has more equations than its codimension)
 * @param traceTest
 *            the trace test verdict of the monodromy solve (NOT_RUN if none)
 * @param data
 *            the data point u
 * @param seed
 *            the seed of every random choice
 * @param seconds
 *            wall-clock time
 * @param method
 *            how the result was obtained
 * @param certified
 *            false: the count is numerical until an exact method confirms it
 * @param notes
 *            human-readable remarks (why not certified, what was removed)
 * @param certification
 *            what the certificates of the critical points prove
 */
public record EdDegreeResult(int edDegree, int realCount, List<CriticalPoint> criticalPoints,
        List<Component> components, Map<FailureReason, Integer> failedPaths, int removedSingular,
        int removedOffVariety, MonodromyResult.TraceTest traceTest, double[] data, long seed, double seconds,
        String method, boolean certified, List<String> notes, Certification certification) {

    /** A result whose points were not certified. */
    public EdDegreeResult(int edDegree, int realCount, List<CriticalPoint> criticalPoints,
            List<Component> components, Map<FailureReason, Integer> failedPaths, int removedSingular,
            int removedOffVariety, MonodromyResult.TraceTest traceTest, double[] data, long seed, double seconds,
            String method, boolean certified, List<String> notes) {
        this(edDegree, realCount, criticalPoints, components, failedPaths, removedSingular, removedOffVariety,
                traceTest, data, seed, seconds, method, certified, notes,
                Certification.notRun(CriticalPoint.NOT_ATTEMPTED, criticalPoints.size()));
    }

    /** Copies the collections. */
    public EdDegreeResult {
        criticalPoints = List.copyOf(criticalPoints);
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

    /** @return the real critical point of smallest loss, if there is a real one */
    public Optional<CriticalPoint> globalMinimum() {
        return criticalPoints.stream().filter(CriticalPoint::real)
                .min((a, b) -> Double.compare(a.loss().re(), b.loss().re()));
    }

    /** @return whether the critical set has a component of positive dimension */
    public boolean positiveDimensional() {
        return components.stream().anyMatch(c -> c.dimension() > 0);
    }

    /** @return total number of failed paths */
    public int failedPathCount() {
        return failedPaths.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @param value
     *            the new flag
     * @return this result marked (un)certified by a cross-check
     */
    public EdDegreeResult withCertified(boolean value) {
        return new EdDegreeResult(edDegree, realCount, criticalPoints, components, failedPaths, removedSingular,
                removedOffVariety, traceTest, data, seed, seconds, method, value, notes, certification);
    }

    /**
     * @param points
     *            the critical points with their certificates
     * @param value
     *            what they prove
     * @return this result with certified points (the flag is unchanged)
     */
    public EdDegreeResult withCertification(List<CriticalPoint> points, Certification value) {
        return new EdDegreeResult(edDegree, realCount, points, components, failedPaths, removedSingular,
                removedOffVariety, traceTest, data, seed, seconds, method, certified, notes, value);
    }

    /**
     * @param value
     *            the notes
     * @return this result with other notes
     */
    public EdDegreeResult withNotes(List<String> value) {
        return new EdDegreeResult(edDegree, realCount, criticalPoints, components, failedPaths, removedSingular,
                removedOffVariety, traceTest, data, seed, seconds, method, certified, value, certification);
    }
}
