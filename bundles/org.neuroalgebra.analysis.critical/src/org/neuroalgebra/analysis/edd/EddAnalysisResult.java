// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.edd.EddAnalysis.CrossCheck;
import org.neuroalgebra.solver.Complex;
import org.neuroalgebra.solver.FailureReason;
import org.neuroalgebra.solver.SolutionCertificate;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * An {@link EdDegreeResult} as an analysis result. JSON fields: {@code subject},
 * {@code coordinates}, {@code metric}, {@code edDegree}, {@code realCount}, {@code components}
 * ({@code [{dimension, degree, kind}]}), {@code pure} and {@code spurious} (for an architecture,
 * the parametric formulation: {@code {count, real}} of the distinct critical images, pure ones
 * critical on M, spurious ones made by the parametrization, and {@code edDegree} is the pure
 * count; null for a variety), {@code globalMinimum} ({@code {point, loss}} or null),
 * {@code criticalPoints} ({@code [{point: [[re, im]...], loss: [re, im], real, kind, certificate,
 * certificateReason, lossBounds}]}: {@code certificate} is {@code {kind, radius, real}} (real: true
 * proven real, false proven non-real, null undecided) or null with {@code certificateReason};
 * {@code lossBounds} {@code [lo, hi]} encloses the loss of a point proven real, else null),
 * {@code certification} ({@code {certifiedPoints, points, disjoint, realCountProven,
 * globalMinimumProven, seconds, method}}; its seconds are not part of {@code seconds}),
 * {@code data}, {@code failedPaths} (total) and {@code failures} (by reason),
 * {@code removedSingular}, {@code traceTest}, {@code crossCheck}
 * ({@code {counter, dimension, degree, distinct, ramificationPoints (or ramificationDimension and
 * ramificationDegree when the critical set off the zero-loss set is not finite), primes, primesAgree,
 * agrees}} or {@code {notRun}}: the numbers of the first prime),
 * {@code certified} (docs/CERTIFICATES.md), {@code notes}, {@code seed}, {@code method}, {@code seconds},
 * {@code formulation} ({@code parametric} or {@code implicit}) and {@code chart} (for an
 * architecture in the implicit formulation {@code {spanDimension, linear, dimension, degree,
 * equation}}: the span of M, whose chart coordinates are {@code coordinates}, and the equation of
 * M in them, named y1..yr in that order; else null).
 */
