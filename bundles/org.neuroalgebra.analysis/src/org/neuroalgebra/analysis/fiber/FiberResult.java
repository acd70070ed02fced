// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.fiber;

import java.util.ArrayList;
import java.util.List;

import org.neuroalgebra.analysis.AnalysisResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The fibres of θ ↦ f_θ (MATH.md §4). JSON fields: {@code analysis}, {@code subject},
 * {@code architecture}, {@code fiberDimension} (dim Θ − dim M), {@code dimensionCertified},
 * {@code remainingFiberDimension} (after normalizing the scalings; null when nothing could be
 * normalized), {@code finiteFiberSize} (number of parameter points in the normalized generic
 * fibre, or null when it is not finite or not computed), {@code exactCount} (the exact count
 * modulo two primes of the same system, which must agree, or null), {@code symmetryGroupSize} (∏ d_i! over the
 * hidden layers: the permutations of hidden neurons), {@code identifiable} (true when the
 * finite fibre is exactly the known symmetries, false when it is larger or positive
 * dimensional, null when unknown), {@code verdict}, {@code solutions} (the normalized fibre
 * points, as complex parameter vectors, when there are more than the symmetries explain),
 * {@code certified}, {@code notes}, {@code seed}, {@code method}, {@code seconds}.
 *
 * @param subject
 *            the architecture's name
 * @param description
 *            the parametrization described
 * @param fiberDimension
 *            dim Θ − dim M
 * @param dimensionCertified
 *            whether dim M is proven
 * @param remainingFiberDimension
 *            the fibre dimension after normalization, -1 when not computed
 * @param finiteFiberSize
 *            the normalized generic fibre size, -1 when not finite or not computed
 * @param exactCount
 *            the exact count, -1 when not available
 * @param symmetryGroupSize
 *            ∏ d_i!
 * @param identifiable
 *            true, false, or null when unknown
 * @param verdict
 *            the conclusion in words
 * @param solutions
 *            extra fibre points in text form (empty unless extra solutions exist)
 * @param certified
 *            whether the main numbers are proven (dimension certified and, for a finite fibre,
 *            the exact count agrees with the numerical one)
 * @param notes
 *            explanations
 * @param seed
 *            the seed
 * @param method
 *            how it was computed
 * @param seconds
 *            wall-clock time
 */
public record FiberResult(String subject, String description, int fiberDimension, boolean dimensionCertified,
        int remainingFiberDimension, int finiteFiberSize, long exactCount, long symmetryGroupSize,
        Boolean identifiable, String verdict, List<String> solutions, boolean certified, List<String> notes,
        long seed, String method, double seconds) implements AnalysisResult {

    /** The verdict when the finite fibre is exactly the known symmetries. */
    public static final String IDENTIFIABLE = "identifiable up to the known symmetries"; //$NON-NLS-1$

    /** Copies the lists. */
    public FiberResult {
        solutions = List.copyOf(solutions);
        notes = List.copyOf(notes);
    }

    @Override
    public String analysisId() {
        return FiberAnalysis.ID;
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + ": " + description); //$NON-NLS-1$
        lines.add("generic fibre dimension " + fiberDimension + (dimensionCertified ? " (certified)" : " (numerical)") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (remainingFiberDimension >= 0 ? ", " + remainingFiberDimension + " after normalizing the scalings" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (finiteFiberSize >= 0) {
            lines.add("normalized generic fibre: " + finiteFiberSize + " points; symmetry group ∏ d_i! = " //$NON-NLS-1$ //$NON-NLS-2$
                    + symmetryGroupSize + (exactCount >= 0 ? "; exact count " + exactCount : "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        lines.add(verdict);
        solutions.forEach(s -> lines.add("  " + s)); //$NON-NLS-1$
        notes.forEach(note -> lines.add("note: " + note)); //$NON-NLS-1$
        lines.add(String.format("method: %s; seed %d; %.3f s", method, seed, seconds)); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        json.addProperty("architecture", description); //$NON-NLS-1$
        json.addProperty("fiberDimension", fiberDimension); //$NON-NLS-1$
        json.addProperty("dimensionCertified", dimensionCertified); //$NON-NLS-1$
        addOrNull(json, "remainingFiberDimension", remainingFiberDimension); //$NON-NLS-1$
        addOrNull(json, "finiteFiberSize", finiteFiberSize); //$NON-NLS-1$
        addOrNull(json, "exactCount", exactCount); //$NON-NLS-1$
        json.addProperty("symmetryGroupSize", symmetryGroupSize); //$NON-NLS-1$
        if (identifiable == null) {
            json.add("identifiable", JsonNull.INSTANCE); //$NON-NLS-1$
        } else {
            json.addProperty("identifiable", identifiable); //$NON-NLS-1$
        }
        json.addProperty("verdict", verdict); //$NON-NLS-1$
        JsonArray points = new JsonArray();
        solutions.forEach(points::add);
        json.add("solutions", points); //$NON-NLS-1$
        json.addProperty("certified", certified); //$NON-NLS-1$
        JsonArray array = new JsonArray();
        notes.forEach(array::add);
        json.add("notes", array); //$NON-NLS-1$
        json.addProperty("seed", seed); //$NON-NLS-1$
        json.addProperty("method", method); //$NON-NLS-1$
        json.addProperty("seconds", seconds); //$NON-NLS-1$
        return json;
    }

    private static void addOrNull(JsonObject json, String name, long value) {
        if (value < 0) {
            json.add(name, JsonNull.INSTANCE);
        } else {
            json.addProperty(name, value);
        }
    }
}
