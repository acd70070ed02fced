// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.fiber;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.internal.ScaledCertificates;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.SolutionCertificate;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The fibres of θ ↦ f_θ (docs/MATHEMATICS.md §4). JSON fields: {@code analysis}, {@code subject},
 * {@code architecture}, {@code fiberDimension} (dim Θ − dim M), {@code dimensionCertified},
 * {@code remainingFiberDimension} (after normalizing the scalings; null when nothing could be
 * normalized), {@code finiteFiberSize} (number of parameter points in the normalized generic
 * fibre, or null when it is not finite or not computed), {@code exactCount} (the exact count
 * modulo two primes of the same system, which must agree, or null), {@code symmetryGroupSize} (∏ d_i! over the
 * hidden layers: the permutations of hidden neurons), {@code identifiable} (true when the
 * finite fibre is exactly the known symmetries, false when it is larger or positive
 * dimensional, null when unknown), {@code verdict}, {@code solutions} (the normalized fibre
 * points, as complex parameter vectors, when there are more than the symmetries explain),
 * {@code fiberPoints} (the normalized fibre at the rational point of the exact count,
 * {@code [{point: [[re, im]...], certificate}]} with {@code certificate} {@code {kind, radius,
 * real, scales}}: the box |θ_v − point_v| ≤ radius · scales_v, see {@link ScaledCertificates}; or
 * null and {@code certificateReason}), {@code certification} ({@code {certifiedPoints,
 * points, disjoint, seconds}} or null), {@code certified} (docs/CERTIFICATES.md), {@code notes},
 * {@code seed}, {@code method}, {@code seconds}.
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
 *            every fibre point certified, proven distinct, and as many as the exact count modulo
 *            two primes)
 * @param notes
 *            explanations
 * @param seed
 *            the seed
 * @param method
 *            how it was computed
 * @param seconds
 *            wall-clock time
 * @param fiberPoints
 *            the fibre points at the rational point of the exact count (empty when none)
 * @param certificates
 *            their certificates, in order, or null
 */
public record FiberResult(String subject, String description, int fiberDimension, boolean dimensionCertified,
        int remainingFiberDimension, int finiteFiberSize, long exactCount, long symmetryGroupSize,
        Boolean identifiable, String verdict, List<String> solutions, boolean certified, List<String> notes,
        long seed, String method, double seconds, List<Complex[]> fiberPoints, ScaledCertificates certificates)
        implements AnalysisResult {

    /** A result without certified fibre points (no finite fibre, or no exact count). */
    public FiberResult(String subject, String description, int fiberDimension, boolean dimensionCertified,
            int remainingFiberDimension, int finiteFiberSize, long exactCount, long symmetryGroupSize,
            Boolean identifiable, String verdict, List<String> solutions, boolean certified, List<String> notes,
            long seed, String method, double seconds) {
        this(subject, description, fiberDimension, dimensionCertified, remainingFiberDimension, finiteFiberSize,
                exactCount, symmetryGroupSize, identifiable, verdict, solutions, certified, notes, seed, method,
                seconds, List.of(), null);
    }

    /** The verdict when the finite fibre is exactly the known symmetries. */
    public static final String IDENTIFIABLE = "identifiable up to the known symmetries"; //$NON-NLS-1$

    /** Copies the lists. */
    public FiberResult {
        solutions = List.copyOf(solutions);
        notes = List.copyOf(notes);
        fiberPoints = fiberPoints.stream().map(Complex[]::clone).toList();
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
        if (certificates != null) {
            lines.add("fibre points at the rational point of the exact count: " + certificates.summary() //$NON-NLS-1$
                    + String.format(Locale.ROOT, "; %.3f s", certificates.seconds())); //$NON-NLS-1$
        }
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
        JsonArray fibre = new JsonArray();
        for (int i = 0; i < fiberPoints.size(); i++) {
            JsonObject entry = new JsonObject();
            JsonArray coordinates = new JsonArray();
            for (Complex z : fiberPoints.get(i)) {
                JsonArray pair = new JsonArray();
                pair.add(z.re());
                pair.add(z.im());
                coordinates.add(pair);
            }
            entry.add("point", coordinates); //$NON-NLS-1$
            SolutionCertificate certificate = certificates.certificates().get(i);
            if (certificate.certified()) {
                JsonObject proof = new JsonObject();
                proof.addProperty("kind", certificate.kind()); //$NON-NLS-1$
                proof.addProperty("radius", certificate.radius()); //$NON-NLS-1$
                proof.add("real", certificate.provenReal() ? new JsonPrimitive(true) //$NON-NLS-1$
                        : certificate.provenNonReal() ? new JsonPrimitive(false) : JsonNull.INSTANCE);
                JsonArray scales = new JsonArray();
                for (double scale : certificates.scales().get(i)) {
                    scales.add(scale);
                }
                proof.add("scales", scales); //$NON-NLS-1$
                entry.add("certificate", proof); //$NON-NLS-1$
            } else {
                entry.add("certificate", JsonNull.INSTANCE); //$NON-NLS-1$
                entry.addProperty("certificateReason", certificate.reason()); //$NON-NLS-1$
            }
            fibre.add(entry);
        }
        json.add("fiberPoints", fibre); //$NON-NLS-1$
        if (certificates == null) {
            json.add("certification", JsonNull.INSTANCE); //$NON-NLS-1$
        } else {
            JsonObject certification = new JsonObject();
            certification.addProperty("certifiedPoints", certificates.certifiedCount()); //$NON-NLS-1$
            certification.addProperty("points", certificates.certificates().size()); //$NON-NLS-1$
            certification.addProperty("disjoint", certificates.disjoint()); //$NON-NLS-1$
            certification.addProperty("seconds", certificates.seconds()); //$NON-NLS-1$
            json.add("certification", certification); //$NON-NLS-1$
        }
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