public record EddAnalysisResult(String subject, List<String> coordinates, String metric, EdDegreeResult result,
        CrossCheck crossCheck, ParametricEdResult parametric, ChartHypersurface chart) implements AnalysisResult {

    /** The result for a variety: no parametric formulation, no chart. */
    public EddAnalysisResult(String subject, List<String> coordinates, String metric, EdDegreeResult result,
            CrossCheck crossCheck) {
        this(subject, coordinates, metric, result, crossCheck, null, null);
    }

    /** The result for an architecture in the parametric formulation. */
    public EddAnalysisResult(String subject, List<String> coordinates, String metric, EdDegreeResult result,
            CrossCheck crossCheck, ParametricEdResult parametric) {
        this(subject, coordinates, metric, result, crossCheck, parametric, null);
    }

    @Override
    public String analysisId() {
        return EddAnalysis.ID;
    }

    @Override
    public boolean certified() {
        return result.certified();
    }

    @Override
    public String method() {
        return result.method();
    }

    @Override
    public long seed() {
        return result.seed();
    }

    @Override
    public double seconds() {
        return result.seconds();
    }

    @Override
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        int top = result.components().stream().mapToInt(Component::dimension).max().orElse(0);
        String status = certified() ? "certified" : "numerical, not certified"; //$NON-NLS-1$ //$NON-NLS-2$
        if (top > 0) {
            // A positive-dimensional critical set has no "number of critical points": say what it is.
            lines.add(String.format("%s: critical set of dimension %d (%d components) and %d isolated points, %d real (%s; %s)", //$NON-NLS-1$
                    subject, top, result.components().stream().filter(c -> c.dimension() > 0).count(), result.edDegree(),
                    result.realCount(), metric, status));
        } else {
            lines.add(String.format("%s: %d complex critical points, %d real (%s; %s)", subject, result.edDegree(), //$NON-NLS-1$
                    result.realCount(), metric, status));
        }
        if (chart != null) {
            lines.add(String.format("implicit formulation: M has dimension %d, degree %d in its span of dimension %d: " //$NON-NLS-1$
                    + "%s = 0 where y1..y%d are %s", chart.dimension(), chart.degree(), chart.chart().dimension(), //$NON-NLS-1$
                    chart.formatted(), chart.chart().dimension(), coordinates));
        }
        for (Component component : result.components()) {
            lines.add(String.format("component: dimension %d, degree %s, %s", component.dimension(), //$NON-NLS-1$
                    component.degree() < 0 ? "unknown" : Integer.toString(component.degree()), component.kind())); //$NON-NLS-1$
        }
        result.globalMinimum().ifPresent(min -> lines.add("global minimum: loss " + min.loss().re() + " at " //$NON-NLS-1$ //$NON-NLS-2$
                + realParts(min.point())));
        Certification certification = result.certification();
        lines.add(String.format("certificates: %d of %d critical points certified%s; %s; global minimum %s; %.3f s", //$NON-NLS-1$
                certification.certifiedPoints(), certification.points(),
                certification.disjoint() ? ", proven distinct" : ", not proven distinct", //$NON-NLS-1$ //$NON-NLS-2$
                certification.realCountProven() ? result.realCount() + " real proven" : "real count not proven", //$NON-NLS-1$ //$NON-NLS-2$
                certification.globalMinimumProven() ? "proven" : "not proven", certification.seconds())); //$NON-NLS-1$ //$NON-NLS-2$
        lines.add("failed paths: " + result.failedPathCount() + " " + result.failedPaths()); //$NON-NLS-1$ //$NON-NLS-2$
        lines.add("cross-check: " + (crossCheck.notRun() != null ? "not run: " + crossCheck.notRun() //$NON-NLS-1$ //$NON-NLS-2$
                : String.format("%s mod %s: dimension %d, %s%s, %s", crossCheck.counter(), crossCheck.primesText(), //$NON-NLS-1$
                        crossCheck.dimension(), crossCheck.dimension() > 0 ? "degree " + crossCheck.degree() //$NON-NLS-1$
                                : crossCheck.distinct() + " points", //$NON-NLS-1$
                        crossCheck.ramification() < 0 ? "" //$NON-NLS-1$
                                : crossCheck.ramificationDimension() == 0
                                        ? ", " + crossCheck.ramification() + " off the zero-loss set" //$NON-NLS-1$ //$NON-NLS-2$
                                        : ", off the zero-loss set dimension " + crossCheck.ramificationDimension() //$NON-NLS-1$
                                                + " degree " + crossCheck.ramification(), //$NON-NLS-1$
                        crossCheck.agrees() ? "agrees" //$NON-NLS-1$
                                : crossCheck.primesAgree() ? "DISAGREES" : "the primes DISAGREE"))); //$NON-NLS-1$ //$NON-NLS-2$
        result.notes().forEach(note -> lines.add("note: " + note)); //$NON-NLS-1$
        lines.add(String.format("method: %s; seed %d; %.3f s", result.method(), result.seed(), result.seconds())); //$NON-NLS-1$
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("analysis", analysisId()); //$NON-NLS-1$
        json.addProperty("subject", subject); //$NON-NLS-1$
        JsonArray coordinateNames = new JsonArray();
        coordinates.forEach(coordinateNames::add);
        json.add("coordinates", coordinateNames); //$NON-NLS-1$
        json.addProperty("metric", metric); //$NON-NLS-1$
        json.addProperty("formulation", parametric == null ? "implicit" : "parametric"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        json.add("chart", chart == null ? JsonNull.INSTANCE : chartJson()); //$NON-NLS-1$
        json.addProperty("edDegree", result.edDegree()); //$NON-NLS-1$
        json.addProperty("realCount", result.realCount()); //$NON-NLS-1$
        JsonArray components = new JsonArray();
        for (Component component : result.components()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("dimension", component.dimension()); //$NON-NLS-1$
            entry.addProperty("degree", component.degree()); //$NON-NLS-1$
            entry.addProperty("kind", component.kind()); //$NON-NLS-1$
            entry.addProperty("how", component.how()); //$NON-NLS-1$
            components.add(entry);
        }
        json.add("components", components); //$NON-NLS-1$
        json.add("pure", parametric == null ? JsonNull.INSTANCE : counts(parametric.pure())); //$NON-NLS-1$
        json.add("spurious", parametric == null ? JsonNull.INSTANCE : counts(parametric.spurious())); //$NON-NLS-1$
        json.add("globalMinimum", result.globalMinimum().map(EddAnalysisResult::point).orElse(null)); //$NON-NLS-1$
        JsonArray points = new JsonArray();
        result.criticalPoints().forEach(p -> points.add(point(p)));
        json.add("criticalPoints", points); //$NON-NLS-1$
        JsonArray data = new JsonArray();
        for (double value : result.data()) {
            data.add(value);
        }
        json.add("data", data); //$NON-NLS-1$
        json.add("certification", certificationJson(result.certification())); //$NON-NLS-1$
        json.addProperty("failedPaths", result.failedPathCount()); //$NON-NLS-1$
        JsonObject failures = new JsonObject();
        for (Map.Entry<FailureReason, Integer> failure : result.failedPaths().entrySet()) {
            failures.addProperty(failure.getKey().name(), failure.getValue());
        }
        json.add("failures", failures); //$NON-NLS-1$
        json.addProperty("removedSingular", result.removedSingular()); //$NON-NLS-1$
        json.addProperty("traceTest", result.traceTest().name()); //$NON-NLS-1$
        JsonObject check = new JsonObject();
        if (crossCheck.notRun() != null) {
            check.addProperty("notRun", crossCheck.notRun()); //$NON-NLS-1$
        } else {
            check.addProperty("counter", crossCheck.counter()); //$NON-NLS-1$
            check.addProperty("dimension", crossCheck.dimension()); //$NON-NLS-1$
            check.addProperty("degree", crossCheck.degree()); //$NON-NLS-1$
            check.addProperty("distinct", crossCheck.distinct()); //$NON-NLS-1$
            if (crossCheck.ramification() >= 0 && crossCheck.ramificationDimension() == 0) {
                check.addProperty("ramificationPoints", crossCheck.ramification()); //$NON-NLS-1$
            } else if (crossCheck.ramification() >= 0) {
                check.addProperty("ramificationDimension", crossCheck.ramificationDimension()); //$NON-NLS-1$
                check.addProperty("ramificationDegree", crossCheck.ramification()); //$NON-NLS-1$
            }
            JsonArray primes = new JsonArray();
            crossCheck.primes().forEach(primes::add);
            check.add("primes", primes); //$NON-NLS-1$
            check.addProperty("primesAgree", crossCheck.primesAgree()); //$NON-NLS-1$
            check.addProperty("agrees", crossCheck.agrees()); //$NON-NLS-1$
        }
        json.add("crossCheck", check); //$NON-NLS-1$
        json.addProperty("certified", certified()); //$NON-NLS-1$
        JsonArray notes = new JsonArray();
        result.notes().forEach(notes::add);
        json.add("notes", notes); //$NON-NLS-1$
        json.addProperty("seed", seed()); //$NON-NLS-1$
        json.addProperty("method", method()); //$NON-NLS-1$
        json.addProperty("seconds", seconds()); //$NON-NLS-1$
        return json;
    }

    /** The losses of the real critical points, smallest first: the chart of the view. */
    @Override
    public List<ResultSeries> series() {
        double[] losses = result.criticalPoints().stream().filter(CriticalPoint::real).map(p -> p.loss().re())
                .sorted(Comparator.naturalOrder()).mapToDouble(Double::doubleValue).toArray();
        return List.of(new ResultSeries("Loss at the real critical points", "critical point (by loss)", "loss", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                losses, false, -1));
    }

    private JsonObject chartJson() {
        JsonObject entry = new JsonObject();
        entry.addProperty("spanDimension", chart.chart().dimension()); //$NON-NLS-1$
        entry.addProperty("linear", chart.chart().linear()); //$NON-NLS-1$
        entry.addProperty("dimension", chart.dimension()); //$NON-NLS-1$
        entry.addProperty("degree", chart.degree()); //$NON-NLS-1$
        entry.addProperty("equation", chart.formatted()); //$NON-NLS-1$
        return entry;
    }

    private static JsonObject counts(List<ParametricCriticalPoint> points) {
        JsonObject entry = new JsonObject();
        entry.addProperty("count", points.size()); //$NON-NLS-1$
        entry.addProperty("real", points.stream().filter(ParametricCriticalPoint::real).count()); //$NON-NLS-1$
        return entry;
    }

    private static JsonObject point(CriticalPoint p) {
        JsonObject entry = new JsonObject();
        JsonArray coordinates = new JsonArray();
        for (Complex z : p.point()) {
            coordinates.add(pair(z));
        }
        entry.add("point", coordinates); //$NON-NLS-1$
        entry.add("loss", pair(p.loss())); //$NON-NLS-1$
        entry.addProperty("real", p.real()); //$NON-NLS-1$
        entry.addProperty("kind", p.kind()); //$NON-NLS-1$
        SolutionCertificate certificate = p.certificate();
        if (certificate.certified()) {
            JsonObject proof = new JsonObject();
            proof.addProperty("kind", certificate.kind()); //$NON-NLS-1$
            proof.addProperty("radius", certificate.radius()); //$NON-NLS-1$
            proof.add("real", certificate.provenReal() ? new JsonPrimitive(true) //$NON-NLS-1$
                    : certificate.provenNonReal() ? new JsonPrimitive(false) : JsonNull.INSTANCE);
            entry.add("certificate", proof); //$NON-NLS-1$
        } else {
            entry.add("certificate", JsonNull.INSTANCE); //$NON-NLS-1$
            entry.addProperty("certificateReason", certificate.reason()); //$NON-NLS-1$
        }
        double[] bounds = p.lossBounds();
        if (bounds == null) {
            entry.add("lossBounds", JsonNull.INSTANCE); //$NON-NLS-1$
        } else {
            JsonArray pair = new JsonArray();
            pair.add(bounds[0]);
            pair.add(bounds[1]);
            entry.add("lossBounds", pair); //$NON-NLS-1$
        }
        return entry;
    }

    private static JsonObject certificationJson(Certification certification) {
        JsonObject entry = new JsonObject();
        entry.addProperty("certifiedPoints", certification.certifiedPoints()); //$NON-NLS-1$
        entry.addProperty("points", certification.points()); //$NON-NLS-1$
        entry.addProperty("disjoint", certification.disjoint()); //$NON-NLS-1$
        entry.addProperty("realCountProven", certification.realCountProven()); //$NON-NLS-1$
        entry.addProperty("globalMinimumProven", certification.globalMinimumProven()); //$NON-NLS-1$
        entry.addProperty("seconds", certification.seconds()); //$NON-NLS-1$
        entry.addProperty("method", certification.method()); //$NON-NLS-1$
        return entry;
    }

    private static JsonArray pair(Complex z) {
        JsonArray pair = new JsonArray();
        pair.add(z.re());
        pair.add(z.im());
        return pair;
    }

    private static List<Double> realParts(Complex[] point) {
        List<Double> values = new ArrayList<>();
        for (Complex z : point) {
            values.add(z.re());
        }
        return values;
    }
}
