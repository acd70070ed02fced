// SPDX-License-Identifier: EPL-2.0
package org.neuroalgebra.analysis.edd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.neuroalgebra.analysis.AnalysisResult;
import org.neuroalgebra.analysis.FigureFormat;
import org.neuroalgebra.analysis.PictureLayer;
import org.neuroalgebra.analysis.Provenance;
import org.neuroalgebra.analysis.ResultChart;
import org.neuroalgebra.analysis.ResultChart.Axis;
import org.neuroalgebra.analysis.ResultChart.Marker;
import org.neuroalgebra.analysis.ResultChart.Orientation;
import org.neuroalgebra.analysis.ResultFigure;
import org.neuroalgebra.analysis.ResultFigure.Evidence;
import org.neuroalgebra.analysis.ResultJson;
import org.neuroalgebra.analysis.ResultSeries;
import org.neuroalgebra.analysis.ResultTable;
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
 * ({@code [{dimension, degree, kind, how}]}, degree null when unknown), {@code pure} and {@code spurious} (for an architecture,
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
 * the provenance tail (docs/RESULTS.md), {@code formulation} ({@code gauge-fixed}, {@code parametric} or {@code implicit}) and {@code chart} (for an
 * architecture in the implicit formulation {@code {spanDimension, linear, dimension, degree,
 * equation}}: the span of M, whose chart coordinates are {@code coordinates}, and the equation of
 * M in them, named y1..yr in that order; else null).
 */
public record EddAnalysisResult(String subject, List<String> coordinates, String metric, EdDegreeResult result,
        CrossCheck crossCheck, ParametricEdResult parametric, ChartHypersurface chart, String formulation)
        implements AnalysisResult {

    /** The result of the parametric or implicit formulation, named after which of the two it has. */
    public EddAnalysisResult(String subject, List<String> coordinates, String metric, EdDegreeResult result,
            CrossCheck crossCheck, ParametricEdResult parametric, ChartHypersurface chart) {
        this(subject, coordinates, metric, result, crossCheck, parametric, chart,
                parametric == null ? "implicit" : "parametric"); //$NON-NLS-1$ //$NON-NLS-2$
    }

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

    /** @return this result with one more note at the end */
    EddAnalysisResult withNote(String note) {
        List<String> notes = new java.util.ArrayList<>(result.notes());
        notes.add(note);
        return new EddAnalysisResult(subject, coordinates, metric, result.withNotes(notes), crossCheck, parametric,
                chart, formulation);
    }

    @Override
    public String analysisId() {
        return EddAnalysis.ID;
    }

    @Override
    public Provenance provenance() {
        return new Provenance(result.certified(), result.method(), result.seed(), result.seconds(), result.notes());
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
        } else if (countsMore()) {
            // the exact count of the same system says points are missing: the number found is only a lower bound
            lines.add(String.format("%s: %d of the %d complex critical points of the exact count found, %d real (%s; %s)", //$NON-NLS-1$
                    subject, result.edDegree(), crossCheck.distinct(), result.realCount(), metric, status));
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
        lines.addAll(provenance().summaryTail());
        return lines;
    }

    @Override
    public JsonObject toJson() {
        JsonArray components = new JsonArray();
        for (Component component : result.components()) {
            JsonObject entry = new JsonObject();
            entry.addProperty("dimension", component.dimension()); //$NON-NLS-1$
            entry.add("degree", ResultJson.integer(component.degree(), component.degree() >= 0)); //$NON-NLS-1$
            entry.addProperty("kind", component.kind()); //$NON-NLS-1$
            entry.addProperty("how", component.how()); //$NON-NLS-1$
            components.add(entry);
        }
        JsonArray points = new JsonArray();
        result.criticalPoints().forEach(p -> points.add(point(p)));
        JsonObject failures = new JsonObject();
        for (Map.Entry<FailureReason, Integer> failure : result.failedPaths().entrySet()) {
            failures.addProperty(failure.getKey().name(), failure.getValue());
        }
        return ResultJson.begin(this).texts("coordinates", coordinates) //$NON-NLS-1$
                .text("metric", metric) //$NON-NLS-1$
                .text("formulation", formulation) //$NON-NLS-1$
                .element("chart", chart == null ? null : chartJson()) //$NON-NLS-1$
                .integer("edDegree", result.edDegree()) //$NON-NLS-1$
                .integer("realCount", result.realCount()) //$NON-NLS-1$
                .element("components", components) //$NON-NLS-1$
                .element("pure", parametric == null ? null : counts(parametric.pure())) //$NON-NLS-1$
                .element("spurious", parametric == null ? null : counts(parametric.spurious())) //$NON-NLS-1$
                .element("globalMinimum", result.globalMinimum().map(EddAnalysisResult::point).orElse(null)) //$NON-NLS-1$
                .element("criticalPoints", points) //$NON-NLS-1$
                .numbers("data", result.data()) //$NON-NLS-1$
                .element("certification", certificationJson(result.certification())) //$NON-NLS-1$
                .integer("failedPaths", result.failedPathCount()) //$NON-NLS-1$
                .element("failures", failures) //$NON-NLS-1$
                .integer("removedSingular", result.removedSingular()) //$NON-NLS-1$
                .text("traceTest", result.traceTest().name()) //$NON-NLS-1$
                .element("crossCheck", crossCheckJson()) //$NON-NLS-1$
                .end();
    }

    private JsonObject crossCheckJson() {
        JsonObject check = new JsonObject();
        if (crossCheck.notRun() != null) {
            check.addProperty("notRun", crossCheck.notRun()); //$NON-NLS-1$
            return check;
        }
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
        return check;
    }

    /**
     * The ED degree first, certified when the count is; the real count and the global minimum
     * carry their own proofs (docs/CERTIFICATES.md).
     */
    @Override
    public List<ResultFigure> figures() {
        Certification certification = result.certification();
        Evidence count = certified() ? Evidence.CERTIFIED : Evidence.NUMERICAL;
        List<ResultFigure> figures = new ArrayList<>();
        figures.add(ResultFigure.of("edDegree", "ED degree (complex critical points)", (long) result.edDegree(), count)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.of("realCount", "Real critical points", (long) result.realCount(), //$NON-NLS-1$ //$NON-NLS-2$
                certified() && certification.realCountProven() ? Evidence.CERTIFIED : Evidence.NUMERICAL));
        figures.add(ResultFigure.of("globalMinimum", "Global minimum of the loss", //$NON-NLS-1$ //$NON-NLS-2$
                result.globalMinimum().map(min -> (Object) min.loss().re()).orElse(null),
                certification.globalMinimumProven() ? Evidence.CERTIFIED : Evidence.NUMERICAL));
        figures.add(ResultFigure.info("certifiedPoints", "Certified critical points", (long) certification.certifiedPoints())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("metric", "Metric", metric)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("formulation", "Formulation", formulation)); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(ResultFigure.info("failedPaths", "Failed paths", (long) result.failedPathCount())); //$NON-NLS-1$ //$NON-NLS-2$
        figures.add(new ResultFigure("seconds", "Time", seconds(), "s", Evidence.NONE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return figures;
    }

    /** The critical points with coordinates, loss and certificates; the components of the critical set. */
    @Override
    public List<ResultTable> tables() {
        List<ResultTable> tables = new ArrayList<>();
        List<CriticalPoint> points = result.criticalPoints();
        int size = points.isEmpty() ? 0 : points.get(0).point().length;
        List<String> columns = new ArrayList<>();
        columns.add("#"); //$NON-NLS-1$
        for (int k = 0; k < size; k++) {
            columns.add(coordinates.size() == size ? coordinates.get(k) : "x" + (k + 1)); //$NON-NLS-1$
        }
        columns.addAll(List.of("loss (squared distance)", "real", "certified", "kind")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            CriticalPoint p = points.get(i);
            List<Object> row = new ArrayList<>();
            row.add((long) (i + 1));
            for (Complex z : p.point()) {
                row.add(p.real() ? (Object) z.re() : complex(z));
            }
            row.add(p.real() ? (Object) p.loss().re() : complex(p.loss()));
            row.add(p.real());
            row.add(p.certificate().certified());
            row.add(p.kind());
            rows.add(row);
        }
        tables.add(new ResultTable("criticalPoints", "Critical points of the squared distance", columns, rows)); //$NON-NLS-1$ //$NON-NLS-2$
        List<List<Object>> components = new ArrayList<>();
        for (Component component : result.components()) {
            components.add(Arrays.asList((long) component.dimension(),
                    component.degree() < 0 ? null : (long) component.degree(), component.kind(), component.how()));
        }
        tables.add(new ResultTable("components", "Components of the critical set", //$NON-NLS-1$ //$NON-NLS-2$
                List.of("dimension", "degree", "kind", "how"), components)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        return tables;
    }

    /** The loss at each real critical point, smallest first, as points; the global minimum marked. */
    @Override
    public List<ResultChart> charts() {
        double[] losses = realLosses();
        double[] index = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            index[i] = i + 1;
        }
        List<Marker> markers = result.globalMinimum()
                .map(min -> List.of(new Marker("global minimum " + FigureFormat.real(min.loss().re()), //$NON-NLS-1$
                        Orientation.HORIZONTAL, min.loss().re())))
                .orElse(List.of());
        return List.of(new ResultChart("criticalLosses", "Loss at the real critical points", //$NON-NLS-1$ //$NON-NLS-2$
                Axis.integer("real critical point (by loss)"), Axis.linear("loss (squared distance)"), //$NON-NLS-1$ //$NON-NLS-2$
                List.of(PictureLayer.points("real critical points", index, losses)), markers)); //$NON-NLS-1$
    }

    /**
     * @return whether an exact count of the same critical equations (not of parameter points, as in the
     *         parametric formulation) has more points than were found
     */
    boolean countsMore() {
        return !ArchitectureEdd.PARAMETRIC.equals(formulation) && crossCheck != null && crossCheck.notRun() == null
                && crossCheck.primesAgree() && crossCheck.dimension() == 0 && crossCheck.distinct() > result.edDegree();
    }

    private double[] realLosses() {
        return result.criticalPoints().stream().filter(CriticalPoint::real).map(p -> p.loss().re())
                .sorted(Comparator.naturalOrder()).mapToDouble(Double::doubleValue).toArray();
    }

    private static String complex(Complex z) {
        return FigureFormat.real(z.re()) + (z.im() < 0 ? " − " : " + ") + FigureFormat.real(Math.abs(z.im())) + "i"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @deprecated use {@link #charts()} */
    @Deprecated(forRemoval = true)
    @Override
    public List<ResultSeries> series() {
        double[] losses = realLosses();
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
            if (certificate.scaled()) {
                // the half-width in unknown i is radius · scales_i
                proof.add("scales", ResultJson.numbers(certificate.scales())); //$NON-NLS-1$
            }
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
