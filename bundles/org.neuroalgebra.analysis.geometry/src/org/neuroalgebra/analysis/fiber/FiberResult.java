// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.fiber;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultTable;
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
 * modulo two primes of the same system, which must agree, or null), {@code symmetryGroupSize} (the order of
 * the finite symmetry group of the normalized fibre: ∏ d_i! permutations of hidden neurons times the
 * symmetries of σ the biases allow, docs/MATHEMATICS.md §4.1; for attention, stacks and CNNs the
 * permutations of heads and channels that keep the gauge, §4.2), {@code orbits} (the number of orbits of that
 * group among the fibre points found, decided numerically; null when not computed), {@code identifiable} (true when the
 * finite fibre is exactly the known symmetries, false when it is larger or positive
 * dimensional, null when unknown), {@code verdict}, {@code solutions} (the normalized fibre
 * points, as complex parameter vectors, when there are more than the symmetries explain),
 * {@code fiberPoints} (the normalized fibre at the rational point of the exact count,
 * {@code [{point: [[re, im]...], certificate}]} with {@code certificate} {@code {kind, radius,
 * real, scales}}: the box |θ_v − point_v| ≤ radius · scales_v, see {@link ScaledCertificates}; or
 * null and {@code certificateReason}), {@code certification} ({@code {certifiedPoints,
 * points, disjoint, seconds}} or null), and the provenance tail (docs/RESULTS.md).
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
 *            the order of the symmetry group of the normalized fibre
 * @param orbits
 *            the number of its orbits among the fibre points found, -1 when not computed
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
        int remainingFiberDimension, int finiteFiberSize, long exactCount, long symmetryGroupSize, int orbits,
        Boolean identifiable, String verdict, List<String> solutions, boolean certified, List<String> notes,
        long seed, String method, double seconds, List<Complex[]> fiberPoints, ScaledCertificates certificates)
        implements AnalysisResult {

    /** A result without certified fibre points (no finite fibre, or no exact count). */
    public FiberResult(String subject, String description, int fiberDimension, boolean dimensionCertified,
            int remainingFiberDimension, int finiteFiberSize, long exactCount, long symmetryGroupSize, int orbits,
            Boolean identifiable, String verdict, List<String> solutions, boolean certified, List<String> notes,
            long seed, String method, double seconds) {
        this(subject, description, fiberDimension, dimensionCertified, remainingFiberDimension, finiteFiberSize,
                exactCount, symmetryGroupSize, orbits, identifiable, verdict, solutions, certified, notes, seed, method,
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
            lines.add("normalized generic fibre: " + finiteFiberSize + " points" //$NON-NLS-1$ //$NON-NLS-2$
                    + (orbits >= 0 ? " = " + orbits + (orbits == 1 ? " orbit" : " orbits") : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + " of the symmetry group (order " + symmetryGroupSize + ")" //$NON-NLS-1$ //$NON-NLS-2$
                    + (exactCount >= 0 ? "; exact count " + exactCount : "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        lines.add(verdict);
        if (certificates != null) {
            lines.add("fibre points at the rational point of the exact count: " + certificates.summary() //$NON-NLS-1$
                    + String.format(Locale.ROOT, "; %.3f s", certificates.seconds())); //$NON-NLS-1$
        }
        solutions.forEach(s -> lines.add("  " + s)); //$NON-NLS-1$
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public Provenance provenance() {
        return new Provenance(certified, method, seed, seconds, notes);
    }

    @Override
    public JsonObject toJson() {
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
                proof.add("scales", ResultJson.numbers(certificates.scales().get(i))); //$NON-NLS-1$
                entry.add("certificate", proof); //$NON-NLS-1$
            } else {
                entry.add("certificate", JsonNull.INSTANCE); //$NON-NLS-1$
                entry.addProperty("certificateReason", certificate.reason()); //$NON-NLS-1$
            }
            fibre.add(entry);
        }
        JsonObject certification = null;
        if (certificates != null) {
            certification = new JsonObject();
            certification.addProperty("certifiedPoints", certificates.certifiedCount()); //$NON-NLS-1$
            certification.addProperty("points", certificates.certificates().size()); //$NON-NLS-1$
            certification.addProperty("disjoint", certificates.disjoint()); //$NON-NLS-1$
            certification.addProperty("seconds", certificates.seconds()); //$NON-NLS-1$
        }
        return ResultJson.begin(this).text("architecture", description) //$NON-NLS-1$
                .integer("fiberDimension", fiberDimension) //$NON-NLS-1$
                .flag("dimensionCertified", dimensionCertified) //$NON-NLS-1$
                .integer("remainingFiberDimension", remainingFiberDimension, remainingFiberDimension >= 0) //$NON-NLS-1$
                .integer("finiteFiberSize", finiteFiberSize, finiteFiberSize >= 0) //$NON-NLS-1$
                .integer("exactCount", exactCount, exactCount >= 0) //$NON-NLS-1$
                .integer("symmetryGroupSize", symmetryGroupSize) //$NON-NLS-1$
                .integer("orbits", orbits, orbits >= 0) //$NON-NLS-1$
                .flag("identifiable", identifiable) //$NON-NLS-1$
                .text("verdict", verdict) //$NON-NLS-1$
                .texts("solutions", solutions) //$NON-NLS-1$
                .element("fiberPoints", fibre) //$NON-NLS-1$
                .element("certification", certification) //$NON-NLS-1$
                .end();
    }

    /**
     * The fibre dimension first (as proven as dim M); the fibre size and identifiability are
     * certified only with the whole result; the exact count modulo primes is evidence.
     */
    @Override
    public List<ResultFigure> figures() {
        Evidence whole = certified ? Evidence.CERTIFIED : Evidence.NUMERICAL;
        return List.of(
                ResultFigure.of("fiberDimension", "Generic fibre dimension", (long) fiberDimension, //$NON-NLS-1$ //$NON-NLS-2$
                        dimensionCertified ? Evidence.CERTIFIED : Evidence.NUMERICAL),
                ResultFigure.of("remainingFiberDimension", "Fibre dimension after normalizing the scalings", //$NON-NLS-1$ //$NON-NLS-2$
                        known(remainingFiberDimension), Evidence.NUMERICAL),
                ResultFigure.of("finiteFiberSize", "Points in the normalized generic fibre", known(finiteFiberSize), whole), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("exactCount", "Exact count modulo two primes", known(exactCount), Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("symmetryGroupSize", "Order of the symmetry group (permutations × symmetries of σ)", //$NON-NLS-1$ //$NON-NLS-2$
                        symmetryGroupSize),
                ResultFigure.of("orbits", "Symmetry orbits among the fibre points", known(orbits), Evidence.NUMERICAL), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.of("identifiable", "Identifiable up to the known symmetries", identifiable, whole), //$NON-NLS-1$ //$NON-NLS-2$
                ResultFigure.info("verdict", "Verdict", verdict), //$NON-NLS-1$ //$NON-NLS-2$
                new ResultFigure("seconds", "Time", seconds, "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The fibre points at the rational point of the exact count, with their certificates. */
    @Override
    public List<ResultTable> tables() {
        if (fiberPoints.isEmpty()) {
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < fiberPoints.size(); i++) {
            StringBuilder point = new StringBuilder();
            for (Complex z : fiberPoints.get(i)) {
                point.append(point.length() == 0 ? "" : ", ").append(FigureFormat.real(z.re())); //$NON-NLS-1$ //$NON-NLS-2$
                if (z.im() != 0) {
                    point.append(z.im() < 0 ? " − " : " + ").append(FigureFormat.real(Math.abs(z.im()))).append('i'); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            SolutionCertificate certificate = certificates.certificates().get(i);
            rows.add(List.<Object>of((long) (i + 1), point.toString(), certificate.certified()));
        }
        return List.of(new ResultTable("fiberPoints", "Points of the normalized fibre", //$NON-NLS-1$ //$NON-NLS-2$
                List.of("#", "point", "certified"), rows)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static Long known(long value) {
        return value < 0 ? null : value;
    }
}
